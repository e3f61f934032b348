package dev.showrunner.screenplay.model;

import java.util.Objects;

/** A parenthetical direction under a cue; {@code text} includes its parentheses, as written. */
public record Parenthetical(StyledText text, Span span) implements DialoguePart {
    public Parenthetical {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    public static Parenthetical of(String text) {
        return new Parenthetical(StyledText.plain(text), Span.NONE);
    }

    @Override
    public Parenthetical withoutSpans() {
        return new Parenthetical(text, Span.NONE);
    }
}
