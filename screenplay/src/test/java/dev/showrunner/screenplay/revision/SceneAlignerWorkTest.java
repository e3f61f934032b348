package dev.showrunner.screenplay.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, item 2: comparing two drafts in which every scene changed cost the square of the
 * scene count (11,000 scenes ran for minutes). The work is counted in scene comparisons, not
 * timed: all-with-all would score 4,000,000 pairs for the 2,000 scenes below.
 */
class SceneAlignerWorkTest {

    record TextItem(String key, boolean opening, String heading, List<String> body) implements SceneAligner.Item {}

    private static final int SCENES = 2_000;

    /** Scene n: a heading and four lines of words drawn from a small vocabulary, plus its own number. */
    private static List<TextItem> draft(int scenes, boolean changed, long seed) {
        Random random = new Random(seed);
        List<TextItem> out = new ArrayList<>();
        for (int n = 0; n < scenes; n++) {
            Random words = new Random(n * 31L + 7);
            List<String> body = new ArrayList<>();
            for (int line = 0; line < 4; line++) {
                StringBuilder text = new StringBuilder("Line " + line + " of " + n + ":");
                for (int w = 0; w < 12; w++) {
                    text.append(' ').append(Drafts.WORDS[words.nextInt(Drafts.WORDS.length)]);
                }
                body.add(text.toString());
            }
            if (changed) {
                // Every scene rewritten a little: one line gains words, another loses its last.
                body.set(random.nextInt(4), body.get(random.nextInt(4)) + " and then the " + Drafts.WORDS[random.nextInt(30)]);
            }
            String heading = (n % 2 == 0 ? "INT. " : "EXT. ") + "ROOM " + (n % 40) + " - DAY";
            out.add(new TextItem(heading + "|" + body, false, heading, body));
        }
        return out;
    }

    @Test
    void pair_everySceneChanged_linearComparisonsAndEverySceneFound() {
        List<TextItem> old = draft(SCENES, false, 1);
        List<TextItem> now = draft(SCENES, true, 2);
        SceneAligner.Work work = SceneAligner.Work.forScenes(old.size(), now.size());

        SceneAligner.Pairing pairing = SceneAligner.pair(old, now, work);

        assertThat(work.comparisons()).isLessThanOrEqualTo(20L * (old.size() + now.size()));
        for (int i = 0; i < SCENES; i++) {
            assertThat(pairing.pairOfOld()[i]).as("old scene %d", i).isEqualTo(i);
        }
    }

    @Test
    void pair_everySceneChangedAndMoved_findsTheMoves() {
        List<TextItem> old = draft(SCENES, false, 1);
        List<TextItem> now = new ArrayList<>(draft(SCENES, true, 3));
        // Scene 1500 moves to the front, scene 10 to the end.
        now.addFirst(now.remove(1500));
        now.addLast(now.remove(11));
        SceneAligner.Work work = SceneAligner.Work.forScenes(old.size(), now.size());

        SceneAligner.Pairing pairing = SceneAligner.pair(old, now, work);

        assertThat(work.comparisons()).isLessThanOrEqualTo(20L * (old.size() + now.size()));
        assertThat(pairing.pairOfOld()[1500]).isZero();
        assertThat(pairing.pairOfOld()[10]).isEqualTo(SCENES - 1);
        assertThat(pairing.inOrder()[1500]).isFalse();
        assertThat(pairing.inOrder()[10]).isFalse();
        assertThat(pairing.inOrder()[700]).isTrue();
    }

    @Test
    void pair_budgetSpent_stopsWithinItAndLeavesTheRestUnpaired() {
        List<TextItem> old = draft(300, false, 1);
        List<TextItem> now = draft(300, true, 2);
        SceneAligner.Work work = new SceneAligner.Work(100);

        SceneAligner.Pairing pairing = SceneAligner.pair(old, now, work);

        assertThat(work.comparisons()).isLessThanOrEqualTo(100);
        long paired = java.util.Arrays.stream(pairing.pairOfOld()).filter(j -> j >= 0).count();
        assertThat(paired).isPositive().isLessThanOrEqualTo(100);
        for (int i = 0; i < old.size(); i++) {
            int j = pairing.pairOfOld()[i];
            if (j >= 0) {
                assertThat(pairing.pairOfNew()[j]).isEqualTo(i);
            }
        }
    }
}
