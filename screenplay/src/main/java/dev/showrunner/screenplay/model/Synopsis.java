package dev.showrunner.screenplay.model;

import java.util.Objects;

/** A synopsis line ({@code = text} in Fountain); not printed. */
public record Synopsis(String text, Span span) implements Element {
    public Synopsis {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    public static Synopsis of(String text) {
        return new Synopsis(text, Span.NONE);
    }

    @Override
    public Synopsis withoutSpans() {
        return new Synopsis(text, Span.NONE);
    }
}
