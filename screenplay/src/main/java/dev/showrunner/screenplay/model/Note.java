package dev.showrunner.screenplay.model;

import java.util.Objects;

/** A note standing as its own paragraph ({@code [[text]]} alone in Fountain); not printed. */
public record Note(String text, Span span) implements Element {
    public Note {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    public static Note of(String text) {
        return new Note(text, Span.NONE);
    }

    @Override
    public Note withoutSpans() {
        return new Note(text, Span.NONE);
    }
}
