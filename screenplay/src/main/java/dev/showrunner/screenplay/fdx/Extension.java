package dev.showrunner.screenplay.fdx;

/**
 * The attributes Showrunner adds to an FDX so that what Fountain can say and Final Draft cannot
 * comes back whole. Final Draft ignores attributes it does not know; when it saves the file it
 * drops them, and the reader then falls back on what Final Draft itself keeps (see docs/fdx.md).
 */
final class Extension {

    /** On a paragraph: the Fountain element was forced ({@code !}, {@code @}, {@code .}, {@code >}). */
    static final String FORCED = "ShowrunnerForced";
    /** On a Character paragraph: the cue's dual flag when it differs from where the speech stands. */
    static final String DUAL = "ShowrunnerDual";
    /** On an empty paragraph: it stands only for a page break. */
    static final String BREAK = "ShowrunnerBreak";
    /** On a script note: the model element it stands for ({@code Note}, {@code Section}, ...). */
    static final String ELEMENT = "ShowrunnerElement";
    /** On a script note standing for a section: its depth. */
    static final String DEPTH = "ShowrunnerDepth";
    /** On a script note inside a dual dialogue: {@code paragraph,offset} within the dual dialogue. */
    static final String AT = "ShowrunnerAt";
    /**
     * On a Dialogue or Parenthetical paragraph: it stands alone (a general paragraph of that
     * type, as read from a file that had no cue above it), not under the speech before it.
     */
    static final String ALONE = "ShowrunnerAlone";
    /** On a title-page paragraph: the title-page key it belongs to. */
    static final String KEY = "ShowrunnerKey";
    /** On a title-page paragraph: the field has no lines at all. */
    static final String EMPTY = "ShowrunnerEmpty";

    private Extension() {}
}
