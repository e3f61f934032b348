package dev.showrunner.screenplay.layout;

import dev.showrunner.screenplay.model.Screenplay;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The page layout a script is printed in: paper, margins, lines per page, and an
 * {@link ElementStyle} for every {@link ElementType}. Values are Final Draft 11's, measured in
 * docs/pagination.md.
 *
 * <p>Four formats are built in, each on {@link Paper#LETTER} by default and on
 * {@link Paper#A4} through {@link #on(Paper)}: {@link #FEATURE}, {@link #ONE_HOUR},
 * {@link #HALF_HOUR} and {@link #MULTI_CAMERA}. A script chooses one with a {@code Format:} (or jumpcut's {@code fmt:})
 * title-page key; see {@link #forScript(Screenplay)}.
 *
 * @param name the format's name ({@code feature}, {@code one-hour}, {@code half-hour}, {@code multi-camera})
 * @param paper the sheet
 * @param topMargin inches from the top edge to the first body line
 * @param bottomMargin inches kept free at the bottom
 * @param headerPosition inches from the top edge to the page-number line
 * @param styles one style per element type (every type present)
 * @param dualLeft the left column of dual dialogue (dialogue indents; the cue sits 1 inch in)
 * @param dualRight the right column of dual dialogue
 * @param paragraphTypes styles of paragraph types that have no {@link ElementType} (a Final Draft
 *     file's custom types), by lower-case type name; empty for the built-in formats
 */
public record PageFormat(
        String name, Paper paper, double topMargin, double bottomMargin, double headerPosition,
        Map<ElementType, ElementStyle> styles, ElementStyle dualLeft, ElementStyle dualRight,
        Map<String, ElementStyle> paragraphTypes) {

    /** Final Draft 11's default screenplay ("Screenplay" template), US Letter. */
    public static final PageFormat FEATURE = feature();
    /** A one-hour drama: the feature layout with each act starting a new page. */
    public static final PageFormat ONE_HOUR = oneHour();
    /** A half-hour single-camera comedy: the feature layout with each act starting a new page. */
    public static final PageFormat HALF_HOUR = television("half-hour");
    /** A multi-camera sitcom: double-spaced dialogue, capitals for action, acts on new pages. */
    public static final PageFormat MULTI_CAMERA = multiCamera();

    public PageFormat {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(dualLeft, "dualLeft");
        Objects.requireNonNull(dualRight, "dualRight");
        EnumMap<ElementType, ElementStyle> copy = new EnumMap<>(ElementType.class);
        copy.putAll(styles);
        for (ElementType type : ElementType.values()) {
            if (!copy.containsKey(type)) {
                throw new IllegalArgumentException("format " + name + " has no style for " + type);
            }
        }
        styles = java.util.Collections.unmodifiableMap(copy);
        java.util.TreeMap<String, ElementStyle> named = new java.util.TreeMap<>();
        paragraphTypes.forEach((type, style) -> named.put(type.strip().toLowerCase(Locale.ROOT), Objects.requireNonNull(style)));
        paragraphTypes = java.util.Collections.unmodifiableMap(named);
        if (topMargin < 0 || bottomMargin < 0 || topMargin + bottomMargin >= paper.height() - 1) {
            throw new IllegalArgumentException("margins leave no room for text");
        }
    }

    /** A format with no custom paragraph types. */
    public PageFormat(String name, Paper paper, double topMargin, double bottomMargin, double headerPosition,
            Map<ElementType, ElementStyle> styles, ElementStyle dualLeft, ElementStyle dualRight) {
        this(name, paper, topMargin, bottomMargin, headerPosition, styles, dualLeft, dualRight, Map.of());
    }

    /** Body lines on a page at 6 lines per inch: 54 on Letter, 58 on A4. */
    public int linesPerPage() {
        return (int) Math.floor((paper.height() - topMargin - bottomMargin) * 6 + 1e-9);
    }

    public ElementStyle style(ElementType type) {
        return styles.get(type);
    }

    /**
     * The style of a paragraph type named as Final Draft names it ({@code New Act},
     * {@code End Of Act}, a custom type), matched case-insensitively: the format's own settings
     * for that name, else its type's, else general text's.
     */
    public ElementStyle style(String paragraphType) {
        ElementStyle own = paragraphTypes.get(paragraphType.strip().toLowerCase(Locale.ROOT));
        if (own != null) {
            return own;
        }
        return style(ElementType.ofParagraphType(paragraphType).orElse(ElementType.GENERAL));
    }

    /** This format on another sheet; the margins stay, the line count follows the height. */
    public PageFormat on(Paper sheet) {
        return new PageFormat(name, sheet, topMargin, bottomMargin, headerPosition, styles, dualLeft, dualRight, paragraphTypes);
    }

    /** This format with one style replaced. */
    public PageFormat with(ElementType type, ElementStyle style) {
        EnumMap<ElementType, ElementStyle> changed = new EnumMap<>(styles);
        changed.put(type, style);
        return new PageFormat(name, paper, topMargin, bottomMargin, headerPosition, changed, dualLeft, dualRight, paragraphTypes);
    }

    /**
     * A built-in format by name: {@code feature} (also {@code screenplay}), {@code one-hour}
     * ({@code drama}), {@code half-hour} ({@code single-camera}), {@code multi-camera}
     * ({@code multicam}, {@code sitcom}); case-insensitive.
     */
    public static Optional<PageFormat> named(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT).replace("_", "-")) {
            case "feature", "screenplay", "film" -> Optional.of(FEATURE);
            case "one-hour", "onehour", "drama", "hour" -> Optional.of(ONE_HOUR);
            case "half-hour", "halfhour", "single-camera", "singlecam" -> Optional.of(HALF_HOUR);
            case "multi-camera", "multicamera", "multicam", "sitcom" -> Optional.of(MULTI_CAMERA);
            default -> Optional.empty();
        };
    }

    /**
     * The format a script asks for on its title page, else {@link #FEATURE}.
     *
     * <p>The {@code Format} key (or {@code fmt}, as jumpcut writes it) holds words separated by
     * spaces: a format name ({@code feature}, {@code one-hour}, {@code multicam}), {@code a4} or
     * {@code letter}, and jumpcut's adjustments: {@code acat} (action in capitals), {@code bsh}
     * (bold scene headings), {@code ush} (underlined scene headings), {@code ssbsh} (one blank line
     * before scene headings), {@code dsd} (double-spaced dialogue), {@code dl-N} / {@code dr-N}
     * (dialogue left / right indent in inches). Unknown words are ignored.
     */
    public static PageFormat forScript(Screenplay script) {
        Optional<String> value = script.titlePage().value("format").or(() -> script.titlePage().value("fmt"));
        if (value.isEmpty()) {
            return FEATURE;
        }
        PageFormat format = FEATURE;
        String[] words = value.get().strip().split("\\s+");
        for (String word : words) {
            Optional<PageFormat> base = named(word);
            if (base.isPresent()) {
                format = base.get();
            }
        }
        for (String word : words) {
            format = format.adjusted(word.toLowerCase(Locale.ROOT));
        }
        return format;
    }

    /**
     * The page format a Final Draft file states ({@code <ElementSettings>}, {@code <PageLayout>}),
     * over Final Draft's defaults ({@link #FEATURE}) for what it leaves out. Space before is
     * rounded to whole rows, line spacing to whole rows (1.5 prints as 2).
     */
    public static PageFormat fromFinalDraft(dev.showrunner.screenplay.fdx.FdxLayout layout) {
        PageFormat format = FEATURE;
        if (layout.pageHeight() != null && Math.abs(layout.pageHeight() - Paper.A4.height()) < 0.1) {
            format = format.on(Paper.A4);
        }
        EnumMap<ElementType, ElementStyle> styles = new EnumMap<>(format.styles);
        java.util.Map<String, ElementStyle> custom = new java.util.HashMap<>();
        for (dev.showrunner.screenplay.fdx.FdxLayout.ElementStyle e : layout.elements()) {
            // every paragraph type the file sets is honoured, matched case-insensitively
            // ("End Of Act" sets End of Act); a type with no ElementType of its own is kept by name
            Optional<ElementType> type = ElementType.ofParagraphType(e.type());
            ElementStyle base = type.map(styles::get).orElse(styles.get(ElementType.GENERAL));
            ElementStyle style = fromFinalDraft(e, base);
            if (type.isPresent()) {
                styles.put(type.get(), style);
            } else {
                custom.put(e.type(), style);
            }
        }
        ElementStyle character = styles.get(ElementType.CHARACTER);
        styles.put(ElementType.MORE, styles.get(ElementType.MORE).withIndents(character.leftIndent(), character.rightIndent()));
        double top = layout.topMargin() != null ? layout.topMargin() / 72.0 : format.topMargin;
        double bottom = layout.bottomMargin() != null ? layout.bottomMargin() / 72.0 : format.bottomMargin;
        double header = layout.headerMargin() != null ? layout.headerMargin() / 72.0 : format.headerPosition;
        try {
            return new PageFormat("final-draft", format.paper, top, bottom, header, styles, format.dualLeft, format.dualRight, custom);
        } catch (IllegalArgumentException badMargins) {
            return new PageFormat("final-draft", format.paper, format.topMargin, format.bottomMargin, format.headerPosition,
                    styles, format.dualLeft, format.dualRight, custom);
        }
    }

    /**
     * One paragraph type's style as the file states it, over {@code base} where the file is silent.
     * The file's settings win: its font style decides capitals, bold and underline when it states a
     * font at all.
     */
    private static ElementStyle fromFinalDraft(dev.showrunner.screenplay.fdx.FdxLayout.ElementStyle e, ElementStyle base) {
        double left = e.leftIndent() != null ? e.leftIndent() : base.leftIndent();
        double right = e.rightIndent() != null ? e.rightIndent() : base.rightIndent();
        if (right <= left) {
            left = base.leftIndent(); // a width Final Draft could not print; keep the default indents
            right = base.rightIndent();
        }
        Alignment align = e.alignment() == null ? base.alignment() : switch (e.alignment().strip().toLowerCase(Locale.ROOT)) {
            case "center", "centre" -> Alignment.CENTER;
            case "right" -> Alignment.RIGHT;
            default -> Alignment.LEFT;
        };
        int space = e.spaceBefore() != null ? (int) Math.round(e.spaceBefore() / 12.0) : base.spaceBefore();
        int spacing = e.spacing() != null ? Math.max(1, (int) Math.round(e.spacing() + 0.01)) : base.lineSpacing();
        boolean statesFont = e.font() != null || !e.fontStyles().isEmpty();
        boolean bold = statesFont ? has(e, "Bold") : base.bold();
        boolean underline = statesFont ? has(e, "Underline") : base.underline();
        boolean caps = statesFont ? e.allCaps() : base.uppercase();
        return new ElementStyle(left, right, Math.max(0, space), spacing, caps, align, e.startsNewPage(), bold, underline,
                base.overhang());
    }

    private static boolean has(dev.showrunner.screenplay.fdx.FdxLayout.ElementStyle e, String fontStyle) {
        return e.fontStyles().stream().anyMatch(f -> f.equalsIgnoreCase(fontStyle));
    }

    private PageFormat adjusted(String word) {
        ElementStyle heading = style(ElementType.SCENE_HEADING);
        ElementStyle dialogue = style(ElementType.DIALOGUE);
        try {
            return switch (word) {
                case "a4" -> on(Paper.A4);
                case "letter" -> on(Paper.LETTER);
                case "acat" -> with(ElementType.ACTION, style(ElementType.ACTION).withUppercase(true));
                case "bsh" -> with(ElementType.SCENE_HEADING, heading.withBold(true));
                case "ush" -> with(ElementType.SCENE_HEADING, heading.withUnderline(true));
                case "ssbsh" -> with(ElementType.SCENE_HEADING, heading.withSpaceBefore(1));
                case "dsd" -> with(ElementType.DIALOGUE, dialogue.withLineSpacing(2));
                default -> {
                    if (word.startsWith("dl-")) {
                        yield with(ElementType.DIALOGUE, dialogue.withIndents(Double.parseDouble(word.substring(3)), dialogue.rightIndent()));
                    }
                    if (word.startsWith("dr-")) {
                        yield with(ElementType.DIALOGUE, dialogue.withIndents(dialogue.leftIndent(), Double.parseDouble(word.substring(3))));
                    }
                    yield this;
                }
            };
        } catch (IllegalArgumentException badNumberOrIndents) {
            return this; // a malformed adjustment is ignored, like any unknown word
        }
    }

    private static PageFormat feature() {
        EnumMap<ElementType, ElementStyle> s = new EnumMap<>(ElementType.class);
        s.put(ElementType.GENERAL, ElementStyle.of(1.5, 7.5, 0));
        s.put(ElementType.SCENE_HEADING, ElementStyle.of(1.5, 7.5, 2).withUppercase(true));
        s.put(ElementType.ACTION, ElementStyle.of(1.5, 7.5, 1).withOverhang(true));
        s.put(ElementType.CHARACTER, ElementStyle.of(3.5, 7.25, 1).withUppercase(true));
        s.put(ElementType.PARENTHETICAL, ElementStyle.of(3.0, 5.5, 0).withOverhang(true));
        s.put(ElementType.DIALOGUE, ElementStyle.of(2.5, 6.0, 0));
        s.put(ElementType.TRANSITION, ElementStyle.of(5.5, 7.1, 1).withUppercase(true).withAlignment(Alignment.RIGHT));
        s.put(ElementType.SHOT, ElementStyle.of(1.5, 7.5, 1).withUppercase(true));
        s.put(ElementType.CENTERED, ElementStyle.of(1.5, 7.5, 1).withAlignment(Alignment.CENTER).withOverhang(true));
        s.put(ElementType.LYRICS, ElementStyle.of(2.5, 7.38, 0));
        // the television elements as Final Draft's templates set them (docs/pagination.md §3.4)
        s.put(ElementType.NEW_ACT, ElementStyle.of(1.5, 7.5, 0).withAlignment(Alignment.CENTER).withOverhang(true)
                .withUppercase(true).withUnderline(true));
        s.put(ElementType.END_OF_ACT, ElementStyle.of(1.5, 7.5, 2).withAlignment(Alignment.CENTER).withOverhang(true)
                .withUppercase(true).withUnderline(true));
        s.put(ElementType.COLD_OPENING, ElementStyle.of(1.0, 7.5, 1).withAlignment(Alignment.CENTER).withOverhang(true)
                .withUppercase(true).withUnderline(true));
        s.put(ElementType.CAST_LIST, ElementStyle.of(1.5, 7.5, 0).withUppercase(true).withOverhang(true));
        s.put(ElementType.SHOW_TITLE, ElementStyle.of(1.5, 7.5, 0).withAlignment(Alignment.CENTER).withOverhang(true)
                .withUppercase(true).withUnderline(true).withBold(true));
        s.put(ElementType.MORE, ElementStyle.of(3.5, 7.25, 0));
        return new PageFormat("feature", Paper.LETTER, 1.0, 1.0, 0.5, s,
                ElementStyle.of(1.5, 4.375, 1).withOverhang(true), ElementStyle.of(4.625, 7.5, 1).withOverhang(true));
    }

    private static PageFormat oneHour() {
        return television("one-hour");
    }

    /** The feature layout with each act heading starting a new page, as Final Draft's TV templates print it. */
    private static PageFormat television(String name) {
        PageFormat base = feature();
        return new PageFormat(name, base.paper, base.topMargin, base.bottomMargin, base.headerPosition,
                base.with(ElementType.NEW_ACT, base.style(ElementType.NEW_ACT).withStartsNewPage(true)).styles,
                base.dualLeft, base.dualRight);
    }

    private static PageFormat multiCamera() {
        PageFormat base = feature();
        EnumMap<ElementType, ElementStyle> s = new EnumMap<>(base.styles);
        s.put(ElementType.SCENE_HEADING, base.style(ElementType.SCENE_HEADING).withSpaceBefore(1).withUnderline(true));
        s.put(ElementType.ACTION, base.style(ElementType.ACTION).withUppercase(true));
        s.put(ElementType.CHARACTER, ElementStyle.of(3.5, 6.25, 1).withUppercase(true));
        s.put(ElementType.PARENTHETICAL, ElementStyle.of(2.75, 5.5, 0).withOverhang(true));
        s.put(ElementType.DIALOGUE, ElementStyle.of(2.25, 6.0, 0).withLineSpacing(2));
        s.put(ElementType.TRANSITION, ElementStyle.of(5.5, 7.25, 1).withUppercase(true).withAlignment(Alignment.RIGHT));
        s.put(ElementType.LYRICS, ElementStyle.of(2.5, 7.38, 1));
        s.put(ElementType.NEW_ACT, base.style(ElementType.NEW_ACT).withStartsNewPage(true));
        s.put(ElementType.MORE, ElementStyle.of(3.5, 6.25, 0));
        return new PageFormat("multi-camera", base.paper, base.topMargin, base.bottomMargin, base.headerPosition, s,
                base.dualLeft, base.dualRight);
    }
}
