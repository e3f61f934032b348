package dev.showrunner.screenplay.model;

/**
 * One paragraph of a screenplay's body, in reading order.
 *
 * <p>Dialogue is grouped: a {@link DialogueBlock} holds its {@link Cue} and the
 * {@link Parenthetical}s and {@link Dialogue} under it, and a {@link DualDialogue} holds two
 * blocks printed side by side.
 */
public sealed interface Element
        permits SceneHeading, Action, DialogueBlock, DualDialogue, Transition, Centered, Lyrics,
                PageBreak, Section, Synopsis, Note, Boneyard, Shot, General {

    /** Where this element was read from, or {@link Span#NONE}. */
    Span span();

    /** This element with every span in it, nested ones too, set to {@link Span#NONE}. */
    Element withoutSpans();
}
