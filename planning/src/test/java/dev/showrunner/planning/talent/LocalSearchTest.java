package dev.showrunner.planning.talent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LocalSearchTest {

    private static Core core(TalentInstance instance) {
        return Core.of(Reduction.of(instance));
    }

    @Test
    void improve_afterTheDescents_findsACheaperOrderAndPricesItRight() {
        // 24 scenes, 12 actors: eight descents stop 2.5 % above the optimum (22394 in total)
        Core core = core(RandomInstances.generate(24, 12, 0.3, 100, 5, 1_024_123L));
        LocalSearch search = new LocalSearch(core, 1);
        search.run(8, () -> false);
        long afterDescents = search.bestHold;

        boolean improved = search.improve(200, () -> false);

        assertThat(improved).isTrue();
        assertThat(search.bestHold).isLessThan(afterDescents);
        assertThat(core.holding(search.bestOrder)).isEqualTo(search.bestHold);
        assertThat(Arrays.stream(search.bestOrder).sorted().toArray()).isEqualTo(IntStream.range(0, core.n).toArray());
    }

    @Test
    void improve_stoppedAtOnce_keepsTheBestOrder() {
        Core core = core(RandomInstances.generate(24, 12, 0.3, 100, 5, 1_024_123L));
        LocalSearch search = new LocalSearch(core, 1);
        search.run(1, () -> false);
        int[] before = search.bestOrder.clone();
        long hold = search.bestHold;

        boolean improved = search.improve(200, () -> true);

        assertThat(improved).isFalse();
        assertThat(search.bestOrder).isEqualTo(before);
        assertThat(search.bestHold).isEqualTo(hold);
    }
}
