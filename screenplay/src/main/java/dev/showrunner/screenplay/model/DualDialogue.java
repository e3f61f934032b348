package dev.showrunner.screenplay.model;

import java.util.Objects;

/** Two speeches printed side by side; the right one's cue is marked {@link Cue#dual()}. */
public record DualDialogue(DialogueBlock left, DialogueBlock right, Span span) implements Element {
    public DualDialogue {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public DualDialogue withoutSpans() {
        return new DualDialogue(left.withoutSpans(), right.withoutSpans(), Span.NONE);
    }
}
