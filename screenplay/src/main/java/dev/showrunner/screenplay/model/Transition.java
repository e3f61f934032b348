package dev.showrunner.screenplay.model;

import java.util.Objects;

/**
 * A transition such as {@code CUT TO:}, printed at the right.
 *
 * @param forced written with a leading {@code >}
 */
public record Transition(StyledText text, boolean forced, Span span) implements Element {
    public Transition {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    public static Transition of(String text) {
        return new Transition(StyledText.plain(text), false, Span.NONE);
    }

    @Override
    public Transition withoutSpans() {
        return new Transition(text, forced, Span.NONE);
    }
}
