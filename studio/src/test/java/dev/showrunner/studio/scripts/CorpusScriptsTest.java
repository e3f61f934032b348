package dev.showrunner.studio.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.model.SceneHeading;
import dev.showrunner.studio.scripts.merge.MergeResult;
import dev.showrunner.studio.scripts.merge.ThreeWayMerge;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The studio's preview and merge over real scripts (corpus, MIT, from jumpcut; licence beside them). */
class CorpusScriptsTest {

    static String corpus(String name) throws IOException {
        try (InputStream in = CorpusScriptsTest.class.getResourceAsStream("/corpus/" + name + ".fountain")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"brick-n-steel", "gumshoe", "mostly-genius"})
    void preview_corpusScript_listsTheScenesTheEngineReads(String name) throws IOException {
        String text = corpus(name);
        List<String> engine = Fountain.read(text).sceneHeadings().stream()
                .map(SceneHeading::text).map(t -> t.plain().strip()).toList();
        Preview.Result preview = Preview.render(text);
        assertThat(preview.scenes()).extracting(Preview.Scene::heading)
                .containsExactlyElementsOf(engine.stream().map(h -> h.toUpperCase(java.util.Locale.ROOT)).toList());
        assertThat(preview.pages()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"brick-n-steel", "gumshoe", "mostly-genius"})
    void livePages_corpusScript_drawsEveryPageTheEngineLaysOut(String name) throws IOException {
        String text = corpus(name);
        var script = Fountain.read(text);
        var pages = dev.showrunner.screenplay.layout.Layout.paginate(script,
                dev.showrunner.screenplay.layout.PageFormat.forScript(script),
                dev.showrunner.screenplay.layout.LayoutOptions.DEFAULTS);
        Preview.Result live = LivePages.render(text);
        assertThat(live.pageCount()).isEqualTo(pages.pages().size());
        for (int n = 1; n <= pages.pages().size(); n++) {
            assertThat(live.html()).contains("id=\"page-" + n + "\"");
        }
        assertThat(live.scenes()).hasSize(pages.scenes().size());
        assertThat(live.scenes()).allSatisfy(s -> assertThat(s.page()).isBetween(1, pages.pages().size()));
        assertThat(live.html()).doesNotContain("<script");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gumshoe", "mostly-genius"})
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
        var mine = new java.util.ArrayList<>(lines);
        mine.set(early, lines.get(early) + " (mine)");
        var theirs = new java.util.ArrayList<>(lines);
        theirs.set(late, lines.get(late) + " (theirs)");
        MergeResult r = ThreeWayMerge.merge(lines, mine, theirs);
        assertThat(r.clean()).isTrue();
        List<String> merged = ThreeWayMerge.lines(r.text("", ""));
        assertThat(merged).hasSize(lines.size());
        assertThat(merged.get(early)).endsWith("(mine)");
        assertThat(merged.get(late)).endsWith("(theirs)");
    }
}
