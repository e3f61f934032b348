package dev.showrunner.studio.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.planning.breakdown.Breakdown;
import dev.showrunner.planning.breakdown.Elements;
import dev.showrunner.planning.schedule.Constraints;
import dev.showrunner.planning.schedule.ScheduleRequest;
import dev.showrunner.planning.schedule.ShootingSchedule;
import dev.showrunner.planning.schedule.ShootingScheduler;
import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.layout.Eighths;
import dev.showrunner.screenplay.layout.PageFormat;
import dev.showrunner.screenplay.layout.Pages;
import dev.showrunner.screenplay.model.SceneHeading;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.stats.ScriptStatistics;
import dev.showrunner.studio.scripts.merge.MergeResult;
import dev.showrunner.studio.scripts.merge.ThreeWayMerge;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The studio's live pages and merge over real scripts (corpus, MIT, from jumpcut; licence beside them). */
class CorpusScriptsTest {

    private static final Pattern SECTION = Pattern.compile("<section class=\"page\" data-page=\"(\\d+)\"[^>]*>(.*?)</section>", Pattern.DOTALL);
    private static final Pattern FIRST_LINE = Pattern.compile("<p class=\"l [a-z-]+\"[^>]*>(.*?)</p>");

    static String corpus(String name) throws IOException {
        try (InputStream in = CorpusScriptsTest.class.getResourceAsStream("/corpus/" + name + ".fountain")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"big-fish", "brick-n-steel", "gumshoe", "mostly-genius"})
    void livePages_corpusScript_listsTheScenesTheEngineReads(String name) throws IOException {
        String text = corpus(name);
        List<String> engine = Fountain.read(text).sceneHeadings().stream()
                .map(SceneHeading::text).map(t -> t.plain().strip().toUpperCase(Locale.ROOT)).toList();
        LivePages.Result live = LivePages.render(text);
        assertThat(live.scenes()).extracting(LivePages.Scene::heading).containsExactlyElementsOf(engine);
        assertThat(live.scenes()).extracting(LivePages.Scene::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, engine.size()).boxed().toList());
        for (LivePages.Scene s : live.scenes()) {
            assertThat(live.html()).contains("id=\"scene-" + s.number() + "\" data-line=\"" + s.line() + "\"");
        }
        assertThat(live.problem()).isNull();
    }

    /** Final Draft's page counts for the corpus (CorpusPaginationTest), now in the editor. */
    @ParameterizedTest
    @CsvSource({"big-fish, 127", "brick-n-steel, 4", "gumshoe, 37", "mostly-genius, 52"})
    void livePages_corpusScript_hasFinalDraftsPageCount(String name, int pages) throws IOException {
        LivePages.Result live = LivePages.render(corpus(name));
        assertThat(live.pageCount()).isEqualTo(pages);
        assertThat(live.pagesLabel()).startsWith(pages + " pages · scenes ");
        for (int n = 1; n <= pages; n++) {
            assertThat(live.html()).contains("data-page=\"" + n + "\" id=\"page-" + n + "\"");
        }
        assertThat(live.html()).doesNotContain("data-page=\"" + (pages + 1) + "\"").doesNotContain("<script");
    }

    /**
     * Every page of the editor starts with the line the layout starts it with, and the PDF the
     * studio prints of the same text starts the same page with that line (blank lines skipped).
     */
    @ParameterizedTest
    @ValueSource(strings = {"big-fish", "brick-n-steel", "gumshoe", "mostly-genius"})
    void livePages_corpusScript_breaksEveryPageWhereThePdfDoes(String name) throws IOException {
        String text = corpus(name);
        Pages layout = ScriptFiles.layout(Fountain.read(text));
        List<String> html = htmlPageStarts(LivePages.render(text).html());
        List<String> engine = layout.pages().stream().map(p -> p.lines().stream().map(l -> squeeze(l.text()))
                .filter(l -> !l.isEmpty()).findFirst().orElseThrow()).toList();
        assertThat(html).containsExactlyElementsOf(engine);
        try (PDDocument pdf = Loader.loadPDF(ScriptFiles.toPdf(text))) {
            int first = layout.hasTitlePage() ? 2 : 1;
            assertThat(pdf.getNumberOfPages()).isEqualTo(first - 1 + layout.count());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int n = 1; n <= layout.count(); n++) {
                stripper.setStartPage(first - 1 + n);
                stripper.setEndPage(first - 1 + n);
                String pageNumber = n + ".";
                String start = stripper.getText(pdf).lines().map(CorpusScriptsTest::squeeze)
                        .filter(l -> !l.isEmpty() && !l.equals(pageNumber)).findFirst().orElse("");
                assertThat(start).as("%s page %d", name, n).startsWith(html.get(n - 1));
            }
        }
    }

    /**
     * The length the editor's header gives is the stats' total, the breakdown's total and the
     * schedule's total; the page count is the stats' page count.
     */
    @ParameterizedTest
    @ValueSource(strings = {"big-fish", "brick-n-steel", "gumshoe", "mostly-genius"})
    void lengths_corpusScript_agreeInEditorStatsBreakdownAndSchedule(String name) throws IOException {
        String text = corpus(name);
        Screenplay script = Fountain.read(text);
        LivePages.Result live = LivePages.render(text);
        ScriptStatistics stats = ScriptStatistics.paginated(script, PageFormat.forScript(script));
        Breakdown breakdown = Breakdown.of(script, Elements.none());
        int[] onePerDay = IntStream.rangeClosed(1, breakdown.sheets().size()).toArray();
        ShootingSchedule schedule = ShootingScheduler.arrange(ScheduleRequest.of(breakdown, 800, LocalDate.of(2027, 1, 4)),
                Constraints.none(), onePerDay);
        Eighths scheduled = schedule.days().stream().map(d -> Eighths.of(d.eighths())).reduce(Eighths.ZERO, Eighths::plus);

        assertThat(live.pageCount()).isEqualTo(stats.pageCount().orElseThrow());
        assertThat(live.length()).isEqualTo(Eighths.of(stats.eighths().orElseThrow()))
                .isEqualTo(Eighths.of(breakdown.totalEighths()))
                .isEqualTo(scheduled);
        assertThat(live.pagesLabel()).endsWith(" · scenes " + live.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"big-fish", "gumshoe", "mostly-genius"})
    void merge_editsInDifferentScenesOfCorpusScript_isCleanAndKeepsBoth(String name) throws IOException {
        String base = corpus(name);
        List<String> lines = ThreeWayMerge.lines(base);
        int early = lines.size() / 5;
        int late = lines.size() * 4 / 5;
        while (lines.get(early).isBlank()) {
            early++;
        }
        while (lines.get(late).isBlank()) {
            late++;
        }
        var mine = new ArrayList<>(lines);
        mine.set(early, lines.get(early) + " (mine)");
        var theirs = new ArrayList<>(lines);
        theirs.set(late, lines.get(late) + " (theirs)");
        MergeResult r = ThreeWayMerge.merge(lines, mine, theirs);
        assertThat(r.clean()).isTrue();
        List<String> merged = ThreeWayMerge.lines(r.text("", ""));
        assertThat(merged).hasSize(lines.size());
        assertThat(merged.get(early)).endsWith("(mine)");
        assertThat(merged.get(late)).endsWith("(theirs)");
    }

    /** The text of each body page's first line that prints anything, in page order. */
    private static List<String> htmlPageStarts(String html) {
        List<String> starts = new ArrayList<>();
        Matcher section = SECTION.matcher(html);
        while (section.find()) {
            assertThat(Integer.parseInt(section.group(1))).isEqualTo(starts.size() + 1);
            Matcher line = FIRST_LINE.matcher(section.group(2));
            String start = "";
            while (start.isEmpty() && line.find()) {
                start = squeeze(unescape(line.group(1).replaceAll("<[^>]+>", "")));
            }
            starts.add(start);
        }
        return starts;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String squeeze(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
