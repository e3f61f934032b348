package dev.showrunner.planning.talent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Instances beyond the exact search (more than 64 scenes after preprocessing). */
class LargeInstanceTest {

    /**
     * 120 scenes, each with a different pair of 40 actors, in a script order that scatters
     * every actor's scenes (so no two scenes merge and preprocessing leaves all 120): a good
     * order keeps each actor's scenes close together.
     */
    private static TalentInstance scattered() {
        int n = 120;
        int m = 40;
        boolean[][] appears = new boolean[m][n];
        for (int s = 0; s < n; s++) {
            int a = s % m;
            int b = (a + 1 + s / m) % m;
            appears[a][s] = true;
            appears[b][s] = true;
        }
        long[] costs = new long[m];
        Arrays.fill(costs, 3);
        long[] durations = new long[n];
        Arrays.fill(durations, 1);
        return TalentInstance.of("scattered", appears, costs, durations);
    }

    @Test
    void solve_beyondExactSearch_improvesOnScriptOrderWithinItsMoveBudget() {
        TalentInstance instance = scattered();
        int[] scriptOrder = new int[instance.sceneCount()];
        Arrays.setAll(scriptOrder, i -> i);

        TalentSolution solution = TalentSolver.solve(instance,
                SolveOptions.defaults().withThreads(1).withNodeLimit(200_000));

        assertThat(solution.order()).hasSize(instance.sceneCount());
        assertThat(Arrays.stream(solution.order()).sorted().toArray()).isEqualTo(scriptOrder);
        assertThat(solution.totalCost()).isEqualTo(instance.totalCost(solution.order()));
        assertThat(solution.totalCost()).isLessThan(instance.totalCost(scriptOrder) / 2);
        assertThat(solution.lowerBound()).isEqualTo(instance.workingCost());
        assertThat(solution.nodes()).isLessThanOrEqualTo(200_000);
    }

    @Test
    void solve_beyondExactSearchWithoutTimeLimit_stopsAtALocalOptimum() {
        TalentSolution solution = TalentSolver.solve(scattered());

        assertThat(solution.proven()).isFalse();
        assertThat(solution.totalCost()).isGreaterThanOrEqualTo(solution.lowerBound());
    }
}
