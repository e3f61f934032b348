package dev.showrunner.planning.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Constraints beyond the cast's unavailable dates. Scene indexes are 1-based positions in the
 * breakdown.
 *
 * @param precedences pairs {@code {before, after}}: scene {@code before} is shot on an earlier
 *     day than, or earlier on the same day as, scene {@code after}
 * @param fixedDates scenes that must be shot on a given date
 * @param windows cast members' contractual windows: first and last date they may work
 * @param holidays dates the company does not shoot (public holidays, a dark day), besides its
 *     weekly days off
 * @param daysOff the weekdays the company does not shoot, or {@code null} for the request's
 *     (Saturdays and Sundays)
 */
public record Constraints(List<int[]> precedences, Map<Integer, LocalDate> fixedDates, Map<String, Window> windows,
        java.util.Set<LocalDate> holidays, java.util.Set<java.time.DayOfWeek> daysOff) {

    /** Constraints on scenes and cast, in the request's working week without holidays. */
    public Constraints(List<int[]> precedences, Map<Integer, LocalDate> fixedDates, Map<String, Window> windows) {
        this(precedences, fixedDates, windows, java.util.Set.of(), null);
    }

    public Constraints {
        precedences = precedences.stream().map(int[]::clone).toList();
        for (int[] p : precedences) {
            if (p.length != 2) {
                throw new IllegalArgumentException("a precedence is a pair {before, after}");
            }
        }
        fixedDates = Map.copyOf(fixedDates);
        windows = Map.copyOf(windows);
        holidays = java.util.Set.copyOf(holidays);
        if (daysOff != null) {
            daysOff = java.util.Set.copyOf(daysOff);
            if (daysOff.size() == 7) {
                throw new IllegalArgumentException("every day of the week is a day off");
            }
        }
    }

    /** Whether the company shoots on {@code date}, given the request's weekly {@code defaultDaysOff}. */
    public boolean shootingDay(LocalDate date, java.util.Set<java.time.DayOfWeek> defaultDaysOff) {
        return !(daysOff != null ? daysOff : defaultDaysOff).contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    public static Constraints none() {
        return new Constraints(List.of(), Map.of(), Map.of());
    }

    /**
     * These constraints with {@code pinned} scenes (1-based positions) fixed to their dates as
     * well: a first AD's strips locked on the board. A scene these constraints fix already keeps
     * its date.
     */
    public Constraints pinning(Map<Integer, LocalDate> pinned) {
        Map<Integer, LocalDate> dates = new java.util.HashMap<>(pinned);
        dates.putAll(fixedDates);
        return new Constraints(precedences, dates, windows, holidays, daysOff);
    }

    /** The dates a cast member is contracted for, both inclusive. */
    public record Window(LocalDate first, LocalDate last) {
        public Window {
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("window ends before it starts");
            }
        }

        boolean contains(LocalDate date) {
            return !date.isBefore(first) && !date.isAfter(last);
        }
    }
}
