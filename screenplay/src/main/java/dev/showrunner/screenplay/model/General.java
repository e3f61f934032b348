package dev.showrunner.screenplay.model;

import java.util.Objects;

/**
 * A paragraph of a type the model has no record for, kept rather than dropped: Final Draft's
 * "General", and any other paragraph type an imported file names.
 *
 * @param type the type name as the source file gave it ({@code General}, {@code Cast List}, ...)
 */
public record General(StyledText text, String type, Span span) implements Element {
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
