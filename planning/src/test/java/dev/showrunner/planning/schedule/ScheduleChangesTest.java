package dev.showrunner.planning.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.planning.breakdown.Breakdown;
import dev.showrunner.planning.breakdown.Elements;
import dev.showrunner.planning.breakdown.Sheet;
import dev.showrunner.screenplay.fountain.Fountain;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScheduleChangesTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    private static final Breakdown DINER = Breakdown.of(Fountain.read(InputScripts.DINER), Elements.none());

    private static ShootingSchedule board(Breakdown breakdown, int... days) {
        return ShootingScheduler.arrange(ScheduleRequest.of(breakdown, 40, MONDAY), Constraints.none(), days);
    }

    @Test
    void between_sameBoard_changesNothing() {
        ScheduleChanges changes = ScheduleChanges.between(board(DINER, 1, 2, 1, 2), board(DINER, 1, 2, 1, 2));

        assertThat(changes.isEmpty()).isTrue();
        assertThat(changes.moved()).isEmpty();
    }

    @Test
    void between_aSceneMoved_namesItsOldAndNewDates() {
        ScheduleChanges changes = ScheduleChanges.between(board(DINER, 1, 2, 1, 2), board(DINER, 1, 2, 2, 2));

        assertThat(changes.moved()).singleElement().satisfies(m -> {
            assertThat(m.scene().displayNumber()).isEqualTo("3");
            assertThat(m.from().number()).isEqualTo(1);
            assertThat(m.from().date()).isEqualTo(MONDAY);
            assertThat(m.to().number()).isEqualTo(2);
            assertThat(m.to().date()).isEqualTo(MONDAY.plusDays(1));
        });
        assertThat(changes.added()).isEmpty();
        assertThat(changes.dropped()).isEmpty();
    }

    @Test
    void between_aDayAddedBeforeTheOthers_movesEverySceneAfterIt() {
        // scene 4 goes first on a day of its own: the days after it, and every scene on them, move
        ScheduleChanges changes = ScheduleChanges.between(board(DINER, 1, 2, 1, 2), board(DINER, 2, 3, 2, 1));

        // in the earlier schedule's shooting order
        assertThat(changes.moved()).extracting(m -> m.scene().displayNumber()).containsExactly("1", "3", "2", "4");
        assertThat(changes.moved().get(3).to().date()).isEqualTo(MONDAY);
    }

    @Test
    void between_draftsWithScenesAddedAndCut_matchesScenesByTheirNumbers() {
        Breakdown numbered = Breakdown.of(Fountain.read("""
                INT. DINER - NIGHT #1#

                MARY sits.

                EXT. PARKING LOT - DAY #2#

                JOHN waits.

                INT. DINER - NIGHT #3#

                They argue.
                """), Elements.none());
        Breakdown revised = Breakdown.of(Fountain.read("""
                INT. DINER - NIGHT #1#

                MARY sits.

                INT. DINER - NIGHT #3#

                They argue.

                EXT. PIER - DAY #3A#

                Gulls.
                """), Elements.none());

        ScheduleChanges changes = ScheduleChanges.between(board(numbered, 1, 2, 1), board(revised, 1, 1, 2));

        assertThat(changes.moved()).isEmpty();
        assertThat(changes.dropped()).extracting(ScheduleChanges.Placed::scene).extracting(Sheet::displayNumber)
                .containsExactly("2");
        assertThat(changes.added()).extracting(ScheduleChanges.Placed::scene).extracting(Sheet::displayNumber)
                .containsExactly("3A");
        assertThat(changes.added().get(0).day().date()).isEqualTo(MONDAY.plusDays(1));
        assertThat(Reports.changesCsv(changes)).isEqualTo("""
                change,scene,int_ext,set,day_night,pages,cast,was_day,was_date,now_day,now_date
                added,3A,EXT,PIER,DAY,1/8,,,,2,2027-03-02
                cut,2,EXT,PARKING LOT,DAY,1/8,JOHN,2,2027-03-02,,
                """);
    }

    @Test
    void changesCsv_aSceneMoved_givesItsDaysBeforeAndNow() {
        ScheduleChanges changes = ScheduleChanges.between(board(DINER, 1, 2, 1, 2), board(DINER, 1, 2, 2, 2));

        assertThat(Reports.changesCsv(changes)).isEqualTo("""
                change,scene,int_ext,set,day_night,pages,cast,was_day,was_date,now_day,now_date
                moved,3,INT,DINER,NIGHT,2/8,JOHN MARY,1,2027-03-01,2,2027-03-02
                """);
    }

    @Test
    void between_scenesMatchedAsTheCallerSays_aSceneAddedFirstIsAddedAndTheOthersKeepTheirDates() {
        // the later draft has a new scene first; the caller (matching by content) says old 1..4 are new 2..5
        Breakdown later = Breakdown.of(Fountain.read("EXT. ROOFTOP - DAWN\n\nPigeons.\n\n" + InputScripts.DINER),
                Elements.none());
        ShootingSchedule before = board(DINER, 1, 2, 1, 2);
        ShootingSchedule after = board(later, 3, 1, 2, 1, 2);

        ScheduleChanges byPlace = ScheduleChanges.between(before, after);
        ScheduleChanges matched = ScheduleChanges.between(before, after, java.util.Map.of(1, 2, 2, 3, 3, 4, 4, 5));

        assertThat(byPlace.moved()).isNotEmpty();
        assertThat(matched.moved()).isEmpty();
        assertThat(matched.dropped()).isEmpty();
        assertThat(matched.added()).singleElement().satisfies(a -> {
            assertThat(a.scene().heading()).isEqualTo("EXT. ROOFTOP - DAWN");
            assertThat(a.day().number()).isEqualTo(3);
        });
    }
}
