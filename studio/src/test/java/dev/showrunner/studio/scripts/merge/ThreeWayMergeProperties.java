package dev.showrunner.studio.scripts.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;

/** Laws of the merge over random edits (fixed seeds, so a failure repeats). */
class ThreeWayMergeProperties {

    private static int round;

    @RepeatedTest(200)
    void merge_ofRandomEdits_obeysIdentityAndSymmetryLaws() {
        Random random = new Random(round++);
        List<String> base = randomLines(random, 1 + random.nextInt(30));
        List<String> mine = edit(random, base);
        List<String> theirs = edit(random, base);
        // Nothing changed on one side: the result is the other side.
        assertThat(ThreeWayMerge.merge(base, base, theirs).text("", "")).isEqualTo(String.join("\n", theirs));
        assertThat(ThreeWayMerge.merge(base, mine, base).text("", "")).isEqualTo(String.join("\n", mine));
        // Both sides the same: that.
        assertThat(ThreeWayMerge.merge(base, mine, mine).text("", "")).isEqualTo(String.join("\n", mine));
        // A clean merge one way is clean the other way.
        assertThat(ThreeWayMerge.merge(base, mine, theirs).clean())
                .isEqualTo(ThreeWayMerge.merge(base, theirs, mine).clean());
    }

    private static List<String> randomLines(Random random, int n) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(random.nextInt(4) == 0 ? "" : "line " + random.nextInt(12));
        }
        return lines;
    }

    private static List<String> edit(Random random, List<String> base) {
        List<String> out = new ArrayList<>(base);
        int edits = random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(out.size() + 1);
            switch (random.nextInt(3)) {
                case 0 -> out.add(at, "new " + random.nextInt(100));
                case 1 -> {
                    if (at < out.size()) {
                        out.remove(at);
                    }
                }
                default -> {
                    if (at < out.size()) {
                        out.set(at, "changed " + random.nextInt(100));
                    }
                }
            }
        }
        return out;
    }
}
