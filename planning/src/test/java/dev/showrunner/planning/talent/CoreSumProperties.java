package dev.showrunner.planning.talent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * The core's sums of durations and costs over a set, whichever way it answers them (bit
 * planes for small weights, byte tables for large ones), against adding the weights one by one.
 */
class CoreSumProperties {

    @Property(tries = 400)
    void durationAndCostSums_equalTheWeightsAddedOneByOne(
            @ForAll @Size(min = 2, max = 64) List<@LongRange(min = 1, max = 5) Long> smallDurations,
            @ForAll @Size(min = 1, max = 64) List<@LongRange(min = 1, max = 7) Long> smallCosts,
            @ForAll @IntRange(min = 0, max = 3) int costScale,
            @ForAll @IntRange(min = 0, max = 3) int durationScale,
            @ForAll long sceneMask,
            @ForAll long actorMask) {
        // scaled weights reach past the planes' limit, so both ways of summing are checked
        long[] duration = smallDurations.stream().mapToLong(d -> d << (6 * durationScale)).toArray();
        long[] cost = smallCosts.stream().mapToLong(c -> c << (7 * costScale)).toArray();
        long[] sceneActors = new long[duration.length];
        for (int s = 0; s < duration.length; s++) {
            sceneActors[s] = 1L << (s % cost.length);
        }
        Core core = new Core(sceneActors, duration, cost);
        long scenes = duration.length == 64 ? sceneMask : sceneMask & ((1L << duration.length) - 1);
        long actors = cost.length == 64 ? actorMask : actorMask & ((1L << cost.length) - 1);

        assertThat(core.durationOf(scenes)).isEqualTo(addUp(duration, scenes));
        assertThat(core.costOf(actors)).isEqualTo(addUp(cost, actors));
    }

    private static long addUp(long[] weights, long mask) {
        long sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if ((mask >>> i & 1) != 0) {
                sum += weights[i];
            }
        }
        return sum;
    }
}
