package dev.showrunner.screenplay.layout;

/**
 * The kinds of printed line, one per Final Draft paragraph style plus the markers the layout
 * adds ({@link #MORE}). A {@link PageFormat} gives each its {@link ElementStyle}.
 */
public enum ElementType {
    SCENE_HEADING,
    ACTION,
    CHARACTER,
    PARENTHETICAL,
    DIALOGUE,
    TRANSITION,
    SHOT,
    /** Centred text ({@code >THE END<}). */
    CENTERED,
    LYRICS,
    GENERAL,
    /** An act heading ({@code ACT ONE}, {@code COLD OPEN}, {@code TAG}): centred, may start a page. */
    NEW_ACT,
    /** {@code END OF ACT ONE}. */
    END_OF_ACT,
    /** The {@code (MORE)} under a speech that continues on the next page. */
    MORE
}
