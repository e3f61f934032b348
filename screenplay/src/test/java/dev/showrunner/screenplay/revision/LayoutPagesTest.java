package dev.showrunner.screenplay.revision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.layout.Layout;
import dev.showrunner.screenplay.layout.LayoutOptions;
import dev.showrunner.screenplay.layout.PageFormat;
import dev.showrunner.screenplay.layout.Pages;
import dev.showrunner.screenplay.model.Action;
import dev.showrunner.screenplay.model.Element;
import dev.showrunner.screenplay.model.Screenplay;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Locked pages on the real layout engine, over the corpus scripts. */
class LayoutPagesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    static Screenplay corpus(String name) throws Exception {
        try (InputStream in = LayoutPagesTest.class.getResourceAsStream("/corpus/" + name + "/source.fountain")) {
            if (in == null) {
                throw new IOException("missing corpus script " + name);
            }
            return Fountain.read(in.readAllBytes(), name + ".fountain");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"big-fish", "brick-n-steel", "gumshoe", "mostly-genius"})
    void lock_corpusScript_samePagesAsTheLayout(String name) throws Exception {
        Screenplay script = corpus(name);
        LayoutPages layout = LayoutPages.forScript(script);
        Lock lock = Revision.lock(script, layout, DAY, "");
        // Numbering the scenes adds numbers to the headings, which do not move lines.
        Pages pages = Layout.paginate(SceneNumbers.initial(script).script(), PageFormat.forScript(script),
                LayoutOptions.DEFAULTS.withTitlePage(false));
        assertThat(lock.pages()).hasSize(pages.count());
        // Every page starts where the layout's starts: with the same line, or inside the same
        // paragraph when the layout split it at a sentence (the lock keeps the paragraph's
        // page-independent lines, so the split line reads differently).
        int sameFirstLine = 0;
        for (int p = 0; p < pages.count(); p++) {
            var layoutFirst = pages.pages().get(p).lines().stream()
                    .filter(l -> l.type() != dev.showrunner.screenplay.layout.ElementType.MORE).toList();
            String expected = layoutFirst.size() > 1 && layoutFirst.get(0).type() == dev.showrunner.screenplay.layout.ElementType.CHARACTER
                    && layoutFirst.get(1).part() >= 0 && layoutFirst.get(1).element() == layoutFirst.get(0).element()
                    && (layoutFirst.get(1).start() > 0 || layoutFirst.get(1).part() > 0)
                    ? layoutFirst.get(1).text() : layoutFirst.get(0).text();
            if (lock.pages().get(p).lines().getFirst().text().equals(expected)) {
                sameFirstLine++;
            }
        }
        assertThat(sameFirstLine).as("pages starting on the layout's first line").isGreaterThanOrEqualTo(pages.count() * 8 / 10);
        var lastPage = pages.pages().getLast().lines();
        assertThat(lock.pages().getLast().lines().getLast().text()).isEqualTo(lastPage.getLast().text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"big-fish", "brick-n-steel", "gumshoe", "mostly-genius"})
    void revise_corpusScriptUnchanged_samePagesNothingIssued(String name) throws Exception {
        Screenplay script = corpus(name);
        LayoutPages layout = LayoutPages.forScript(script);
        Lock lock = Revision.lock(script, layout, DAY, "");
        Revision.Revised same = Revision.revise(lock, script, layout, lock.current().next(DAY, ""), Revision.Options.DEFAULTS);
        assertThat(same.changedPages()).extracting(Revision.Page::number).isEmpty();
        assertThat(same.lock().pages()).isEqualTo(lock.pages());
    }

    @ParameterizedTest
    @ValueSource(strings = {"big-fish", "gumshoe"})
    void revise_halfAPageAddedToPage23_pages23And23AOnly(String name) throws Exception {
        Screenplay script = corpus(name);
        LayoutPages layout = LayoutPages.forScript(script);
        Lock lock = Revision.lock(script, layout, DAY, "");
        // Insert 27 lines of action (half a page) after the first line of page 23.
        String firstLine = lock.pages().get(22).lines().get(1).text();
        List<PrintedLine> lines = layout.lines(SceneNumbers.initial(script).script());
        int element = lines.stream().filter(l -> l.text().equals(firstLine)).findFirst().orElseThrow().element();
        List<Element> elements = new ArrayList<>(script.elements());
        for (int k = 0; k < 13; k++) {
            elements.add(element + 1 + k, Action.of("An added beat, number " + k + "."));
        }
        Screenplay longer = new Screenplay(script.titlePage(), elements);
        Revision.Revised blue = Revision.revise(lock, longer, layout, lock.current().next(DAY, ""), Revision.Options.DEFAULTS);
        assertThat(blue.changedPages()).extracting(Revision.Page::number).containsExactly("23", "23A");
        assertThat(blue.pages()).extracting(Revision.Page::number).containsSubsequence("22", "23", "23A", "24");
        long starred = blue.pages().stream().flatMap(p -> p.lines().stream()).filter(Revision.MarkedLine::isMarked).count();
        assertThat(starred).isEqualTo(13);
    }

    /** The PageLayout contract's stability: filling the lines of one page gives that page again. */
    @ParameterizedTest
    @ValueSource(strings = {"big-fish", "brick-n-steel", "gumshoe", "mostly-genius"})
    void fill_linesOfOnePage_oneSamePage(String name) throws Exception {
        Screenplay script = SceneNumbers.initial(corpus(name)).script();
        LayoutPages layout = LayoutPages.forScript(script);
        List<List<PrintedLine>> pages = layout.fill(script, layout.lines(script));
        List<String> unstable = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<PrintedLine> real = pages.get(p).stream().filter(l -> !l.synthetic()).toList();
            List<List<PrintedLine>> again = layout.fill(script, real);
            if (again.size() != 1 || !again.getFirst().equals(pages.get(p))) {
                unstable.add((p + 1) + " -> " + again.size() + " pages");
            }
        }
        assertThat(unstable).isEmpty();
    }
}
