package dev.showrunner.planning.schedule;

import dev.showrunner.screenplay.layout.Eighths;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words the schedule's printed reports share: how a date, a span of days and a day's
 * closing banner read, and each cast member's board ID. The drawing is print's
 * {@link dev.showrunner.print.ReportDocument}; this is what a schedule says on it.
 */
final class ReportText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private ReportText() {}

    /** Each cast member's board ID: their place in the schedule's cast list, from 1, as the day out of days numbers them. */
    static Map<String, Integer> castIds(ShootingSchedule schedule) {
        Map<String, Integer> ids = new HashMap<>();
        for (int a = 0; a < schedule.cast().size(); a++) {
            ids.put(schedule.cast().get(a), a + 1);
        }
        return ids;
    }

    /** "28 shooting days, Mon 1 Mar 2027 to Wed 7 Apr 2027, 192 pages", or "no shooting days". */
    static String span(List<ShootingSchedule.Day> days) {
        if (days.isEmpty()) {
            return "no shooting days";
        }
        int eighths = days.stream().mapToInt(ShootingSchedule.Day::eighths).sum();
        return days.size() + " shooting day" + (days.size() == 1 ? "" : "s") + ", " + day(days.get(0).date()) + " to "
                + day(days.get(days.size() - 1).date()) + ", " + Eighths.of(eighths).withUnit();
    }

    /** A day's closing banner: {@code End of Day 3 — Wed 3 Mar 2027 — 4 7/8 pages}. */
    static String endOfDay(ShootingSchedule.Day day) {
        return "End of Day " + day.number() + " \u2014 " + day(day.date()) + " \u2014 "
                + Eighths.of(day.eighths()).withUnit();
    }

    /** A date as reports print it: {@code Wed 3 Mar 2027}. */
    static String day(LocalDate date) {
        return date.format(DAY);
    }
}
