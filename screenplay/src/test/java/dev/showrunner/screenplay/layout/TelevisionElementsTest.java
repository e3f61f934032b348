package dev.showrunner.screenplay.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.fdx.Fdx;
import dev.showrunner.screenplay.fdx.FdxDocument;
import dev.showrunner.screenplay.model.Run;
import dev.showrunner.screenplay.model.Style;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Probes for television's page elements (docs/pagination.md §3.4): each element laid out in the
 * element settings Final Draft's television templates write, as an FDX file states them.
 *
 * <p>The settings are those of the Final Draft files in the corpus (mostly-genius, a television
 * script saved by Final Draft 11: New Act, End of Act and Cold Opening {@code Underline+AllCaps},
 * centred) and the one-hour variant with {@code Bold+Underline+AllCaps} act headings.
 */
class TelevisionElementsTest {

    /** One {@code <ElementSettings>} as Final Draft writes it. */
    private static String settings(String type, String style, String alignment, String left, String right,
            int spaceBefore, boolean newPage) {
        return """
                <ElementSettings Type="%s">
                  <FontSpec AdornmentStyle="0" Background="#FFFFFFFFFFFF" Color="#000000000000" Font="Courier Final Draft" RevisionID="0" Size="12" Style="%s"/>
                  <ParagraphSpec Alignment="%s" FirstIndent="0.00" Leading="Regular" LeftIndent="%s" RightIndent="%s" SpaceBefore="%d" Spacing="1" StartsNewPage="%s"/>
                  <Behavior PaginateAs="General" ReturnKey="Action" Shortcut=""/>
                </ElementSettings>
                """.formatted(type, style, alignment, left, right, spaceBefore, newPage ? "Yes" : "No");
    }

    /** A television template's settings; {@code actStyle} is the act headings' font style. */
    private static String template(String actStyle) {
        return settings("Scene Heading", "AllCaps", "Left", "1.50", "7.50", 24, false)
                + settings("Action", "", "Left", "1.50", "7.50", 12, false)
                + settings("Shot", "AllCaps", "Left", "1.50", "7.50", 12, false)
                + settings("Cast List", "AllCaps", "Left", "1.50", "7.50", 0, false)
                + settings("New Act", actStyle, "Center", "1.50", "7.50", 0, true)
                + settings("End of Act", actStyle, "Center", "1.50", "7.50", 24, false)
                + settings("Cold Opening", "Underline+AllCaps", "Center", "1.00", "7.50", 12, false)
                + settings("Show/Ep. Title", "Bold+Underline+AllCaps", "Center", "1.50", "7.50", 0, false);
    }

    private static String paragraph(String type, String text) {
        return "<Paragraph Type=\"" + type + "\"><Text>" + text + "</Text></Paragraph>\n";
    }

