package dev.showrunner.screenplay.model;

import java.util.Objects;

/** Spoken lines under a cue. Line breaks inside the speech are {@code '\n'}. */
public record Dialogue(StyledText text, Span span) implements DialoguePart {
    public Dialogue {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    public static Dialogue of(String text) {
        return new Dialogue(StyledText.plain(text), Span.NONE);
    }

    @Override
    public Dialogue withoutSpans() {
        return new Dialogue(text, Span.NONE);
    }
}
