package dev.showrunner.screenplay.model;

import java.util.Objects;

/**
 * An outline section ({@code #}, {@code ##}, ... in Fountain); not printed.
 *
 * @param depth 1 for {@code #}, 2 for {@code ##}, and so on
 */
public record Section(int depth, String title, Span span) implements Element {
    public Section {
        if (depth < 1) {
            throw new IllegalArgumentException("section depth must be at least 1: " + depth);
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(span, "span");
    }

    public static Section of(int depth, String title) {
        return new Section(depth, title, Span.NONE);
    }

    @Override
    public Section withoutSpans() {
        return new Section(depth, title, Span.NONE);
    }
}
