package dev.showrunner.planning.talent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The least holding of three actors (the triple bound) against every order of their scenes. */
class TripleBoundProperties {

    @Test
    void leastHolding_threeActorsPairwiseSharing_someoneWaitsThroughTheCheapestGap() {
        // kinds: 1 = actor 0 alone, 2 = actor 1, 4 = actor 2, 3 = actors 0+1, 5 = 0+2, 6 = 1+2
        long[] length = new long[8];
        length[1] = 2;
        length[2] = 3;
        length[4] = 4;
        length[3] = 1;
        length[5] = 1;
        length[6] = 1;

        long h = Search.leastHolding(length, new long[] {10, 10, 10}, new long[128]);

        assertThat(h).isEqualTo(bruteForce(length, new long[] {10, 10, 10})).isPositive();
    }

    @Property(tries = 300)
    void leastHolding_equalsTheBestOrderOfTheKinds(@ForAll @Size(8) List<@IntRange(min = 0, max = 4) Integer> lengths,
            @ForAll @Size(3) List<@IntRange(min = 1, max = 9) Integer> costs) {
        long[] length = new long[8];
        for (int k = 1; k < 8; k++) {
            length[k] = lengths.get(k);
        }
        long[] cost = costs.stream().mapToLong(Integer::longValue).toArray();

        assertThat(Search.leastHolding(length, cost, new long[128])).isEqualTo(bruteForce(length, cost));
    }

    /** Tries every order of the kinds present (scenes of one kind back to back). */
    private static long bruteForce(long[] length, long[] cost) {
        List<Integer> kinds = new ArrayList<>();
        for (int k = 1; k < 8; k++) {
            if (length[k] > 0) {
                kinds.add(k);
            }
        }
        return best(kinds, new ArrayList<>(), length, cost);
    }

    private static long best(List<Integer> left, List<Integer> order, long[] length, long[] cost) {
        if (left.isEmpty()) {
            long hold = 0;
            for (int i = 0; i < order.size(); i++) {
                for (int t = 0; t < 3; t++) {
                    boolean before = false;
                    boolean after = false;
                    for (int j = 0; j < i; j++) {
                        before |= (order.get(j) >>> t & 1) != 0;
                    }
                    for (int j = i + 1; j < order.size(); j++) {
                        after |= (order.get(j) >>> t & 1) != 0;
                    }
                    if (before && after && (order.get(i) >>> t & 1) == 0) {
                        hold += cost[t] * length[order.get(i)];
                    }
                }
            }
            return hold;
        }
        long min = Long.MAX_VALUE;
        for (int i = 0; i < left.size(); i++) {
            List<Integer> rest = new ArrayList<>(left);
            int k = rest.remove(i);
            order.add(k);
            min = Math.min(min, best(rest, order, length, cost));
            order.remove(order.size() - 1);
        }
        return min;
    }
}
