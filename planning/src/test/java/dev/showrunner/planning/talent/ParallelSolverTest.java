package dev.showrunner.planning.talent;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The exact search with helper threads sharing its memo, from the first search on: it proves
 * the same optimum as one thread (and as brute force where that is possible).
 */
class ParallelSolverTest {

    private static TalentSolution solveWith(TalentInstance instance, int threads) {
        return TalentSolver.solve(instance, SolveOptions.defaults().withThreads(threads), 0);
    }

    @Property(tries = 150)
    void helpers_smallInstance_matchBruteForce(@ForAll("smallInstances") TalentInstance instance,
            @ForAll @IntRange(min = 2, max = 4) int threads) {
        TalentSolution solution = solveWith(instance, threads);

        assertThat(solution.proven()).isTrue();
        assertThat(solution.totalCost()).isEqualTo(SolverProperties.bruteForce(instance));
        assertThat(instance.totalCost(solution.order())).isEqualTo(solution.totalCost());
    }

    @Property(tries = 12)
    void helpers_mediumInstance_proveTheSameOptimumAsOneThread(@ForAll("seeds") long seed,
            @ForAll @IntRange(min = 16, max = 22) int scenes, @ForAll @IntRange(min = 6, max = 10) int actors) {
        // large enough that every search of the team is busy for many states at once
        TalentInstance instance = RandomInstances.generate(scenes, actors, 0.3, 100, 5, seed);

        TalentSolution alone = solveWith(instance, 1);
        TalentSolution team = solveWith(instance, 4);

        assertThat(alone.proven()).isTrue();
        assertThat(team.proven()).isTrue();
        assertThat(team.totalCost()).isEqualTo(alone.totalCost());
        assertThat(instance.totalCost(team.order())).isEqualTo(team.totalCost());
    }

    @Property(tries = 10)
    void helpers_stoppedMidway_returnAValidOrderAndASoundBound(@ForAll("seeds") long seed) {
        TalentInstance instance = RandomInstances.generate(20, 8, 0.3, 100, 5, seed);
        long optimum = solveWith(instance, 1).totalCost();
        int[] polls = {0};

        TalentSolution stopped = TalentSolver.solve(instance,
                SolveOptions.defaults().withThreads(3).withCancellation(() -> ++polls[0] > 20), 0);

        assertThat(instance.totalCost(stopped.order())).isEqualTo(stopped.totalCost());
        assertThat(stopped.totalCost()).isGreaterThanOrEqualTo(optimum);
        assertThat(stopped.lowerBound()).isLessThanOrEqualTo(optimum);
    }

    @Provide
    Arbitrary<TalentInstance> smallInstances() {
        return new SolverProperties().smallInstances();
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }
}
