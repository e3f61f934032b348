package dev.showrunner.screenplay.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class LineBreakerTest {

    private static List<String> wrap(String text, int columns) {
        int[] pairs = LineBreaker.wrap(text, 0, text.length(), columns);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            lines.add(text.substring(pairs[i], pairs[i + 1]));
        }
        return lines;
    }

    @Test
    void wrap_wordsPastTheColumn_moveToTheNextLine() {
        assertThat(wrap("There are some fish that cannot be caught.", 35))
                .containsExactly("There are some fish that cannot be", "caught.");
    }

    @Test
    void wrap_spacesAtTheColumn_doNotForceABreak() {
        // 35 characters then two spaces: the spaces hang past the column.
        assertThat(wrap("There are some fish that cannot be  caught.", 34))
                .containsExactly("There are some fish that cannot be", "caught.");
    }

    @Test
    void wrap_doubleSpaceBetweenSentences_countsInsideTheLine() {
        assertThat(wrap("Okay.  Thanks a lot", 12)).containsExactly("Okay.", "Thanks a lot");
        assertThat(wrap("Okay.  Thanks", 13)).containsExactly("Okay.  Thanks");
    }

    @Test
    void wrap_hyphenatedWord_breaksAfterTheHyphen() {
        assertThat(wrap("He'd taken more hundred-dollar lures", 22))
                .containsExactly("He'd taken more", "hundred-dollar lures");
        assertThat(wrap("He'd taken more hundred-dollar lures", 24))
                .containsExactly("He'd taken more hundred-", "dollar lures");
    }

    @Test
    void wrap_hyphenAtTheColumn_hangsInTheMargin() {
        // "kyju-" ends one past the column: a single trailing hyphen is not counted.
        assertThat(wrap("abcd kyju-hyvo", 9)).containsExactly("abcd kyju-", "hyvo");
    }

    @Test
    void wrap_dashesBetweenWords_breakAfterTheRun() {
        assertThat(wrap("ojo asoq ubypag--heke qebog", 17)).containsExactly("ojo asoq ubypag--", "heke qebog");
    }

    @Test
    void wrap_wordLongerThanALine_isCutAtTheColumn() {
        assertThat(wrap("abcdefghijklmnopqrstuvwxyz end", 10))
                .containsExactly("abcdefghij", "klmnopqrst", "uvwxyz end");
    }

    @Test
    void wrap_lineBreaksAndEmptyParagraphs_areKept() {
        assertThat(wrap("one\n\ntwo", 10)).containsExactly("one", "", "two");
        assertThat(wrap("", 10)).containsExactly("");
    }

    @Test
    void wrap_leadingSpacesOfAParagraph_areKept() {
        assertThat(wrap("   indented", 20)).containsExactly("   indented");
    }

    @Test
    void sentenceStarts_afterStopsAndClosers_pointAtTheNextSentence() {
        String text = "Go.  \"Now!\" he says. Why? (Because.) end";
        int[] starts = LineBreaker.sentenceStarts(text, 0, text.length());
        List<String> from = new ArrayList<>();
        for (int start : starts) {
            from.add(text.substring(start, start + 3));
        }
        assertThat(from).containsExactly("\"No", "he ", "Why", "(Be", "end");
    }

    @Test
    void sentenceStarts_abbreviationWithoutSpace_isNoBoundary() {
        String text = "Dr.Bennett waits. Then";
        assertThat(LineBreaker.sentenceStarts(text, 0, text.length())).containsExactly(text.indexOf("Then"));
    }

    @Test
    void endsSentence_ignoresClosersAndSpace() {
        assertThat(LineBreaker.endsSentence("He said \"go.\"  ", 0, 15)).isTrue();
        assertThat(LineBreaker.endsSentence("(she shakes her head)", 0, 21)).isFalse();
        assertThat(LineBreaker.endsSentence("Wait --", 0, 7)).isFalse();
    }

    @Property
    void wrap_anyText_linesFitAndKeepEveryCharacterInOrder(
            @ForAll @StringLength(max = 300) String raw, @ForAll @IntRange(min = 1, max = 70) int columns) {
        String text = raw.replace('\r', ' ');
        int[] pairs = LineBreaker.wrap(text, 0, text.length(), columns);
        StringBuilder visible = new StringBuilder();
        int previousEnd = 0;
        for (int i = 0; i < pairs.length; i += 2) {
            int start = pairs[i];
            int end = pairs[i + 1];
            assertThat(start).isGreaterThanOrEqualTo(previousEnd).isLessThanOrEqualTo(end);
            String line = text.substring(start, end);
            int hang = line.endsWith("-") ? 1 : 0;
            assertThat(line.length() - hang).isLessThanOrEqualTo(columns);
            assertThat(line).doesNotContain("\n");
            visible.append(line.replace(" ", "").replace("\t", ""));
            previousEnd = end;
        }
        assertThat(visible.toString()).isEqualTo(text.replace(" ", "").replace("\t", "").replace("\n", ""));
    }
}
