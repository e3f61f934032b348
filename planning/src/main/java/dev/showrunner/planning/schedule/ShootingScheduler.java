package dev.showrunner.planning.schedule;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Groups scenes into shooting days.
 *
 * <pre>
 * Rules (what a first AD's board obeys). A day holds scenes at no more than three locations
 * (two company moves); its eighths plus half a page of shooting time lost to each company
 * move stay within the cap, except that a scene longer than the cap gets a day to itself.
 * When the day is capped by time instead, the same holds in minutes: scenes the first AD
 * has timed take that long, the others their eighths at the pace of the eighths cap. A
 * location is what the request maps the set to, otherwise the part of the set before " - "
 * or " / ", else its first two words: sets in one building need no move.
 *
 * Cost, in cast-days:
 *   - each shooting day (crew and equipment: the request's day cost);
 *   - each cast member's daily cost for every shooting day from their first to their last,
 *     hold days included, except one drop/pickup: a gap of more than ten calendar days
 *     between two working days is unpaid (the day-out-of-days marks it D ... P);
 *   - the request's company-move cost for each move within a day, for each day that mixes
 *     day and night work (a split day), for each day work the morning after a night's work
 *     (a broken turnaround), and for each return to a location already left (the company
 *     should finish a location before it leaves);
 *   - a prohibitive price for each broken constraint (unavailable cast, contract window,
 *     precedence, fixed date), so a schedule breaks none when any schedule can avoid them;
 *     those left are named in the result.
 *
 * Method. (1) A first board from the exact talent solver (TalentSolver): the locations,
 * each taken as one long scene with all its cast, ordered so the cast waits least; the
 * scenes of each location together, day scenes before night, packed into days. (2)
 * Simulated annealing over the assignment of scenes to days, with moves a first AD makes on
 * a board: move a scene to another day or to a new day; swap two scenes; move all of one
 * location's scenes of a day elsewhere; move a day, swap two days, reverse a run of days;
 * spread a day's scenes over the other days.
 * Every candidate is priced in full (a few microseconds), runs until the time limit (or the
 * request's number of boards) or cancellation, and the best board is kept. (3) A lower bound no board under the same rules
 * can beat: every cast member works at least the days their eighths need; the shoot takes at
 * least the days its eighths need, every location is visited on at least the days its own
 * eighths need, and every visit beyond one a day costs a company move; with M moves in all, a
 * cast member works at least their locations less M days, and the bound takes the cheapest M.
 * </pre>
 *
 * <p>This class is the public face; the parts, package-private, are: {@link SceneTable} (the
 * request as arrays), {@link Annealing} (steps 1 and 2, the search and its moves),
 * {@link BoardPricing} (the rules and the cost of a board), {@link LowerBound} (step 3),
 * {@link ScheduleResult} (a board as the schedule people read) and {@link Boards} (boards from
 * outside: text, and boards arranged by hand).
 */
public final class ShootingScheduler {

    /** Shooting time a company move takes from the day, in eighths of a page (about an hour). */
    public static final int MOVE_EIGHTHS = 4;

    /** What the search has reached so far. */
    public record Progress(long cost, long lowerBound, long boards, Duration elapsed) {}

    private final SceneTable table;
    private final BoardPricing pricing;

    private ShootingScheduler(ScheduleRequest request, Constraints constraints) {
        this.table = new SceneTable(request, constraints);
        this.pricing = new BoardPricing(table);
    }

    /**
     * The location a set belongs to, for company moves: the part before " - " or " / " when
     * there is one ("BLOOM HOUSE - KITCHEN"), else the first two words ("BLOOM HOUSE MASTER
     * BEDROOM"): sets in one building need no company move.
     */
    static String location(String set) {
        return SceneTable.location(set);
    }

    /** Schedules {@code request}, stopping at its time limit or when {@code cancelled}. */
    public static ShootingSchedule schedule(ScheduleRequest request, BooleanSupplier cancelled) {
        return schedule(request, Constraints.none(), cancelled);
    }

    /**
     * Schedules {@code request} under {@code constraints} too (precedence, fixed dates,
     * contractual windows); what cannot be met is named in the result's conflicts.
     */
    public static ShootingSchedule schedule(ScheduleRequest request, Constraints constraints, BooleanSupplier cancelled) {
        return schedule(request, constraints, cancelled, p -> {});
    }

    /** As {@link #schedule(ScheduleRequest, Constraints, BooleanSupplier)}, reporting each better board. */
    public static ShootingSchedule schedule(ScheduleRequest request, Constraints constraints, BooleanSupplier cancelled,
            Consumer<Progress> progress) {
        return new Annealing(new SceneTable(request, constraints)).run(cancelled, progress);
    }

    /**
     * The schedule that shoots each scene on the day given, without searching: for a board
     * the caller already has (one found before, or moved by hand), with its cost, its bound and
     * what it breaks.
     *
     * @param dayOfScene for each scene of the breakdown, in script order, its shooting day
     *     counted from 1; days nobody uses are closed up
     * @throws IllegalArgumentException naming the scene or the day when the board has the
     *     wrong number of scenes, a day outside 1..scenes, or a day over the day's cap
     */
    public static ShootingSchedule arrange(ScheduleRequest request, Constraints constraints, int[] dayOfScene) {
        return Boards.arrange(request, constraints, dayOfScene);
    }

    /**
     * A board as text: each scene's shooting day in script order, counted from 1 and separated
     * by dots ({@code 1.1.2.3}), as {@link #arrange} takes it.
     *
     * @throws IllegalArgumentException naming the scene whose day is not a number
     */
    public static int[] parseBoard(String days) {
        return Boards.parseBoard(days);
    }

    /** A scheduler for {@code request} that has not searched yet: for tests that price boards themselves. */
    static ShootingScheduler unstarted(ScheduleRequest request, Constraints constraints) {
        return new ShootingScheduler(request, constraints);
    }

    /** No board under the request's rules costs less than this. */
    long lowerBound() {
        return LowerBound.of(table);
    }

    /** The cost of a board (scene → day slot, from 0), as the search prices it. */
    long evaluate(int[] board) {
        return pricing.evaluate(board);
    }

    /** Fewest days that can hold scenes of these lengths: see {@link LowerBound#daysToHold}. */
    static long daysToHold(int[] lengths, int count, int day) {
        return LowerBound.daysToHold(lengths, count, day);
    }
}
