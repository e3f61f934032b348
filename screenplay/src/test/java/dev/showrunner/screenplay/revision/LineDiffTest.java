package dev.showrunner.screenplay.revision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.screenplay.revision.LineDiff.Edit;
import dev.showrunner.screenplay.revision.LineDiff.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void diff_equalLists_oneEqualRun() {
        assertThat(LineDiff.diff(List.of("a", "b"), List.of("a", "b")))
                .containsExactly(new Edit(Kind.EQUAL, 0, 2, 0, 2));
    }

    @Test
    void diff_emptyLists_noEdits() {
        assertThat(LineDiff.diff(List.of(), List.of())).isEmpty();
    }

    @Test
    void diff_lineChangedInTheMiddle_replaceBetweenEqualRuns() {
        assertThat(LineDiff.diff(List.of("a", "b", "c"), List.of("a", "x", "c"))).containsExactly(
                new Edit(Kind.EQUAL, 0, 1, 0, 1),
                new Edit(Kind.REPLACE, 1, 2, 1, 2),
                new Edit(Kind.EQUAL, 2, 3, 2, 3));
    }

    @Test
    void diff_insertionAndDeletion_reportedSeparately() {
        assertThat(LineDiff.diff(List.of("a", "b", "c", "d"), List.of("b", "c", "x", "d"))).containsExactly(
                new Edit(Kind.DELETE, 0, 1, 0, 0),
                new Edit(Kind.EQUAL, 1, 3, 0, 2),
                new Edit(Kind.INSERT, 3, 3, 2, 3),
                new Edit(Kind.EQUAL, 3, 4, 3, 4));
    }

    @Test
    void diff_myersPaperExample_fiveEdits() {
        // Myers (1986), figure 1: ABCABBA -> CBABAC has an edit distance of 5.
        List<String> a = List.of("A", "B", "C", "A", "B", "B", "A");
        List<String> b = List.of("C", "B", "A", "B", "A", "C");
        int edits = LineDiff.diff(a, b).stream()
                .filter(e -> e.kind() != Kind.EQUAL).mapToInt(e -> e.oldLength() + e.newLength()).sum();
        assertThat(edits).isEqualTo(5);
    }

    @Test
    void matches_deletedItem_minusOne() {
        assertThat(LineDiff.matches(List.of("a", "b", "c"), List.of("a", "c", "d"))).containsExactly(0, -1, 1);
    }
}
