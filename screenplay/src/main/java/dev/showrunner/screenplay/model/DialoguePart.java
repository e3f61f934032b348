package dev.showrunner.screenplay.model;

/** What stands under a character cue: parentheticals and the spoken lines. */
public sealed interface DialoguePart permits Parenthetical, Dialogue {
    StyledText text();

    Span span();

    DialoguePart withoutSpans();
}
