package dev.showrunner.screenplay.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, item 2: a rewritten paragraph is diffed word by word, and Myers' algorithm costs
 * O((N + M) D); two unrelated paragraphs of a 2,000,000-character draft would have taken an
 * hour. Work is counted in steps, not timed.
 */
class MyersWorkTest {

    private static int[] random(int length, int alphabet, long seed) {
        Random random = new Random(seed);
        int[] out = new int[length];
        for (int i = 0; i < length; i++) {
            out[i] = random.nextInt(alphabet);
        }
        return out;
    }

    @Test
    void work_unrelatedSequences_linearInTheirLength() {
        int[] a = random(20_000, 8, 1);
        int[] b = random(20_000, 8, 2);

        long work = Myers.work(a, b);

        // Unbounded, this pair costs about (N + M) D / 2 = 40,000 x 10,000 / 2 steps.
        assertThat(Myers.COST_LIMIT).isEqualTo(256);
        assertThat(work).isLessThanOrEqualTo(1_024L * (a.length + b.length));
    }

    @Test
    void diff_unrelatedSequences_stillACorrectEditScript() {
        List<Integer> a = boxed(random(5_000, 8, 3));
        List<Integer> b = boxed(random(6_000, 8, 4));
        LineDiffProperties.assertCovers(a, b, LineDiff.diff(a, b));
    }

    @Property(tries = 50)
    void diff_underTheLimit_staysMinimal(@ForAll @IntRange(min = 0, max = 200) int changes, @ForAll long seed) {
        // A long text with up to 200 words changed in place: minimal means exactly 2 per change.
        Random random = new Random(seed);
        List<Integer> a = boxed(random(3_000, 1_000_000, seed));
        List<Integer> b = new ArrayList<>(a);
        java.util.Set<Integer> changed = new java.util.HashSet<>();
        while (changed.size() < changes) {
            int at = random.nextInt(b.size());
            if (changed.add(at)) {
                b.set(at, -1 - at);
            }
        }
        int edits = LineDiff.diff(a, b).stream().filter(e -> e.kind() != LineDiff.Kind.EQUAL)
                .mapToInt(e -> e.oldLength() + e.newLength()).sum();
        assertThat(edits).isEqualTo(2 * changes);
    }

    private static List<Integer> boxed(int[] values) {
        List<Integer> out = new ArrayList<>(values.length);
        for (int v : values) {
            out.add(v);
        }
        return out;
    }
}
