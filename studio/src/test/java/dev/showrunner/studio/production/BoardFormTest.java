package dev.showrunner.studio.production;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.planning.breakdown.Breakdown;
import dev.showrunner.planning.breakdown.Elements;
import dev.showrunner.planning.schedule.Constraints;
import dev.showrunner.planning.schedule.ScheduleRequest;
import dev.showrunner.planning.schedule.ShootingSchedule;
import dev.showrunner.planning.schedule.ShootingScheduler;
import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.model.Screenplay;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A saved board carried to a later draft of the script. */
class BoardFormTest {

    private static final Screenplay FIRST_SCRIPT = Fountain.read("""
            INT. DINER - NIGHT #1#

            MARY sits.

            EXT. PARKING LOT - DAY #2#

            JOHN waits.

            INT. DINER - NIGHT #3#

            They argue.
            """);
    private static final Breakdown FIRST = Breakdown.of(FIRST_SCRIPT, Elements.none());

    /** Scene 2 cut, scene 3 moved to the pier, scenes 4 and 5 new. */
    private static final Screenplay REVISED_SCRIPT = Fountain.read("""
            INT. DINER - NIGHT #1#

            MARY sits.

            EXT. PIER - NIGHT #3#

            They argue.

            EXT. PIER - DAY #4#

            Gulls.

            INT. DINER - DAY #5#

            Coffee.
            """);
    private static final Breakdown REVISED = Breakdown.of(REVISED_SCRIPT, Elements.none());
    private static final Map<Integer, Integer> SAME = SceneMatch.of(FIRST_SCRIPT, REVISED_SCRIPT);

    private static ShootingSchedule saved() {
        return ShootingScheduler.arrange(ScheduleRequest.of(FIRST, 40, LocalDate.of(2027, 3, 1)), Constraints.none(),
                new int[] {1, 2, 3});
    }

    @Test
    void sceneMatch_numberedDrafts_byNumber() {
        assertThat(SAME).containsExactlyInAnyOrderEntriesOf(Map.of(1, 1, 3, 2));
    }

    @Test
    void carried_keepsEverySurvivingSceneOnItsDayRewrittenOrNot_newScenesToBeScheduledAfterTheLast() {
        BoardForm.Carried carried = BoardForm.carried(saved(), REVISED.sheets(), SAME, false, false);

        // scene 3 moved to the pier but keeps its day (day 2 lost scene 2 and closes up)
        assertThat(carried.board()).containsExactly(1, 2, 3, 3);
        assertThat(carried.kept()).containsExactly(true, true, false, false);
    }

    @Test
    void carried_beforeTheLock_matchesScenesByContentNotPosition() {
        Screenplay first = Fountain.read("""
                INT. DINER - NIGHT

                MARY sits.

                EXT. PARKING LOT - DAY

                JOHN waits.

                INT. DINER - NIGHT

                They argue.
                """);
        Screenplay added = Fountain.read("""
                EXT. ROOFTOP - DAWN

                Pigeons.

                INT. DINER - NIGHT

                MARY sits.

                EXT. PARKING LOT - DAY

                JOHN waits.

                INT. DINER - NIGHT

                They argue.
                """);
        ShootingSchedule saved = ShootingScheduler.arrange(ScheduleRequest.of(Breakdown.of(first, Elements.none()), 40,
                LocalDate.of(2027, 3, 1)), Constraints.none(), new int[] {1, 2, 1});
        BoardForm.Carried carried = BoardForm.carried(saved, Breakdown.of(added, Elements.none()).sheets(),
                SceneMatch.of(first, added), false, false);

        assertThat(carried.board()).containsExactly(3, 1, 2, 1);
        assertThat(carried.kept()).containsExactly(false, true, true, true);
    }

    @Test
    void carried_strictTogether_keepsUnchangedScenesAndPutsTheRestOnTheDayAfterTheLast() {
        BoardForm.Carried carried = BoardForm.carried(saved(), REVISED.sheets(), SAME, true, false);

        // scene 1 keeps day 1; days 2 and 3 lost their scenes and close up; 3, 4 and 5 go together
        assertThat(carried.board()).containsExactly(1, 2, 2, 2);
        assertThat(carried.kept()).containsExactly(true, false, false, false);
    }

    @Test
    void carried_strictApart_givesEachNewOrRewrittenSceneADayOfItsOwn() {
        BoardForm.Carried carried = BoardForm.carried(saved(), REVISED.sheets(), SAME, true, true);

        assertThat(carried.board()).containsExactly(1, 2, 3, 4);
        assertThat(carried.kept()).containsExactly(true, false, false, false);
    }
}
