package dev.showrunner.screenplay.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.screenplay.model.Action;
import dev.showrunner.screenplay.model.Centered;
import dev.showrunner.screenplay.model.Cue;
import dev.showrunner.screenplay.model.Dialogue;
import dev.showrunner.screenplay.model.DialogueBlock;
import dev.showrunner.screenplay.model.DialoguePart;
import dev.showrunner.screenplay.model.DualDialogue;
import dev.showrunner.screenplay.model.Element;
import dev.showrunner.screenplay.model.PageBreak;
import dev.showrunner.screenplay.model.Parenthetical;
import dev.showrunner.screenplay.model.SceneHeading;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.model.Span;
import dev.showrunner.screenplay.model.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of docs/pagination.md, one test each, over every built-in format on both papers.
 * Scripts are built so that the element under test lands at the foot of page 1 whatever the
 * format's line count and spacing: padding fills the page to a chosen number of free rows.
 */
class PaginationRulesTest {

    static Stream<PageFormat> formats() {
        return Stream.of(PageFormat.FEATURE, PageFormat.ONE_HOUR, PageFormat.HALF_HOUR, PageFormat.MULTI_CAMERA)
                .flatMap(f -> Stream.of(f, f.on(Paper.A4)));
    }

    /** One-line action paragraphs that leave exactly {@code free} rows at the foot of page 1. */
    private static List<Element> padding(PageFormat format, int free) {
        int rows = format.linesPerPage() - free;
        int spacing = format.style(ElementType.ACTION).spaceBefore();
        List<Element> out = new ArrayList<>();
        int used = 0;
        int n = 0;
        while (true) {
            int next = used == 0 ? 1 : used + spacing + 1;
            if (next > rows) {
                break;
            }
            out.add(Action.of("Padding line " + (++n) + "."));
            used = next;
        }
        // A shorter gap cannot be made with one-line paragraphs: a forced blank line does it.
        while (used < rows) {
            out.set(out.size() - 1, Action.of(((Action) out.getLast()).text().plain() + "\n"));
            used++;
        }
        return out;
    }

    private static Pages paginate(PageFormat format, List<Element> elements) {
        return Layout.paginate(new Screenplay(dev.showrunner.screenplay.model.TitlePage.EMPTY, elements), format,
                LayoutOptions.DEFAULTS);
    }

    private static List<Element> with(List<Element> first, Element... more) {
        List<Element> out = new ArrayList<>(first);
        out.addAll(List.of(more));
        return out;
    }

    private static List<Line> linesOf(Pages pages, int page, Element element) {
        return pages.page(page).lines().stream().filter(l -> l.element() == element).toList();
    }

