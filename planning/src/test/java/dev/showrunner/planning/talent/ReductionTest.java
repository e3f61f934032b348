package dev.showrunner.planning.talent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ReductionTest {

    /**
     * Regression: scene 4 has nobody and goes first; then the third actor is in every
     * remaining scene and leaves, which empties scene 2. Scene 2 must follow scene 4, not
     * precede it, or the third actor waits through scene 4.
     */
    @Test
    void emptiedInLaterRound_goesAfterEarlierFrontScenes() throws Exception {
        TalentInstance instance = StuckeyFormat.read(new StringReader("""
                t
                5
                3
                1 0 0 0 1  3
                1 0 1 0 0  5
                1 1 1 0 1  1
                3 2 1 1 3
                """), "regression");

        TalentSolution solution = TalentSolver.solve(instance);

        assertThat(solution.totalCost()).isEqualTo(SolverProperties.bruteForce(instance));
        assertThat(instance.totalCost(solution.order())).isEqualTo(solution.totalCost());
    }

    @Test
    void identicalScenes_mergedAndShotBackToBack() {
        boolean[][] appears = {
            {true, false, true, false},
            {false, true, false, true},
            {true, true, true, true},
        };
        TalentInstance instance = TalentInstance.of("twins", appears, new long[] {4, 7, 1}, new long[] {1, 2, 3, 4});

        Reduction reduction = Reduction.of(instance);

        // the third actor is in every scene and leaves; scenes 1 and 3 (and 2 and 4) then have
        // the same cast and merge; each remaining actor is then in one scene and leaves too,
        // so nothing is left to search and the twins stay back to back
        assertThat(reduction.sceneCount()).isZero();
        assertThat(reduction.front).containsExactlyInAnyOrder(0, 1, 2, 3);
        int[] order = reduction.front;
        int at0 = indexOf(order, 0);
        int at1 = indexOf(order, 1);
        assertThat(Math.abs(at0 - indexOf(order, 2))).isEqualTo(1);
        assertThat(Math.abs(at1 - indexOf(order, 3))).isEqualTo(1);
        assertThat(TalentSolver.solve(instance).holdingCost()).isZero();
    }

    private static int indexOf(int[] order, int scene) {
        for (int i = 0; i < order.length; i++) {
            if (order[i] == scene) {
                return i;
            }
        }
        return -1;
    }
}
