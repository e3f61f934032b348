package dev.showrunner.planning.talent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The search's lower bound, with every part it adds up (exact cost of actors met at both
 * ends, pairs, leaving order at each end, triples of actors not yet met), against the true
 * least holding still to come from a state in the middle of a search, found by trying every
 * order of the remaining scenes.
 */
class BoundProperties {

    @Property(tries = 400)
    void bound_midSearchState_neverAboveTheBestCompletion(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 4, max = 8) int remaining, @ForAll @IntRange(min = 3, max = 9) int actors) {
        checkMidSearchState(seed, remaining, actors, 40);
    }

    /** Sparser casts leave more remaining scenes without any actor on location, which the bound charges apart. */
    @Property(tries = 300)
    void bound_sparseCasts_neverAboveTheBestCompletion(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 5, max = 8) int remaining, @ForAll @IntRange(min = 4, max = 9) int actors) {
        checkMidSearchState(seed, remaining, actors, 22);
    }

    /**
     * Two actors waiting at the front, one at the back who shares a scene with each, and a
     * four-day scene none of them is in: whenever it is shot, the back actor (3 a day) or both
     * front actors (2 each) are on location, so it holds at least 12, and the front actors'
     * leaving order 2 more. Pairs alone bound it at 9; the optimum is 14.
     */
    @Example
    void bound_sceneWithoutWaitingActors_holdsTheCheapestCover() {
        // actors: 0 and 1 met at the front, 2 met at the back, 3 in one scene only
        Middle middle = new Middle(new long[] {0b0101, 0b0110, 0b1000, 0b0011, 0b0100}, new long[] {1, 1, 4, 1, 1},
                new long[] {2, 2, 3, 7});

        assertThat(middle.bestCompletion()).isEqualTo(14);
        assertThat(middle.bound()).isEqualTo(14);
    }

    /**
     * Actors 0 and 1 (4 a day) waiting at the front, actor 2 (3 a day) at the back; scene A
     * (two days) has actor 1 alone, scene B (two days) actor 2 alone, scene C (one day) actors 0
     * and 2. Shot A, C, B, only actor 0 waits (through A): 8. Each end apart allows 4, the
     * pairs 6; taken together, actor 0 cannot leave before actor 2 comes (they share C), and
     * had actor 1 left after actor 0, scene A would find actor 0 or actor 2 on location: 8.
     */
    @Example
    void bound_endsTakenTogether_reachTheOptimum() {
        Middle middle = new Middle(new long[] {0b010, 0b100, 0b101, 0b011, 0b100}, new long[] {2, 2, 1, 1, 1},
                new long[] {4, 4, 3});

        assertThat(middle.bestCompletion()).isEqualTo(8);
        assertThat(middle.quickBound()).isEqualTo(6);
        assertThat(middle.bound()).isEqualTo(8);
    }

    /** Five scenes of which the first three remain, the fourth was shot at the front and the fifth at the back. */
    private record Middle(Core core, long q, long f, long b) {
        Middle(long[] sceneActors, long[] duration, long[] cost) {
            this(new Core(sceneActors, duration, cost), 0b111, sceneActors[3], sceneActors[4]);
        }

        long bestCompletion() {
            return BoundProperties.bestCompletion(core, q, f, b);
        }

        long quickBound() {
            return new Search(core, 1 << 10, () -> false).bound(q, core.actorsOf(q), f, b);
        }

        long bound() {
            return new Search(core, 1 << 10, () -> false).bound(q, core.actorsOf(q), f, b, Long.MAX_VALUE - 1);
        }
    }

    private static void checkMidSearchState(long seed, int remaining, int actors, int densityPercent) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = remaining + random.nextInt(5);
        long[] sceneActors = new long[n];
        for (int s = 0; s < n; s++) {
            for (int a = 0; a < actors; a++) {
                if (random.nextInt(100) < densityPercent) {
                    sceneActors[s] |= 1L << a;
                }
            }
        }
        long[] duration = new long[n];
        for (int s = 0; s < n; s++) {
            duration[s] = 1 + random.nextInt(4);
        }
        long[] cost = new long[actors];
        for (int a = 0; a < actors; a++) {
            cost[a] = 1 + random.nextInt(20);
        }
        Core core = new Core(sceneActors, duration, cost);
        // the scenes outside the remaining ones are already placed, each at a random end
        long q = 0;
        long f = 0;
        long b = 0;
        List<Integer> scenes = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            scenes.add(s);
        }
        java.util.Collections.shuffle(scenes, new java.util.Random(seed));
        for (int i = 0; i < n; i++) {
            int s = scenes.get(i);
            if (i < remaining) {
                q |= 1L << s;
            } else if (random.nextBoolean()) {
                f |= sceneActors[s];
            } else {
                b |= sceneActors[s];
            }
        }
        long aq = core.actorsOf(q);
        long fn = f & (aq | b);
        long bn = b & (aq | f);
        Search search = new Search(core, 1 << 10, () -> false);

        long best = bestCompletion(core, q, fn, bn);

        assertThat(search.bound(q, aq, fn, bn, Long.MAX_VALUE - 1)).isLessThanOrEqualTo(best);
        assertThat(search.bound(q, aq, fn, bn)).isLessThanOrEqualTo(best);
        assertThat(search.solve(q, fn, bn, Long.MAX_VALUE / 4)).isEqualTo(best);
    }

    /**
     * Least holding of the remaining scenes q in any order, with the actors of f on location
     * from the start of the middle stretch and those of b until its end.
     */
    private static long bestCompletion(Core core, long q, long f, long b) {
        List<Integer> left = new ArrayList<>();
        for (long x = q; x != 0; x &= x - 1) {
            left.add(Long.numberOfTrailingZeros(x));
        }
        return best(core, left, new ArrayList<>(), f, b);
    }

    private static long best(Core core, List<Integer> left, List<Integer> order, long f, long b) {
        if (left.isEmpty()) {
            long hold = 0;
            for (int i = 0; i < order.size(); i++) {
                long before = f;
                for (int j = 0; j < i; j++) {
                    before |= core.sceneActors[order.get(j)];
                }
                long after = b;
                for (int j = i + 1; j < order.size(); j++) {
                    after |= core.sceneActors[order.get(j)];
                }
                hold += core.duration[order.get(i)] * core.costOf(before & after & ~core.sceneActors[order.get(i)]);
            }
            return hold;
        }
        long min = Long.MAX_VALUE;
        for (int i = 0; i < left.size(); i++) {
            List<Integer> rest = new ArrayList<>(left);
            order.add(rest.remove(i));
            min = Math.min(min, best(core, rest, order, f, b));
            order.remove(order.size() - 1);
        }
        return min;
    }
}
