package dev.showrunner.screenplay.revision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.screenplay.revision.LineDiff.Edit;
import dev.showrunner.screenplay.revision.LineDiff.Kind;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class LineDiffProperties {

    @Property(tries = 500)
    void diff_anyLists_editsRebuildTheNewList(
            @ForAll @Size(max = 40) List<@StringLength(max = 1) @CharRange(from = 'a', to = 'd') String> a,
            @ForAll @Size(max = 40) List<@StringLength(max = 1) @CharRange(from = 'a', to = 'd') String> b) {
        assertCovers(a, b, LineDiff.diff(a, b));
    }

    /** The edits cover both lists in order, kept runs are equal, and applying them rebuilds {@code b}. */
    static <T> void assertCovers(List<T> a, List<T> b, List<Edit> edits) {
        List<T> rebuilt = new ArrayList<>();
        int oldAt = 0;
        int newAt = 0;
        Kind previous = null;
        for (Edit edit : edits) {
            assertThat(edit.oldStart()).isEqualTo(oldAt);
            assertThat(edit.newStart()).isEqualTo(newAt);
            assertThat(edit.kind()).isNotEqualTo(previous);
            if (edit.kind() == Kind.EQUAL) {
                assertThat(a.subList(edit.oldStart(), edit.oldEnd())).isEqualTo(b.subList(edit.newStart(), edit.newEnd()));
                rebuilt.addAll(a.subList(edit.oldStart(), edit.oldEnd()));
            } else {
                rebuilt.addAll(b.subList(edit.newStart(), edit.newEnd()));
            }
            oldAt = edit.oldEnd();
            newAt = edit.newEnd();
            previous = edit.kind();
        }
        assertThat(oldAt).isEqualTo(a.size());
        assertThat(newAt).isEqualTo(b.size());
        assertThat(rebuilt).isEqualTo(b);
    }

    @Property(tries = 500)
    void diff_anyLists_keepsALongestCommonSubsequence(
            @ForAll @Size(max = 30) List<@StringLength(max = 1) @CharRange(from = 'a', to = 'c') String> a,
            @ForAll @Size(max = 30) List<@StringLength(max = 1) @CharRange(from = 'a', to = 'c') String> b) {
        int kept = LineDiff.diff(a, b).stream().filter(e -> e.kind() == Kind.EQUAL).mapToInt(Edit::oldLength).sum();
        assertThat(kept).isEqualTo(lcs(a, b));
    }

    private static int lcs(List<String> a, List<String> b) {
        int[][] t = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                t[i][j] = a.get(i).equals(b.get(j)) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
            }
        }
        return t[0][0];
    }
}