    private static DialogueBlock speech(String name, String... parts) {
        List<DialoguePart> list = new ArrayList<>();
        for (String part : parts) {
            list.add(part.startsWith("(") ? Parenthetical.of(part) : Dialogue.of(part));
        }
        return new DialogueBlock(Cue.of(name), list, Span.NONE);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void emptyScript_laidOut_givesOneEmptyPage(PageFormat format) {
        Pages pages = paginate(format, List.of());
        assertThat(pages.count()).isEqualTo(1);
        assertThat(pages.page(1).lines()).isEmpty();
        assertThat(pages.scenes()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("formats")
    void sceneHeading_atTheFootOfAPage_movesToTheNextPageWithWhatFollows(PageFormat format) {
        SceneHeading heading = SceneHeading.of("INT. HOUSE - DAY");
        Action action = Action.of("She waits.");
        int free = format.style(ElementType.SCENE_HEADING).spaceBefore() + 1 + format.style(ElementType.ACTION).spaceBefore();
        Pages pages = paginate(format, with(padding(format, free), heading, action));

        assertThat(linesOf(pages, 1, heading)).isEmpty();
        assertThat(pages.page(2).lines().getFirst().element()).isSameAs(heading);
        assertThat(pages.page(2).lines().getFirst().row()).isZero();
    }

    @ParameterizedTest
    @MethodSource("formats")
    void characterCue_withNoRoomForTwoLines_movesWholeToTheNextPage(PageFormat format) {
        DialogueBlock block = speech("EDWARD", "I didn't put any stock into such speculation or superstition.");
        Pages pages = paginate(format, with(padding(format, 2), block));

        assertThat(linesOf(pages, 1, block)).isEmpty();
        assertThat(linesOf(pages, 2, block).getFirst().text()).isEqualTo("EDWARD");
    }

    @ParameterizedTest
    @MethodSource("formats")
    void longSpeech_atTheFootOfAPage_splitsAtASentenceWithMoreAndContd(PageFormat format) {
        String text = "One fine sentence here. Two fine sentences here. Three fine sentences here. "
                + "Four fine sentences here. Five fine sentences here. Six fine sentences here.";
        DialogueBlock block = speech("EDWARD", text);
        int spacing = format.style(ElementType.DIALOGUE).lineSpacing();
        Pages pages = paginate(format, with(padding(format, 2 + 3 * spacing), block));

        List<Line> top = linesOf(pages, 1, block);
        List<Line> bottom = linesOf(pages, 2, block);
        assertThat(top.getFirst().text()).isEqualTo("EDWARD");
        assertThat(top.getLast().type()).isEqualTo(ElementType.MORE);
        assertThat(top.getLast().text()).isEqualTo("(MORE)");
        Line lastSpoken = top.get(top.size() - 2);
        assertThat(lastSpoken.text()).endsWith(".");
        assertThat(top.stream().filter(l -> l.type() == ElementType.DIALOGUE)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(bottom.getFirst().text()).isEqualTo("EDWARD (CONT'D)");
        assertThat(bottom.get(1).text()).matches("[A-Z].*");
        assertThat(bottom.stream().filter(l -> l.type() == ElementType.DIALOGUE)).hasSizeGreaterThanOrEqualTo(2);
        // No word is lost or repeated across the break.
        String spoken = Stream.concat(top.stream(), bottom.stream()).filter(l -> l.type() == ElementType.DIALOGUE)
                .map(Line::text).reduce((a, b) -> a + " " + b).orElseThrow();
        assertThat(spoken.replaceAll("\\s+", " ")).isEqualTo(text.strip());
    }

    @ParameterizedTest
    @MethodSource("formats")
    void speechLongerThanAPage_splitsOverSeveralPages(PageFormat format) {
        String sentence = "This is one more sentence of a very long speech. ";
        DialogueBlock block = speech("MAYOR", sentence.repeat(120).strip());
        Pages pages = paginate(format, List.of(block));

        assertThat(pages.count()).isGreaterThan(2);
        for (int p = 1; p <= pages.count(); p++) {
            List<Line> lines = linesOf(pages, p, block);
            assertThat(lines.getFirst().type()).isEqualTo(ElementType.CHARACTER);
            assertThat(lines.getFirst().row()).isEqualTo(p == 1 ? 0 : -1);
            if (p < pages.count()) {
                assertThat(lines.getLast().type()).isEqualTo(ElementType.MORE);
            }
            assertThat(lines).allSatisfy(l -> assertThat(l.row()).isLessThanOrEqualTo(format.linesPerPage()));
            assertThat(lines).filteredOn(l -> l.type() == ElementType.DIALOGUE)
                    .allSatisfy(l -> assertThat(l.row()).isBetween(0, format.linesPerPage() - 1));
        }
    }

    @ParameterizedTest
    @MethodSource("formats")
    void longAction_atTheFootOfAPage_splitsAfterASentenceLeavingTwoLinesEachSide(PageFormat format) {
        String text = ("The river runs past the town and into the dark woods beyond the hills. ").repeat(6).strip();
        Action action = Action.of(text);
        Pages pages = paginate(format, with(padding(format, 4), action));

        List<Line> top = linesOf(pages, 1, action);
        List<Line> bottom = linesOf(pages, 2, action);
        assertThat(top).hasSizeBetween(2, 3);
        assertThat(top.getLast().text()).endsWithIgnoringCase("hills.");
        assertThat(bottom).hasSizeGreaterThanOrEqualTo(2);
        assertThat(bottom.getFirst().text()).startsWithIgnoringCase("The river");
    }

    @ParameterizedTest
    @MethodSource("formats")
    void shortAction_thatDoesNotFit_isNotSplit(PageFormat format) {
        Action action = Action.of("A beat. Then another beat. And then a third beat, which runs on a little longer than a line.");
        Pages pages = paginate(format, with(padding(format, 2), action));
        assertThat(linesOf(pages, 1, action)).isEmpty();
        assertThat(linesOf(pages, 2, action)).hasSize(2);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void transition_thatDoesNotFit_takesTheBlockAboveItAlong(PageFormat format) {
        Action last = Action.of("He leaves.");
        Transition cut = Transition.of("CUT TO:");
        List<Element> script = padding(format, 0);
        script.set(script.size() - 1, last);
        Pages pages = paginate(format, with(script, cut));

        assertThat(linesOf(pages, 1, last)).isEmpty();
        assertThat(pages.page(2).lines().getFirst().element()).isSameAs(last);
        assertThat(linesOf(pages, 2, cut)).hasSize(1);
        Line transition = linesOf(pages, 2, cut).getFirst();
        double right = format.style(ElementType.TRANSITION).rightIndent();
        assertThat(transition.x() + transition.text().length() / 10.0).isCloseTo(right, org.assertj.core.data.Offset.offset(1e-9));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void pageBreak_inTheScript_startsANewPage(PageFormat format) {
        Action before = Action.of("Before.");
        Action after = Action.of("After.");
        Pages pages = paginate(format, List.of(before, PageBreak.of(), PageBreak.of(), after));
        assertThat(pages.count()).isEqualTo(2);
        assertThat(pages.page(2).lines().getFirst().element()).isSameAs(after);
        assertThat(pages.page(2).lines().getFirst().row()).isZero();
    }

    @ParameterizedTest
    @MethodSource("formats")
    void actHeading_inATelevisionFormat_startsANewPage(PageFormat format) {
        Centered act = Centered.of("ACT TWO");
        Pages pages = paginate(format, List.of(Action.of("The end of act one."), act, Action.of("More.")));
        boolean television = !format.name().equals("feature");
        assertThat(pages.count()).isEqualTo(television ? 2 : 1);
        assertThat(linesOf(pages, pages.count(), act).getFirst().type()).isEqualTo(ElementType.NEW_ACT);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void sameCharacter_speakingAgainAfterAction_getsContd(PageFormat format) {
        DialogueBlock first = speech("EDWARD", "Gold.");
        DialogueBlock second = speech("EDWARD", "Silver.");
        DialogueBlock other = speech("WILL", "Bronze.");
        Pages pages = paginate(format, List.of(SceneHeading.of("EXT. CAMP - NIGHT"), first, Action.of("He waits."), second,
                other, SceneHeading.of("INT. TENT - NIGHT"), speech("WILL", "Tin.")));
        List<String> cues = pages.page(1).lines().stream().filter(l -> l.type() == ElementType.CHARACTER).map(Line::text).toList();
        assertThat(cues).containsExactly("EDWARD", "EDWARD (CONT'D)", "WILL", "WILL");
    }

    @ParameterizedTest
    @MethodSource("formats")
    void dualDialogue_printsSideBySideOnTheSameRows(PageFormat format) {
        DualDialogue dual = new DualDialogue(speech("EDWARD", "Left."), speech("SANDRA", "Right, and a little longer."), Span.NONE);
        Pages pages = paginate(format, List.of(Action.of("Both speak."), dual));
        List<Line> lines = linesOf(pages, 1, dual);
        List<Line> left = lines.stream().filter(l -> l.column() == Column.LEFT).toList();
        List<Line> right = lines.stream().filter(l -> l.column() == Column.RIGHT).toList();
        assertThat(left.getFirst().row()).isEqualTo(right.getFirst().row());
        assertThat(left).allSatisfy(l -> assertThat(l.x()).isLessThan(4.375));
        assertThat(right).allSatisfy(l -> assertThat(l.x()).isGreaterThanOrEqualTo(4.625));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void dualDialogue_parentheticalOfThreeWords_staysOnOneLineInEitherColumn(PageFormat format) {
        // the case: Final Draft keeps both on one line; at half an inch in they wrapped
        DualDialogue dual = new DualDialogue(speech("EDWARD", "(looking at him sadly)", "Left."),
                speech("SANDRA", "(without looking back)", "Right."), Span.NONE);
        Pages pages = paginate(format, List.of(Action.of("Both speak."), dual));
        List<Line> parentheticals = linesOf(pages, 1, dual).stream().filter(l -> l.type() == ElementType.PARENTHETICAL).toList();
        assertThat(parentheticals).extracting(Line::text).containsExactly("(looking at him sadly)", "(without looking back)");
        assertThat(parentheticals.getFirst().x()).isCloseTo(1.75, org.assertj.core.data.Offset.offset(0.11));
        assertThat(parentheticals.getLast().x()).isCloseTo(4.875, org.assertj.core.data.Offset.offset(0.11));
        // 25 columns: 25 characters fit, 26 wrap
        DualDialogue wide = new DualDialogue(speech("EDWARD", "(" + "x".repeat(23) + ")", "Left."),
                speech("SANDRA", "(" + "y".repeat(11) + " " + "y".repeat(12) + ")", "Right."), Span.NONE);
        List<Line> wideLines = linesOf(paginate(format, List.of(wide)), 1, wide).stream()
                .filter(l -> l.type() == ElementType.PARENTHETICAL).toList();
        assertThat(wideLines).extracting(Line::text).containsExactly("(" + "x".repeat(23) + ")", "(" + "y".repeat(11), "y".repeat(12) + ")");
    }

    @ParameterizedTest
    @MethodSource("formats")
    void everyLine_pointsAtTheCharactersItPrints(PageFormat format) {
        List<Element> script = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            script.add(SceneHeading.of("INT. ROOM " + i + " - DAY"));
            script.add(Action.of("Someone walks in and sits down. Then the well-known visitor stands up again and leaves."));
            script.add(speech("EDWARD", "(quietly)", "I know. I knew it all along, and I never said a word to anyone about it."));
        }
        Pages pages = paginate(format, script);
        for (Page page : pages.pages()) {
            for (Line line : page.lines()) {
                if (line.start() == line.end() && line.type() != ElementType.ACTION) {
                    continue; // a marker the layout added
                }
                String source = switch (line.element()) {
                    case SceneHeading h -> h.text().plain().toUpperCase(java.util.Locale.ROOT);
                    case Action a -> format.style(ElementType.ACTION).uppercase() ? a.text().plain().toUpperCase(java.util.Locale.ROOT) : a.text().plain();
                    case DialogueBlock b -> line.part() < 0 ? b.cue().display() : b.parts().get(line.part()).text().plain();
                    default -> throw new AssertionError(line);
                };
                if (line.part() >= 0 || !(line.element() instanceof DialogueBlock)) {
                    assertThat(line.text()).isEqualTo(source.substring(line.start(), line.end()));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("formats")
    void pages_neverOverflowAndScenesAddUpToThePages(PageFormat format) {
        List<Element> script = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            script.add(SceneHeading.of("EXT. FIELD " + i + " - DAY"));
            script.add(Action.of("Wind in the grass. ".repeat(1 + i % 7)));
            script.add(speech("A" + (i % 3), "Line " + i + ". ".repeat(1 + i % 5) + "And more words to fill the speech out."));
        }
        Pages pages = paginate(format, script);
        for (Page page : pages.pages()) {
            for (Line line : page.lines()) {
                // (MORE) may stand just below the last row, a repeated cue just above the first.
                int limit = line.type() == ElementType.MORE ? format.linesPerPage() : format.linesPerPage() - 1;
                assertThat(line.row()).isBetween(line.type() == ElementType.CHARACTER ? -1 : 0, limit);
            }
        }
        assertThat(pages.scenes()).hasSize(60);
        int eighths = pages.scenes().stream().mapToInt(SceneLength::eighths).sum();
        assertThat(eighths).isBetween((pages.count() - 1) * 8 - 60, pages.count() * 8 + 60);
        assertThat(pages.scenes()).allSatisfy(s -> assertThat(s.eighths()).isPositive());
    }

    @ParameterizedTest
    @MethodSource("formats")
    void actionLongerThanAPage_withNoSentenceEnd_isCutAcrossPagesLosingNothing(PageFormat format) {
        String text = "and then the rain kept falling on the roofs of the town ".repeat(90).strip();
        Action action = Action.of(text);
        Pages pages = paginate(format, List.of(action));
        assertThat(pages.count()).isGreaterThan(1);
        StringBuilder printed = new StringBuilder();
        for (Page page : pages.pages()) {
            for (Line line : linesOf(pages, page.number(), action)) {
                assertThat(line.row()).isBetween(0, format.linesPerPage() - 1);
                printed.append(line.text()).append(' ');
            }
        }
        assertThat(printed.toString().replaceAll("\\s+", " ").strip()).isEqualToIgnoringCase(text);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void wordLongerThanALine_isCutAtTheColumn(PageFormat format) {
        String word = "A".repeat(150);
        Action action = Action.of(word);
        Pages pages = paginate(format, List.of(action));
        List<Line> lines = linesOf(pages, 1, action);
        int columns = format.style(ElementType.ACTION).columns();
        assertThat(lines).hasSize((150 + columns - 1) / columns);
        assertThat(lines).allSatisfy(l -> assertThat(l.text().length()).isLessThanOrEqualTo(columns));
    }
}
