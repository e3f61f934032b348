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
    /** Final Draft's "Cold Opening" paragraph: the heading of a cold open. */
    COLD_OPENING,
    /** Final Draft's "Cast List": the cast named at the head of a television script. */
    CAST_LIST,
    /** Final Draft's "Show/Ep. Title": the show's and episode's title on the first page. */
    SHOW_TITLE,
    /** The {@code (MORE)} under a speech that continues on the next page. */
    MORE;

    /**
     * The type of a Final Draft paragraph type name ({@code New Act}, {@code End Of Act},
     * {@code Show/Ep. Title}, ...), matched case-insensitively; empty for a name that has no type
     * of its own (a custom paragraph type), which prints in its own settings or as general text.
     */
    public static java.util.Optional<ElementType> ofParagraphType(String name) {
        return java.util.Optional.ofNullable(switch (name.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "scene heading" -> SCENE_HEADING;
            case "action" -> ACTION;
            case "character" -> CHARACTER;
            case "parenthetical" -> PARENTHETICAL;
            case "dialogue" -> DIALOGUE;
            case "transition" -> TRANSITION;
            case "shot" -> SHOT;
            case "general" -> GENERAL;
            case "lyric", "lyrics" -> LYRICS;
            case "new act" -> NEW_ACT;
            case "end of act" -> END_OF_ACT;
            case "cold opening" -> COLD_OPENING;
            case "cast list" -> CAST_LIST;
            case "show/ep. title" -> SHOW_TITLE;
            default -> null;
        });
    }
}
