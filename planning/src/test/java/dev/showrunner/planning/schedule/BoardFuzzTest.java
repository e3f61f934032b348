package dev.showrunner.planning.schedule;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.showrunner.planning.breakdown.Breakdown;
import dev.showrunner.planning.breakdown.Elements;
import dev.showrunner.screenplay.fountain.Fountain;
import java.time.LocalDate;

class BoardFuzzTest {

    private static final ScheduleRequest REQUEST = ScheduleRequest.of(
            Breakdown.of(Fountain.read(InputScripts.DINER), Elements.none()), 8, LocalDate.of(2027, 3, 1));

    /**
     * Any text as a board (the studio's download links carry one) gives the schedule of that
     * board or fails with IllegalArgumentException saying what is wrong; nothing else escapes.
     */
    @FuzzTest(maxDuration = "20s")
    void arrange_anyText_scheduleOrIllegalArgument(String days) {
        try {
            ShootingScheduler.arrange(REQUEST, Constraints.none(), ShootingScheduler.parseBoard(days));
        } catch (IllegalArgumentException expected) {
            // a board that is not one, or not this script's
        }
    }
}
