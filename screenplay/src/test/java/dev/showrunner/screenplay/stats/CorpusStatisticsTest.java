package dev.showrunner.screenplay.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.screenplay.fountain.Fountain;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * Statistics of Big Fish against a hand count: 192 headings, the 190 lines that start with INT
 * or EXT and the two that start with "EXT/INT." (Final Draft's own source.fdx of the script has
 * exactly these 192 scene headings), and the 768 cues (a capitalised line after a blank line
 * with text under it), tallied by a separate script over the source text.
 */
class CorpusStatisticsTest {

    private static ScriptStatistics bigFish() throws Exception {
        try (InputStream in = CorpusStatisticsTest.class.getResourceAsStream("/corpus/big-fish/source.fountain")) {
            if (in == null) {
                throw new IOException("corpus/big-fish/source.fountain is missing from test resources");
            }
            return ScriptStatistics.of(Fountain.read(in.readAllBytes(), "big-fish.fountain"));
        }
    }

    @Test
    void bigFish_has192Scenes_eachHeadingOnce() throws Exception {
        ScriptStatistics stats = bigFish();

        assertThat(stats.scenes()).hasSize(192);
        assertThat(stats.scenes().getFirst().heading()).isEqualTo("INT.  WILL'S BEDROOM - NIGHT (1973)");
        assertThat(stats.scenes()).extracting(SceneStat::line).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void bigFish_speechCounts_matchTheHandCount() throws Exception {
        ScriptStatistics stats = bigFish();

        assertThat(stats.characters()).hasSize(48);
        assertThat(stats.characters().stream().mapToInt(CharacterStat::speeches).sum()).isEqualTo(768);
        assertThat(stats.characters().subList(0, 6))
                .extracting(CharacterStat::name, CharacterStat::speeches)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("EDWARD", 293),
                        org.assertj.core.groups.Tuple.tuple("WILL", 141),
                        org.assertj.core.groups.Tuple.tuple("SANDRA", 59),
                        org.assertj.core.groups.Tuple.tuple("JENNY", 58),
                        org.assertj.core.groups.Tuple.tuple("JOSEPHINE", 46),
                        org.assertj.core.groups.Tuple.tuple("AMOS", 25));
    }

    @Test
    void bigFish_sceneEighths_addUpToThePageCount() throws Exception {
        byte[] source;
        try (InputStream in = CorpusStatisticsTest.class.getResourceAsStream("/corpus/big-fish/source.fountain")) {
            source = in.readAllBytes();
        }
        var script = Fountain.read(source, "big-fish.fountain");

        ScriptStatistics stats = ScriptStatistics.paginated(script, dev.showrunner.screenplay.layout.PageFormat.forScript(script));

        assertThat(stats.pageCount()).contains(127);
        // Every page is 8/8, shared by the scenes on it. Outside any scene: page 1 (the
        // epigraph) and the opening of page 2 above the first heading (rows 0-30 of 54, 5/8).
        assertThat(stats.eighths().orElseThrow()).isBetween(127 * 8 - 8 - 5 - 8, 127 * 8 - 8 - 5);
        assertThat(stats.scenes()).allSatisfy(scene -> assertThat(scene.eighths()).isPositive());
    }
}
