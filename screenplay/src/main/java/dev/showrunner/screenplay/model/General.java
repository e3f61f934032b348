package dev.showrunner.screenplay.model;

import java.util.Objects;

/**
 * A paragraph of a type the model has no record for, kept rather than dropped: Final Draft's
 * "General", and any other paragraph type an imported file names.
 *
 * @param type the type name as the source file gave it ({@code General}, {@code Cast List}, ...)
 */
public record General(StyledText text, String type, Span span) implements Element {

    /** Final Draft's paragraph type for an act heading ({@code ACT ONE}, {@code TAG}). */
    public static final String NEW_ACT = "New Act";
    /** Final Draft's paragraph type for the line that ends an act ({@code END OF ACT ONE}). */
    public static final String END_OF_ACT = "End of Act";

    private static final java.util.regex.Pattern ACT_HEADING = java.util.regex.Pattern.compile(
            "^(ACT\\s+[A-Z0-9]+|COLD OPEN(ING)?|TEASER|TAG|PROLOGUE|EPILOGUE)\\b.*",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern END_OF_ACT_LINE = java.util.regex.Pattern.compile(
            "^END\\s+(OF\\s+)?(ACT\\s+[A-Z0-9]+|COLD OPEN(ING)?|TEASER|TAG|PROLOGUE|EPILOGUE|SHOW|EPISODE)\\b.*",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The act paragraph type a line of centred text names, if any: {@link #END_OF_ACT} for
     * {@code END OF ACT ONE}, {@code END ACT TWO}, {@code END OF TEASER}; {@link #NEW_ACT} for
     * {@code ACT ONE}, {@code COLD OPEN}, {@code TEASER}, {@code TAG}, {@code PROLOGUE},
     * {@code EPILOGUE} (docs/fountain.md 6.1). One line only; case is ignored.
     */
    public static java.util.Optional<String> actType(String centred) {
        String line = centred.strip();
        if (line.isEmpty() || line.indexOf('\n') >= 0) {
            return java.util.Optional.empty();
        }
        if (END_OF_ACT_LINE.matcher(line).matches()) {
            return java.util.Optional.of(END_OF_ACT);
        }
        return ACT_HEADING.matcher(line).matches() ? java.util.Optional.of(NEW_ACT) : java.util.Optional.empty();
    }

    /** True when this paragraph is an act heading or an act's end, as Fountain writes them centred. */
    public boolean isAct() {
        return type.equalsIgnoreCase(NEW_ACT) || type.equalsIgnoreCase(END_OF_ACT);
    }

    public General {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public General withoutSpans() {
        return new General(text, type, Span.NONE);
    }
}
