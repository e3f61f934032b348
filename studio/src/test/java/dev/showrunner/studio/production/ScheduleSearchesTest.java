package dev.showrunner.studio.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.studio.errors.StudioException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Background searches on an executor the test runs by hand and a ticker it moves: a finished
 * search is forgotten after its time, the finished ones are bounded, a running one is neither.
 */
class ScheduleSearchesTest {

    private static final String SCRIPT = """
            INT. DINER - NIGHT

            MARY
            Coffee.

            EXT. SEA - DAY

            JOHN
            Waves.

            INT. DINER - DAY

            MARY
            More coffee.
            """;

    private final AtomicLong nanos = new AtomicLong();
    private final List<Runnable> queued = new ArrayList<>();
    private final Plan plan = plan();
    private final ScheduleSettings settings = ScheduleSettings.of(40, LocalDate.of(2027, 3, 1));

    private static Plan plan() {
        try {
            return Plan.of(Fountain.read(SCRIPT), ProductionFiles.Texts.EMPTY);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private ScheduleSearches searches(int atOnce, long kept) {
        return new ScheduleSearches(atOnce, queued::add, nanos::get, kept);
    }

    private ScheduleSearches.Search start(ScheduleSearches searches, long episode) {
        return searches.start(episode, 1, 0, plan, settings, 1, Map.of());
    }

    /** Runs the queued searches to their end, in this thread. */
    private void runQueued() {
        List<Runnable> now = List.copyOf(queued);
        queued.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void get_finishedSearch_isKeptForItsTimeThenForgotten() {
        ScheduleSearches searches = searches(2, 10);
        ScheduleSearches.Search search = start(searches, 7);
        assertThat(searches.get(7, search.id()).state()).isEqualTo(ScheduleSearches.State.RUNNING);
        runQueued();

        assertThat(searches.get(7, search.id()).state()).isEqualTo(ScheduleSearches.State.DONE);
        assertThat(search.board()).isNotBlank();
        assertThatThrownBy(() -> searches.get(8, search.id()))
                .extracting(e -> ((StudioException) e).status()).as("another episode's").isEqualTo(404);

        nanos.addAndGet(ScheduleSearches.KEPT.minusSeconds(1).toNanos());
        assertThat(searches.get(7, search.id())).isSameAs(search);
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThatThrownBy(() -> searches.get(7, search.id()))
                .isInstanceOf(StudioException.class)
                .hasMessageContaining("kept for 15 minutes after it ends")
                .extracting(e -> ((StudioException) e).status()).isEqualTo(404);
    }

    @Test
    void get_runningSearch_isNeverForgottenWhateverTheTimeOrTheFinishedOnes() {
        ScheduleSearches searches = searches(3, 2);
        ScheduleSearches.Search long_ = start(searches, 7);
        Runnable longRun = queued.removeFirst();

        nanos.addAndGet(Duration.ofHours(2).toNanos());
        List<ScheduleSearches.Search> done = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            done.add(start(searches, 7));
            runQueued();
        }
        assertThat(done.stream().filter(s -> found(searches, s)).count())
                .as("finished searches kept, at most the bound").isBetween(1L, 2L);
        assertThat(searches.get(7, long_.id()).state()).isEqualTo(ScheduleSearches.State.RUNNING);

        longRun.run();
        assertThat(searches.get(7, long_.id()).state()).isEqualTo(ScheduleSearches.State.DONE);
    }

    @Test
    void start_everySlotSearching_isRefusedWith429AndTheRunningAreKept() {
        ScheduleSearches searches = searches(2, 10);
        ScheduleSearches.Search one = start(searches, 7);
        ScheduleSearches.Search two = start(searches, 7);
        assertThatThrownBy(() -> start(searches, 7))
                .isInstanceOf(StudioException.class)
                .extracting(e -> ((StudioException) e).status()).isEqualTo(429);
        assertThat(searches.get(7, one.id())).isSameAs(one);
        assertThat(searches.get(7, two.id())).isSameAs(two);

        runQueued();
        assertThat(start(searches, 7).state()).as("a slot is free again").isEqualTo(ScheduleSearches.State.RUNNING);
    }

    private static boolean found(ScheduleSearches searches, ScheduleSearches.Search search) {
        try {
            return searches.get(7, search.id()) == search;
        } catch (StudioException e) {
            return false;
        }
    }
}