    private static Pages layOut(String body, String settings) throws ScriptFormatException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\" ?>\n"
                + "<FinalDraft DocumentType=\"Script\" Template=\"No\" Version=\"5\">\n<Content>\n" + body
                + "</Content>\n" + settings + "</FinalDraft>\n";
        FdxDocument document = Fdx.read(xml.getBytes(StandardCharsets.UTF_8), "pilot.fdx");
        return Layout.paginate(document.screenplay(), PageFormat.fromFinalDraft(document.layout()), LayoutOptions.DEFAULTS);
    }

    private static Line line(Pages pages, int page, String text) {
        return pages.page(page).lines().stream().filter(l -> l.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line \"" + text + "\" on page " + page + ": " + pages.page(page).lines()));
    }

    private static boolean all(Line line, Style style) {
        return line.runs().stream().allMatch(r -> r.styles().contains(style));
    }

    /** Where Final Draft starts a centred line of {@code length} characters between two indents. */
    private static double centred(double left, double right, int length) {
        return left + ((right - left) - length / 10.0) / 2;
    }

    @Test
    void newAct_thatStartsNewPageInItsSettings_printsTagAtTheTopOfPageTwoCentredAndUnderlined() throws ScriptFormatException {
        String body = paragraph("New Act", "ACT ONE")
                + paragraph("Scene Heading", "INT. KITCHEN - NIGHT")
                + paragraph("Action", "Dinner goes cold.")
                + paragraph("End of Act", "END ACT ONE")
                + paragraph("New Act", "tag")
                + paragraph("Action", "Morning.");

        Pages pages = layOut(body, template("Underline+AllCaps"));

        assertThat(pages.count()).isEqualTo(2);
        Line tag = pages.page(2).lines().getFirst();
        assertThat(tag.text()).isEqualTo("TAG");
        assertThat(tag.row()).isZero();
        assertThat(tag.type()).isEqualTo(ElementType.NEW_ACT);
        assertThat(tag.x()).isCloseTo(centred(1.5, 7.5, 3), org.assertj.core.data.Offset.offset(0.11));
        assertThat(all(tag, Style.UNDERLINE)).isTrue();
        Line end = line(pages, 1, "END ACT ONE");
        assertThat(end.type()).isEqualTo(ElementType.END_OF_ACT);
        assertThat(end.x()).isCloseTo(centred(1.5, 7.5, 11), org.assertj.core.data.Offset.offset(0.11));
        assertThat(all(end, Style.UNDERLINE)).isTrue();
        assertThat(line(pages, 1, "ACT ONE").row()).isZero();
    }

    static Stream<Arguments> elements() {
        // type as written in the paragraph, its type, rows above it after one action line, centred,
        // underlined, bold, indents
        return Stream.of(
                Arguments.of("New Act", ElementType.NEW_ACT, -1, true, true, false, 1.5, 7.5),
                Arguments.of("End of Act", ElementType.END_OF_ACT, 2, true, true, false, 1.5, 7.5),
                Arguments.of("End Of Act", ElementType.END_OF_ACT, 2, true, true, false, 1.5, 7.5),
                Arguments.of("Cold Opening", ElementType.COLD_OPENING, 1, true, true, false, 1.0, 7.5),
                Arguments.of("Show/Ep. Title", ElementType.SHOW_TITLE, 0, true, true, true, 1.5, 7.5),
                Arguments.of("Cast List", ElementType.CAST_LIST, 0, false, false, false, 1.5, 7.5),
                Arguments.of("Shot", ElementType.SHOT, 1, false, false, false, 1.5, 7.5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("elements")
    void televisionElement_inItsTemplateSettings_printsAsTheSettingsSay(String type, ElementType expected, int spaceBefore,
            boolean centre, boolean underline, boolean bold, double left, double right) throws ScriptFormatException {
        for (String actStyle : List.of("Underline+AllCaps", "Bold+Underline+AllCaps")) {
            Pages pages = layOut(paragraph("Action", "Before.") + paragraph(type, "the pilot") + paragraph("Action", "After."),
                    template(actStyle));

            boolean newPage = spaceBefore < 0;
            Line line = line(pages, newPage ? 2 : 1, "THE PILOT");
            assertThat(line.type()).isEqualTo(expected);
            assertThat(line.row()).isEqualTo(newPage ? 0 : 1 + spaceBefore);
            assertThat(line.x()).isCloseTo(centre ? centred(left, right, 9) : left, org.assertj.core.data.Offset.offset(0.11));
            assertThat(all(line, Style.UNDERLINE)).isEqualTo(underline);
            boolean actBold = actStyle.startsWith("Bold") && (expected == ElementType.NEW_ACT || expected == ElementType.END_OF_ACT);
            assertThat(all(line, Style.BOLD)).isEqualTo(bold || actBold);
        }
    }

    @Test
    void pilot_inAOneHourTemplate_printsEachActOnItsOwnPageAndDualParentheticalsOnOneLine() throws Exception {
        byte[] pilot;
        try (var in = TelevisionElementsTest.class.getResourceAsStream("/tv/pilot.fdx")) {
            pilot = in.readAllBytes();
        }
        FdxDocument document = Fdx.read(pilot, "pilot.fdx");
        assertThat(document.warnings()).isEmpty();
        Pages pages = Layout.paginate(document.screenplay(), PageFormat.fromFinalDraft(document.layout()), LayoutOptions.DEFAULTS);

        assertThat(pages.count()).isEqualTo(3);
        assertThat(pages.page(1).lines().getFirst().text()).isEqualTo("THE PILOT");
        assertThat(line(pages, 1, "COLD OPEN").type()).isEqualTo(ElementType.COLD_OPENING);
        assertThat(line(pages, 1, "END OF COLD OPEN").type()).isEqualTo(ElementType.END_OF_ACT);
        for (int page = 2; page <= 3; page++) {
            Line act = pages.page(page).lines().getFirst();
            assertThat(act.text()).isEqualTo(page == 2 ? "ACT ONE" : "TAG");
            assertThat(all(act, Style.BOLD) && all(act, Style.UNDERLINE)).isTrue();
            assertThat(act.x()).isGreaterThan(4.0);
        }
        assertThat(line(pages, 2, "(looking at him sadly)").column()).isEqualTo(Column.LEFT);
        assertThat(line(pages, 2, "(without looking back)").column()).isEqualTo(Column.RIGHT);
    }

    @Test
    void boldActTemplate_endOfActBoldNotUnderlined_newActBoldUnderlinedAtTheTopOfItsPage() throws ScriptFormatException {
        // the variant other FDX writers give the one-hour template: New Act Bold+Underline+AllCaps
        // 24 pt before, End of Act Bold+AllCaps
        String bold = template("Underline+AllCaps")
                .replace(settings("New Act", "Underline+AllCaps", "Center", "1.50", "7.50", 0, true),
                        settings("New Act", "Bold+Underline+AllCaps", "Center", "1.25", "7.25", 24, true))
                .replace(settings("End of Act", "Underline+AllCaps", "Center", "1.50", "7.50", 24, false),
                        settings("End of Act", "Bold+AllCaps", "Center", "1.25", "7.25", 24, false));
        Pages pages = layOut(paragraph("Action", "Before.") + paragraph("End Of Act", "end of teaser")
                + paragraph("New Act", "act one") + paragraph("Action", "After."), bold);

        Line end = line(pages, 1, "END OF TEASER");
        assertThat(end.row()).isEqualTo(3);
        assertThat(all(end, Style.BOLD)).isTrue();
        assertThat(end.runs()).allSatisfy((Run r) -> assertThat(r.styles()).doesNotContain(Style.UNDERLINE));
        assertThat(end.x()).isCloseTo(centred(1.25, 7.25, 13), org.assertj.core.data.Offset.offset(0.11));
        Line act = line(pages, 2, "ACT ONE");
        assertThat(act.row()).isZero();
        assertThat(all(act, Style.BOLD) && all(act, Style.UNDERLINE)).isTrue();
        assertThat(act.x()).isCloseTo(centred(1.25, 7.25, 7), org.assertj.core.data.Offset.offset(0.11));
    }

    @Test
    void settings_namedInAnotherCase_stillApply() throws ScriptFormatException {
        String lowerCase = template("Underline+AllCaps").replace("Type=\"New Act\"", "Type=\"NEW ACT\"");
        Pages pages = layOut(paragraph("Action", "Before.") + paragraph("New Act", "Act two"), lowerCase);
        assertThat(pages.count()).isEqualTo(2);
        assertThat(line(pages, 2, "ACT TWO").x()).isGreaterThan(4.0);
    }

    @Test
    void customParagraphType_printsInItsOwnSettings() throws ScriptFormatException {
        String custom = template("Underline+AllCaps") + settings("Insert", "AllCaps", "Right", "4.00", "7.50", 12, false);
        Pages pages = layOut(paragraph("Action", "Before.") + paragraph("Insert", "the letter"), custom);
        Line line = line(pages, 1, "THE LETTER");
        assertThat(line.row()).isEqualTo(2);
        assertThat(line.x()).isCloseTo(7.5 - 1.0, org.assertj.core.data.Offset.offset(0.11));
    }

    @Test
    void fileSettings_winOverTheBuiltInFormat() throws ScriptFormatException {
        // a template whose New Act neither starts a page nor is underlined
        String plain = template("AllCaps").replace(settings("New Act", "AllCaps", "Center", "1.50", "7.50", 0, true),
                settings("New Act", "AllCaps", "Left", "1.50", "7.50", 12, false));
        Pages pages = layOut(paragraph("Action", "Before.") + paragraph("New Act", "act two"), plain);
        assertThat(pages.count()).isEqualTo(1);
        Line act = line(pages, 1, "ACT TWO");
        assertThat(act.x()).isCloseTo(1.5, org.assertj.core.data.Offset.offset(0.01));
        assertThat(act.runs()).allSatisfy((Run r) -> assertThat(r.styles()).doesNotContain(Style.UNDERLINE));
    }
}
