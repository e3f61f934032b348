package dev.showrunner.screenplay.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One entry of the title page, such as {@code Title} or {@code Contact}.
 *
 * @param key the key as written ({@code Draft date})
 * @param lines the value, one styled text per line
 */
public record TitleField(String key, List<StyledText> lines, Span span) {
    public TitleField {
        Objects.requireNonNull(key, "key");
        lines = List.copyOf(lines);
        Objects.requireNonNull(span, "span");
    }

    public static TitleField of(String key, String... lines) {
        return new TitleField(key, java.util.Arrays.stream(lines).map(StyledText::plain).toList(), Span.NONE);
    }

    /** The key folded for lookup: lower case, spaces and underscores removed ({@code draftdate}). */
    public String normalizedKey() {
        return normalize(key);
    }

    /** The value's lines joined with {@code '\n'}, styles dropped. */
    public String plain() {
        return String.join("\n", lines.stream().map(StyledText::plain).toList());
    }

    static String normalize(String key) {
        return key.toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "").replace("-", "");
    }

    public TitleField withoutSpans() {
        return new TitleField(key, lines, Span.NONE);
    }
}
