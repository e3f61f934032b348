package dev.showrunner.screenplay.fountain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.screenplay.model.DialogueBlock;
import dev.showrunner.screenplay.model.DualDialogue;
import dev.showrunner.screenplay.model.Screenplay;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The corpus scripts read into the counts of elements found by hand in their source. */
class CorpusReadTest {

    static byte[] corpus(String name) throws IOException {
        try (InputStream in = CorpusReadTest.class.getResourceAsStream("/corpus/" + name + "/source.fountain")) {
            assertThat(in).as("corpus script " + name).isNotNull();
            return in.readAllBytes();
        }
    }

    /*
     * Counted with grep and a short script independent of the reader. Headings: lines matching
     * ^(INT|EXT)[. ] (big-fish 190, brick-n-steel 6, gumshoe 22, mostly-genius 16) plus Big Fish's
     * two EXT/INT. lines (a heading to Final Draft, whose source.fdx has 192 scene headings) plus
     * forced '.' headings (brick-n-steel 2, gumshoe 3).
     * Speeches: '@' lines, or lines whose name part (before '(', without '^') has capitals and
     * no lower case, after a blank line and with a non-blank line under them.
     */
    @ParameterizedTest
    @CsvSource({
        "brick-n-steel, 8, 20, 6",
        "big-fish, 192, 768, 6",
        "gumshoe, 25, 269, 0",
        "mostly-genius, 16, 318, 5",
    })
    void read_corpusScript_findsHeadingsSpeechesAndTitleFields(String name, int headings, int speeches, int titleFields)
            throws Exception {
        Screenplay script = Fountain.read(corpus(name), name);

        long blocks = script.elements().stream().mapToLong(e -> switch (e) {
            case DialogueBlock d -> 1;
            case DualDialogue d -> 2;
            default -> 0;
        }).sum();
        assertThat(script.sceneHeadings()).hasSize(headings);
        assertThat(blocks).isEqualTo(speeches);
        assertThat(script.titlePage().fields()).hasSize(titleFields);
    }
}
