package dev.showrunner.planning.schedule;

import dev.showrunner.planning.breakdown.Breakdown;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What to schedule and under which rules.
 *
 * @param breakdown the scenes, with their cast, set and length in eighths (all lengths known)
 * @param eighthsPerDay most eighths of a page shot in one day (40 = five pages)
 * @param start the first shooting day (moved forward past days off)
 * @param daysOff weekdays the company does not shoot (holidays in the day out of days)
 * @param unavailable dates cast members cannot shoot
 * @param dailyCost each cast member's daily cost (name in capitals); missing names cost 1
 * @param companyMoveCost cost of moving the company between locations within one day
 * @param dayCost cost of one shooting day for crew and equipment, in the same units
 * @param locations the shooting location of a set (set name in capitals → location), for sets
 *     the user has placed; other sets get one inferred from their name
 * @param minutesPerDay the shooting day in minutes when days are capped by time, 0 when they
 *     are capped by {@code eighthsPerDay} alone; with a time cap, a scene without a timing
 *     takes its eighths at the pace of {@code eighthsPerDay} a day
 * @param sceneMinutes the first AD's timing of scenes, in minutes, by 1-based scene position
 * @param timeLimit how long to search
 * @param boardLimit how many boards to price instead, {@link #NO_BOARD_LIMIT} to search for the
 *     time limit: a search by boards does the same on any machine (the cooling follows the
 *     boards priced, and the first board's talent solver gets a tenth of the budget in nodes
 *     on one thread), which is what a test needs; the time limit then does not apply
 */
public record ScheduleRequest(
        Breakdown breakdown,
        int eighthsPerDay,
        LocalDate start,
        Set<DayOfWeek> daysOff,
        Unavailability unavailable,
        Map<String, Long> dailyCost,
        long companyMoveCost,
        long dayCost,
        Map<String, String> locations,
        int minutesPerDay,
        Map<Integer, Integer> sceneMinutes,
        Duration timeLimit,
        long boardLimit) {

    /** {@link #boardLimit()} when the search runs for its time limit. */
    public static final long NO_BOARD_LIMIT = Long.MAX_VALUE;

    /** Locations one shooting day may visit: two company moves, the most a day can absorb. */
    public static final int MAX_SETS_PER_DAY = 3;

    /**
     * The years a shoot may start in: any real one does, and every later date of the longest
     * schedule still has a four-digit year, as the reports and the calendar print dates.
     */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2999;

    /**
     * Why {@code start}, as typed, cannot be a first shooting day, or null when it can. Checked
     * where a start is read, not here, so schedules saved before the rule still open.
     */
    public static String startProblem(LocalDate start) {
        return start.getYear() >= FIRST_YEAR && start.getYear() <= LAST_YEAR ? null
                : "the first shooting day falls in the years " + FIRST_YEAR + " to " + LAST_YEAR + ", not " + start;
    }

    public ScheduleRequest {
        Objects.requireNonNull(breakdown, "breakdown");
        Objects.requireNonNull(start, "start");
        daysOff = Set.copyOf(daysOff);
        Objects.requireNonNull(unavailable, "unavailable");
        dailyCost = Map.copyOf(dailyCost);
        locations = Map.copyOf(locations);
        sceneMinutes = Map.copyOf(sceneMinutes);
        if (minutesPerDay < 0 || minutesPerDay > 24 * 60) {
            throw new IllegalArgumentException("a shooting day lasts from 0 to 24 hours");
        }
        if (!sceneMinutes.isEmpty() && minutesPerDay == 0) {
            throw new IllegalArgumentException("scene timings need a shooting day in hours");
        }
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (boardLimit < 1) {
            throw new IllegalArgumentException("board limit must be at least 1");
        }
        if (eighthsPerDay < 1) {
            throw new IllegalArgumentException("eighths per day must be at least 1");
        }
        if (daysOff.size() >= 7) {
            throw new IllegalArgumentException("every weekday is a day off");
        }
        if (companyMoveCost < 0 || dayCost < 0) {
            throw new IllegalArgumentException("negative company move or day cost");
        }
        if (breakdown.sheets().stream().anyMatch(s -> s.eighths() == null)) {
            throw new IllegalArgumentException("scene lengths unknown: break the script down with its pagination");
        }
    }

    /**
     * Defaults: Saturdays and Sundays off, nobody unavailable, every cast member costs 1 a
     * day, a company move (or a day/night turnaround) costs 3, a shooting day 20, ten
     * seconds of search.
     */
    public static ScheduleRequest of(Breakdown breakdown, int eighthsPerDay, LocalDate start) {
        return new ScheduleRequest(breakdown, eighthsPerDay, start, Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                Unavailability.none(), Map.of(), 3, 20, Map.of(), 0, Map.of(), Duration.ofSeconds(10), NO_BOARD_LIMIT);
    }

    public ScheduleRequest withUnavailable(Unavailability dates) {
        return new ScheduleRequest(breakdown, eighthsPerDay, start, daysOff, dates, dailyCost, companyMoveCost, dayCost,
                locations, minutesPerDay, sceneMinutes, timeLimit, boardLimit);
    }

    public ScheduleRequest withDaysOff(Set<DayOfWeek> days) {
        return new ScheduleRequest(breakdown, eighthsPerDay, start, days, unavailable, dailyCost, companyMoveCost, dayCost,
                locations, minutesPerDay, sceneMinutes, timeLimit, boardLimit);
    }

    /** Daily costs by cast member (name in capitals); members not named cost 1. */
    public ScheduleRequest withDailyCost(Map<String, Long> costs) {
        return new ScheduleRequest(breakdown, eighthsPerDay, start, daysOff, unavailable, costs, companyMoveCost, dayCost,
                locations, minutesPerDay, sceneMinutes, timeLimit, boardLimit);
    }

    public ScheduleRequest withCompanyMoveCost(long cost) {
        return new ScheduleRequest(breakdown, eighthsPerDay, start, daysOff, unavailable, dailyCost, cost, dayCost,
                locations, minutesPerDay, sceneMinutes, timeLimit, boardLimit);
    }

    public ScheduleRequest withDayCost(long cost) {
        return new ScheduleRequest(breakdown, eighthsPerDay, start, daysOff, unavailable, dailyCost, companyMoveCost, cost,
                locations, minutesPerDay, sceneMinutes, timeLimit, boardLimit);
    }

    /** Shooting locations by set (set name in capitals → location name). */
    public ScheduleRequest withLocations(Map<String, String> setLocations) {
        return new ScheduleRequest(breakdown, eighthsPerDay, start, daysOff, unavailable, dailyCost, companyMoveCost, dayCost,
                setLocations, minutesPerDay, sceneMinutes, timeLimit, boardLimit);
    }

    /**
     * Days capped by time: {@code minutes} a day, scenes timed by the first AD (minutes by
     * 1-based scene position); other scenes take their eighths at the pace of
     * {@link #eighthsPerDay()} a day.
     */
    public ScheduleRequest withShootingDay(int minutes, Map<Integer, Integer> timings) {
        return new ScheduleRequest(breakdown, eighthsPerDay, start, daysOff, unavailable, dailyCost, companyMoveCost, dayCost,
                locations, minutes, timings, timeLimit, boardLimit);
    }

    public ScheduleRequest withTimeLimit(Duration limit) {
        return new ScheduleRequest(breakdown, eighthsPerDay, start, daysOff, unavailable, dailyCost, companyMoveCost, dayCost,
                locations, minutesPerDay, sceneMinutes, limit, boardLimit);
    }

    /** Searches by pricing {@code boards} boards instead of for the time limit: see {@link #boardLimit()}. */
    public ScheduleRequest withBoardLimit(long boards) {
        return new ScheduleRequest(breakdown, eighthsPerDay, start, daysOff, unavailable, dailyCost, companyMoveCost, dayCost,
                locations, minutesPerDay, sceneMinutes, timeLimit, boards);
    }
}
