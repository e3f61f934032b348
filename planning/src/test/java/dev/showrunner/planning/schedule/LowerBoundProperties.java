package dev.showrunner.planning.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.planning.breakdown.Breakdown;
import dev.showrunner.planning.breakdown.Elements;
import dev.showrunner.screenplay.fountain.Fountain;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The production schedule's lower bound against the cheapest of every board (every scene on
 * every day) of small scripts: it may be below, never above.
 */
class LowerBoundProperties {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    private static final List<String> PLACES = List.of("DINER", "MOTEL", "DOCKS");
    private static final List<String> CAST = List.of("MARY", "JOHN", "ALMA");

    /** A scene: where (index into PLACES), exterior or not, night or not, who speaks (bits), how many lines of action. */
    record Scene(int place, boolean exterior, boolean night, int cast, int actionLines) {}

    @Property(tries = 60)
    void lowerBound_neverAboveTheCheapestBoard(
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 2) Integer> places,
            @ForAll @Size(min = 6, max = 6) List<@IntRange(min = 0, max = 7) Integer> casts,
            @ForAll @Size(min = 6, max = 6) List<@IntRange(min = 1, max = 40) Integer> lengths,
            @ForAll @Size(min = 6, max = 6) List<@IntRange(min = 0, max = 3) Integer> lights,
            @ForAll @IntRange(min = 4, max = 24) int eighthsPerDay,
            @ForAll @IntRange(min = 0, max = 40) int moveCost) {
        Scene[] scenes = new Scene[places.size()];
        for (int i = 0; i < scenes.length; i++) {
            scenes[i] = new Scene(places.get(i), (lights.get(i) & 1) != 0, (lights.get(i) & 2) != 0,
                    Math.max(1, casts.get(i)), lengths.get(i));
        }
        ShootingScheduler scheduler = scheduler(scenes, eighthsPerDay, moveCost);

        assertThat(scheduler.lowerBound()).isLessThanOrEqualTo(cheapestBoard(scheduler, scenes.length));
    }

    @Example
    void lowerBound_movesDearerThanDays_countsTheCastsDayAtEachLocation() {
        // MARY in a short scene at each of three places: one day with two company moves, or
        // three days without; at 30 a move, three days are cheaper, and MARY works all three
        Scene[] scenes = {
            new Scene(0, false, false, 1, 1), new Scene(1, false, false, 1, 1), new Scene(2, false, false, 1, 1)
        };
        ShootingScheduler scheduler = scheduler(scenes, 40, 30);

        long cheapest = cheapestBoard(scheduler, scenes.length);
        assertThat(cheapest).isEqualTo(3 * 20 + 3);
        assertThat(scheduler.lowerBound()).isEqualTo(cheapest);
    }

    @Example
    void lowerBound_aLocationLongerThanADay_countsItsSecondVisit() {
        // the diner holds two scenes of about a page and a half, the docks one: with two pages a
        // day the diner needs two days, one of which must also take the docks (one company
        // move), since three days cost more than a move
        Scene[] scenes = {
            new Scene(0, false, false, 1, 34), new Scene(0, false, false, 1, 34), new Scene(2, true, false, 1, 2)
        };
        ShootingScheduler scheduler = scheduler(scenes, 16, 3);

        long cheapest = cheapestBoard(scheduler, scenes.length);
        assertThat(scheduler.lowerBound()).isEqualTo(cheapest);
    }

    @Property(tries = 300)
    void daysToHold_neverAboveTheFewestDaysThatHoldTheScenes(
            @ForAll @Size(min = 1, max = 7) List<@IntRange(min = 1, max = 20) Integer> lengths,
            @ForAll @IntRange(min = 20, max = 30) int day) {
        int[] pieces = lengths.stream().mapToInt(Integer::intValue).toArray();

        assertThat(ShootingScheduler.daysToHold(pieces, pieces.length, day)).isLessThanOrEqualTo(fewestDays(pieces, day));
    }

    @Example
    void daysToHold_scenesOverHalfADay_eachNeedADay() {
        // three scenes of five eighths in an eight-eighths day: fifteen eighths fit two days
        // by length, but no two of them share one
        assertThat(ShootingScheduler.daysToHold(new int[] {5, 5, 5}, 3, 8)).isEqualTo(3);
        // with two of three eighths beside them, the two fill the free space of the first two days
        assertThat(ShootingScheduler.daysToHold(new int[] {5, 5, 3, 3}, 4, 8)).isEqualTo(2);
    }

    /** Exact bin packing by trying each scene in each day already opened or a new one. */
    private static int fewestDays(int[] pieces, int day) {
        return pack(pieces, 0, new int[pieces.length], 0, day, pieces.length);
    }

    private static int pack(int[] pieces, int next, int[] used, int open, int day, int best) {
        if (open >= best) {
            return best;
        }
        if (next == pieces.length) {
            return open;
        }
        for (int d = 0; d <= open && d < pieces.length; d++) {
            if (used[d] + pieces[next] <= day) {
                used[d] += pieces[next];
                best = Math.min(best, pack(pieces, next + 1, used, Math.max(open, d + 1), day, best));
                used[d] -= pieces[next];
            }
        }
        return best;
    }

    private static ShootingScheduler scheduler(Scene[] scenes, int eighthsPerDay, int moveCost) {
        StringBuilder script = new StringBuilder();
        for (Scene scene : scenes) {
            script.append(scene.exterior() ? "EXT. " : "INT. ").append(PLACES.get(scene.place()))
                    .append(scene.night() ? " - NIGHT" : " - DAY").append("\n\n");
            for (int line = 0; line < scene.actionLines(); line++) {
                script.append("The light moves across the wall.\n\n");
            }
            for (int a = 0; a < CAST.size(); a++) {
                if ((scene.cast() >>> a & 1) != 0) {
                    script.append(CAST.get(a)).append("\nNow.\n\n");
                }
            }
        }
        Breakdown breakdown = Breakdown.of(Fountain.read(script.toString()), Elements.none());
        return ShootingScheduler.unstarted(ScheduleRequest.of(breakdown, eighthsPerDay, MONDAY).withCompanyMoveCost(moveCost),
                Constraints.none());
    }

    /** Every assignment of scenes to days (n^n of them; the scheduler closes empty days up). */
    private static long cheapestBoard(ShootingScheduler scheduler, int n) {
        int[] board = new int[n];
        long best = Long.MAX_VALUE;
        int total = (int) Math.pow(n, n);
        for (int code = 0; code < total; code++) {
            int c = code;
            for (int s = 0; s < n; s++) {
                board[s] = c % n;
                c /= n;
            }
            best = Math.min(best, scheduler.evaluate(board));
        }
        return best;
    }
}
