package dev.showrunner.screenplay.model;

import java.util.Objects;

/** Sung lines ({@code ~} in Fountain); printed in italics by the layout. */
public record Lyrics(StyledText text, Span span) implements Element {
    public Lyrics {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    public static Lyrics of(String text) {
        return new Lyrics(StyledText.plain(text), Span.NONE);
    }

    @Override
    public Lyrics withoutSpans() {
        return new Lyrics(text, Span.NONE);
    }
}
