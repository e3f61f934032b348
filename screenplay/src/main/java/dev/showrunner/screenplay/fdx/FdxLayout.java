package dev.showrunner.screenplay.fdx;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The page layout a Final Draft file carries, as the raw values the file states: nothing here is
 * defaulted or converted, so the layout module can turn it into its page format exactly. A value
 * the file leaves out is {@code null} (documented per component); {@link #DEFAULT} is what the
 * writer uses when it is given no layout (Final Draft's own screenplay template).
 *
 * <p>Units are Final Draft's: page size, indents in inches from the left edge of the page; margins
 * and space before in points (1/72 inch); spacing in lines.
 *
 * @param pageWidth page width in inches ({@code <PageSize Width>}), or null
 * @param pageHeight page height in inches ({@code <PageSize Height>}), or null
 * @param topMargin top margin in points ({@code <PageLayout TopMargin>}), or null
 * @param bottomMargin bottom margin in points, or null
 * @param headerMargin distance of the header from the top edge in points, or null
 * @param footerMargin distance of the footer from the bottom edge in points, or null
 * @param linesPerPage lines per page when the file states it ({@code LinesPerPage}), or null
 * @param pageLayoutAttributes every attribute of {@code <PageLayout>} as written (empty when absent)
 * @param elements the paragraph types of {@code <ElementSettings>} in file order
 * @param header the script's running header, or null when the file has no {@code <HeaderAndFooter>}
 * @param mores the (MORE) / (CONT'D) and scene CONTINUED settings, or null when absent
 */
public record FdxLayout(
        Double pageWidth, Double pageHeight,
        Double topMargin, Double bottomMargin, Double headerMargin, Double footerMargin,
        Integer linesPerPage,
        Map<String, String> pageLayoutAttributes,
        List<ElementStyle> elements,
        HeaderFooter header,
        MoresAndContinueds mores) {

    public FdxLayout {
        pageLayoutAttributes = Map.copyOf(pageLayoutAttributes);
        elements = List.copyOf(elements);
    }

    /** The settings for one paragraph type, matched case-insensitively ({@code End of Act}). */
    public Optional<ElementStyle> element(String type) {
        return elements.stream().filter(e -> e.type().equalsIgnoreCase(type)).findFirst();
    }

    /**
     * One {@code <ElementSettings>}: the font and paragraph settings of a paragraph type.
     *
     * @param type the type name as written ({@code Scene Heading}, {@code Lyric}, ...)
     * @param font the font name ({@code Courier Prime}), or null
     * @param fontSize the size in points, or null
     * @param fontStyles the {@code Style} names of the font, as written ({@code AllCaps}, {@code Underline}, ...)
     * @param alignment {@code Left}, {@code Center}, {@code Right} or {@code Full}, or null
     * @param firstIndent the first line's indent relative to {@code leftIndent}, inches, or null
     * @param leftIndent left edge of the text from the page's left edge, inches, or null
     * @param rightIndent right edge of the text from the page's left edge, inches, or null
     * @param spaceBefore space above the paragraph in points (12 = one line), or null
     * @param spacing line spacing in lines ({@code 1}, {@code 1.5}, {@code 2}), or null
     * @param leading {@code Regular}, {@code Tight}, ... as written, or null
     * @param startsNewPage true when every paragraph of this type begins a page
     * @param paginateAs the type Final Draft paginates this one as, or null
     * @param returnKey the type that follows on Return (editing only), or null
     */
    public record ElementStyle(
            String type, String font, Double fontSize, Set<String> fontStyles,
            String alignment, Double firstIndent, Double leftIndent, Double rightIndent,
            Double spaceBefore, Double spacing, String leading, boolean startsNewPage,
            String paginateAs, String returnKey) {

        public ElementStyle {
            Objects.requireNonNull(type, "type");
            fontStyles = Set.copyOf(fontStyles);
        }

        /** True when the font style makes the paragraph print in capitals. */
        public boolean allCaps() {
            return fontStyles.stream().anyMatch(s -> s.equalsIgnoreCase("AllCaps"));
        }
    }

    /**
     * The running header and footer ({@code <HeaderAndFooter>}).
     *
     * @param attributes its attributes as written ({@code HeaderVisible}, {@code StartingPage}, ...)
     * @param headerText the header's text with {@code <DynamicLabel>}s as {@code {Page #}} and the
     *     like, one line per paragraph
     * @param headerParagraph the attributes of the header's first paragraph ({@code Alignment},
     *     {@code LeftIndent}, {@code RightIndent}, ...: where the page number stands)
     * @param headerTabs the tab stops of the header's first paragraph
     * @param footerText the footer's text, likewise
     * @param footerParagraph the attributes of the footer's first paragraph
     * @param footerTabs the tab stops of the footer's first paragraph
     */
    public record HeaderFooter(
            Map<String, String> attributes,
            String headerText, Map<String, String> headerParagraph, List<TabStop> headerTabs,
            String footerText, Map<String, String> footerParagraph, List<TabStop> footerTabs) {
        public HeaderFooter {
            attributes = Map.copyOf(attributes);
            Objects.requireNonNull(headerText, "headerText");
            Objects.requireNonNull(footerText, "footerText");
            headerParagraph = Map.copyOf(headerParagraph);
            footerParagraph = Map.copyOf(footerParagraph);
            headerTabs = List.copyOf(headerTabs);
            footerTabs = List.copyOf(footerTabs);
        }

        public boolean headerVisible() {
            return "Yes".equalsIgnoreCase(attributes.get("HeaderVisible"));
        }

        public boolean headerOnFirstPage() {
            return "Yes".equalsIgnoreCase(attributes.get("HeaderFirstPage"));
        }

        public boolean footerVisible() {
            return "Yes".equalsIgnoreCase(attributes.get("FooterVisible"));
        }

        public boolean footerOnFirstPage() {
            return "Yes".equalsIgnoreCase(attributes.get("FooterFirstPage"));
        }

        /** The number of the first page, or 1. */
        public int startingPage() {
            try {
                return Integer.parseInt(attributes.getOrDefault("StartingPage", "1").strip());
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }

    /**
     * A tab stop in a header or footer line.
     *
     * @param position inches from the paragraph's left indent, as Final Draft writes it
     * @param type {@code Left}, {@code Center} or {@code Right}
     */
    public record TabStop(double position, String type) {
        public TabStop {
            Objects.requireNonNull(type, "type");
        }
    }

    /**
     * {@code <MoresAndContinueds>}: how speeches and scenes continue across pages.
     *
     * @param dialogueBreaks the attributes of {@code <DialogueBreaks>} as written
     *     ({@code DialogueBottom="(MORE)"}, {@code DialogueTop="(CONT'D)"}, ...)
     * @param sceneBreaks the attributes of {@code <SceneBreaks>} as written
     */
    public record MoresAndContinueds(Map<String, String> dialogueBreaks, Map<String, String> sceneBreaks) {
        public MoresAndContinueds {
            dialogueBreaks = Map.copyOf(dialogueBreaks);
            sceneBreaks = Map.copyOf(sceneBreaks);
        }
    }

    /** Final Draft's screenplay template (Courier Final Draft 12 pt, US Letter, 1-inch margins). */
    public static final FdxLayout DEFAULT = new FdxLayout(
            8.5, 11.0, 72.0, 72.0, 36.0, 36.0, null,
            Map.of("TopMargin", "72", "BottomMargin", "72", "HeaderMargin", "36", "FooterMargin", "36",
                    "DocumentLeading", "Normal", "BreakDialogueAndActionAtSentences", "Yes",
                    "UsesSmartQuotes", "Yes"),
            List.of(
                    style("General", "", "Left", 0, 1.50, 7.50, 0, false, "General", "General"),
                    style("Scene Heading", "AllCaps", "Left", 0, 1.50, 7.50, 24, false, "Scene Heading", "Action"),
                    style("Action", "", "Left", 0, 1.50, 7.50, 12, false, "Action", "Action"),
                    style("Character", "AllCaps", "Left", 0, 3.50, 7.25, 12, false, "Character", "Dialogue"),
                    style("Parenthetical", "", "Left", -0.10, 3.00, 5.50, 0, false, "Parenthetical", "Dialogue"),
                    style("Dialogue", "", "Left", 0, 2.50, 6.00, 0, false, "Dialogue", "Action"),
                    style("Transition", "AllCaps", "Right", 0, 5.50, 7.10, 12, false, "Transition", "Scene Heading"),
                    style("Shot", "AllCaps", "Left", 0, 1.50, 7.50, 12, false, "Scene Heading", "Action"),
                    style("Cast List", "AllCaps", "Left", 0, 1.50, 7.50, 0, false, "Action", "Action"),
                    style("New Act", "Underline+AllCaps", "Center", 0, 1.50, 7.50, 0, true, "General", "Scene Heading"),
                    style("End of Act", "Underline+AllCaps", "Center", 0, 1.50, 7.50, 24, false, "Character", "New Act"),
                    style("Cold Opening", "Underline+AllCaps", "Center", 0, 1.50, 7.50, 12, false, "General", "Scene Heading"),
                    style("Lyric", "Italic", "Left", 0, 2.50, 7.38, 0, false, "Dialogue", "Action")),
            new HeaderFooter(Map.of("FooterFirstPage", "Yes", "FooterVisible", "No", "HeaderFirstPage", "No",
                    "HeaderVisible", "Yes", "StartingPage", "1"),
                    "\t{Collated Revisions}\t{Page #}.", band("Left", "-1.00"),
                    List.of(new TabStop(4.5, "Center"), new TabStop(7.25, "Right")),
                    " ", band("Right", "-1.25"), List.of()),
            new MoresAndContinueds(
                    Map.of("AutomaticCharacterContinueds", "Yes", "BottomOfPage", "Yes", "DialogueBottom", "(MORE)",
                            "DialogueTop", "(CONT'D)", "TopOfNext", "Yes"),
                    Map.of("ContinuedNumber", "No", "SceneBottom", "(CONTINUED)", "SceneBottomOfPage", "No",
                            "SceneTop", "CONTINUED:", "SceneTopOfNext", "No")));

    private static Map<String, String> band(String alignment, String rightIndent) {
        return Map.of("Alignment", alignment, "FirstIndent", "0.00", "Leading", "Regular", "LeftIndent", "1.25",
                "RightIndent", rightIndent, "SpaceBefore", "0", "Spacing", "1", "StartsNewPage", "No");
    }

    private static ElementStyle style(String type, String styles, String alignment, double first, double left,
            double right, double before, boolean newPage, String paginateAs, String returnKey) {
        Set<String> fontStyles = styles.isEmpty() ? Set.of() : Set.of(styles.split("\\+"));
        return new ElementStyle(type, "Courier Final Draft", 12.0, fontStyles, alignment, first, left, right,
                before, 1.0, "Regular", newPage, paginateAs, returnKey);
    }
}
