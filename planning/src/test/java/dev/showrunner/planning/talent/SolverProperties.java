package dev.showrunner.planning.talent;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The exact solver against brute force on small random instances. */
class SolverProperties {

    @Provide
    Arbitrary<TalentInstance> smallInstances() {
        Arbitrary<Integer> scenes = Arbitraries.integers().between(1, 8);
        Arbitrary<Integer> actors = Arbitraries.integers().between(1, 6);
        Arbitrary<Long> seeds = Arbitraries.longs();
        Arbitrary<Integer> densities = Arbitraries.integers().between(15, 80);
        Arbitrary<Boolean> unit = Arbitraries.of(true, false);
        return Combinators.combine(scenes, actors, seeds, densities, unit).as((n, m, seed, density, unitDurations) -> {
            var random = new java.util.SplittableRandom(seed);
            boolean[][] appears = new boolean[m][n];
            for (int a = 0; a < m; a++) {
                for (int s = 0; s < n; s++) {
                    appears[a][s] = random.nextInt(100) < density;
                }
            }
            // duplicate a scene's cast now and then, to exercise merging
            if (n >= 2 && random.nextBoolean()) {
                for (int a = 0; a < m; a++) {
                    appears[a][n - 1] = appears[a][0];
                }
            }
            long[] costs = new long[m];
            for (int a = 0; a < m; a++) {
                costs[a] = random.nextInt(6); // zero costs included
            }
            long[] durations = new long[n];
            for (int s = 0; s < n; s++) {
                durations[s] = unitDurations ? 1 : random.nextInt(4); // zero durations included
            }
            return TalentInstance.of("random", appears, costs, durations);
        });
    }

    @Property(tries = 400)
    void solver_smallInstance_matchesBruteForceOptimum(@ForAll("smallInstances") TalentInstance instance) {
        TalentSolution solution = TalentSolver.solve(instance);

        assertThat(solution.proven()).isTrue();
        assertThat(solution.totalCost()).isEqualTo(bruteForce(instance));
        assertThat(instance.totalCost(solution.order())).isEqualTo(solution.totalCost());
        assertThat(solution.lowerBound()).isEqualTo(solution.totalCost());
    }

    @Property(tries = 100)
    void solver_stoppedAtOnce_returnsValidOrderWithSoundBound(@ForAll("smallInstances") TalentInstance instance) {
        TalentSolution solution = TalentSolver.solve(instance, SolveOptions.defaults().withCancellation(() -> true));

        long optimum = bruteForce(instance);
        assertThat(instance.totalCost(solution.order())).isEqualTo(solution.totalCost());
        assertThat(solution.totalCost()).isGreaterThanOrEqualTo(optimum);
        assertThat(solution.lowerBound()).isLessThanOrEqualTo(optimum);
        if (solution.proven()) {
            assertThat(solution.totalCost()).isEqualTo(optimum);
        }
    }

    @Property(tries = 60)
    void solver_generatedInstance_matchesBruteForce(@ForAll("generated") TalentInstance instance) {
        assertThat(TalentSolver.solve(instance).totalCost()).isEqualTo(bruteForce(instance));
    }

    @Provide
    Arbitrary<TalentInstance> generated() {
        return Combinators.combine(Arbitraries.integers().between(2, 8), Arbitraries.integers().between(1, 8),
                        Arbitraries.longs())
                .as((n, m, seed) -> RandomInstances.generate(n, m, 0.4, 20, 3, seed));
    }

    @Property(tries = 20)
    void solver_largeInstanceStoppedAtOnce_returnsValidOrderAndBound(@ForAll("seeds") long seed) {
        TalentInstance instance = RandomInstances.generate(30, 12, 0.3, 100, 5, seed);

        TalentSolution solution = TalentSolver.solve(instance, SolveOptions.defaults().withCancellation(() -> true));

        assertThat(solution.proven()).isFalse();
        assertThat(instance.totalCost(solution.order())).isEqualTo(solution.totalCost());
        assertThat(solution.lowerBound()).isBetween(instance.workingCost(), solution.totalCost());
        assertThat(solution.gap()).isBetween(0.0, 1.0);
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    static long bruteForce(TalentInstance instance) {
        int n = instance.sceneCount();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        long best = Long.MAX_VALUE;
        // Heap's algorithm over all permutations
        int[] c = new int[n];
        best = Math.min(best, instance.totalCost(order));
        int i = 0;
        while (i < n) {
            if (c[i] < i) {
                int j = (i % 2 == 0) ? 0 : c[i];
                int t = order[j];
                order[j] = order[i];
                order[i] = t;
                best = Math.min(best, instance.totalCost(order));
                c[i]++;
                i = 0;
            } else {
                c[i] = 0;
                i++;
            }
        }
        return best;
    }
}
