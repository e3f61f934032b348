package dev.showrunner.studio.production;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.planning.breakdown.Breakdown;
import dev.showrunner.planning.breakdown.Elements;
import dev.showrunner.planning.schedule.Constraints;
import dev.showrunner.planning.schedule.ScheduleRequest;
import dev.showrunner.planning.schedule.ShootingSchedule;
import dev.showrunner.planning.schedule.ShootingScheduler;
import dev.showrunner.screenplay.fountain.Fountain;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A saved board carried to a later draft of the script. */
class BoardFormTest {

    private static final Breakdown FIRST = Breakdown.of(Fountain.read("""
            INT. DINER - NIGHT #1#

            MARY sits.

            EXT. PARKING LOT - DAY #2#

            JOHN waits.

            INT. DINER - NIGHT #3#

            They argue.
            """), Elements.none());

    /** Scene 2 cut, scene 3 moved to the pier, scenes 4 and 5 new. */
    private static final Breakdown REVISED = Breakdown.of(Fountain.read("""
            INT. DINER - NIGHT #1#

            MARY sits.

            EXT. PIER - NIGHT #3#

            They argue.

            EXT. PIER - DAY #4#

            Gulls.

            INT. DINER - DAY #5#

            Coffee.
            """), Elements.none());

    private static ShootingSchedule saved() {
        return ShootingScheduler.arrange(ScheduleRequest.of(FIRST, 40, LocalDate.of(2027, 3, 1)), Constraints.none(),
                new int[] {1, 2, 3});
    }

    @Test
    void carried_together_keepsUnchangedScenesAndPutsTheRestOnTheDayAfterTheLast() {
        BoardForm.Carried carried = BoardForm.carried(saved(), REVISED.sheets(), false);

        // scene 1 keeps day 1; days 2 and 3 lost their scenes and close up; 3, 4 and 5 go together
        assertThat(carried.board()).containsExactly(1, 2, 2, 2);
        assertThat(carried.kept()).containsExactly(true, false, false, false);
    }

    @Test
    void carried_apart_givesEachNewOrRewrittenSceneADayOfItsOwn() {
        BoardForm.Carried carried = BoardForm.carried(saved(), REVISED.sheets(), true);

        assertThat(carried.board()).containsExactly(1, 2, 3, 4);
        assertThat(carried.kept()).containsExactly(true, false, false, false);
    }
}
