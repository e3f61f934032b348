package dev.showrunner.screenplay.model;

import java.util.Objects;

/** A forced page break ({@code ===} in Fountain). */
public record PageBreak(Span span) implements Element {
    public PageBreak {
        Objects.requireNonNull(span, "span");
    }

    public static PageBreak of() {
        return new PageBreak(Span.NONE);
    }

    @Override
    public PageBreak withoutSpans() {
        return new PageBreak(Span.NONE);
    }
}
