package dev.showrunner.screenplay.model;

import java.util.Objects;

/** Text the writer has set aside ({@code /* ... *}{@code /} in Fountain); not printed. {@code text} is what lies between the markers. */
public record Boneyard(String text, Span span) implements Element {
    public Boneyard {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    public static Boneyard of(String text) {
        return new Boneyard(text, Span.NONE);
    }

    @Override
    public Boneyard withoutSpans() {
        return new Boneyard(text, Span.NONE);
    }
}
