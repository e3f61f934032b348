package dev.showrunner.screenplay.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A character cue with the parentheticals and dialogue under it. */
public record DialogueBlock(Cue cue, List<DialoguePart> parts, Span span) implements Element {
    public DialogueBlock {
        Objects.requireNonNull(cue, "cue");
        parts = List.copyOf(parts);
        Objects.requireNonNull(span, "span");
    }

    public static DialogueBlock of(Cue cue, DialoguePart... parts) {
        return new DialogueBlock(cue, List.of(parts), Span.NONE);
    }

    @Override
    public DialogueBlock withoutSpans() {
        List<DialoguePart> stripped = new ArrayList<>(parts.size());
        for (DialoguePart part : parts) {
            stripped.add(part.withoutSpans());
        }
        return new DialogueBlock(cue.withoutSpans(), stripped, Span.NONE);
    }
}
