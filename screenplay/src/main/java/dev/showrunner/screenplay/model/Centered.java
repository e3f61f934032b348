package dev.showrunner.screenplay.model;

import java.util.Objects;

/** Text centred on the line ({@code >THE END<} in Fountain). */
public record Centered(StyledText text, Span span) implements Element {
    public Centered {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    public static Centered of(String text) {
        return new Centered(StyledText.plain(text), Span.NONE);
    }

    @Override
    public Centered withoutSpans() {
        return new Centered(text, Span.NONE);
    }
}
