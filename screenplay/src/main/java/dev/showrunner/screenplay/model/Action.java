package dev.showrunner.screenplay.model;

import java.util.Objects;

/**
 * Action (description). Line breaks and leading white space inside the paragraph are kept.
 *
 * @param forced written with a leading {@code !} so that it is not read as another element
 */
public record Action(StyledText text, boolean forced, Span span) implements Element {
    public Action {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    public static Action of(String text) {
        return new Action(StyledText.plain(text), false, Span.NONE);
    }

    @Override
    public Action withoutSpans() {
        return new Action(text, forced, Span.NONE);
    }
}
