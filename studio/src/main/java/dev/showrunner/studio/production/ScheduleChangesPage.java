package dev.showrunner.studio.production;

import dev.showrunner.studio.web.Chrome;
import dev.showrunner.planning.schedule.ScheduleChanges;
import dev.showrunner.planning.schedule.ShootingSchedule;
import dev.showrunner.studio.production.SavedSchedule;
import dev.showrunner.studio.series.Episode;
import dev.showrunner.studio.series.Series;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * What changed from one saved schedule to a later one: the scenes shot on another date, those
 * added and those cut, with both schedules' days and costs; {@code saved} lists every saved
 * schedule, for choosing another to compare with; {@code seconds} fills the schedule page's form
 * when a schedule is opened.
 */
public record ScheduleChangesPage(Chrome chrome, Series series, Episode episode, SavedSchedule from, SavedSchedule to,
        ScheduleChanges changes, List<SavedSchedule> saved, int seconds) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    /** "Day 3, Wed 3 Mar". */
    public String day(ShootingSchedule.Day day) {
        return "Day " + day.number() + ", " + DAY.format(day.date());
    }

    /** "+2", "−1", "0": how much the later figure is above the earlier. */
    public static String change(long before, long after) {
        long d = after - before;
        return d > 0 ? "+" + d : d < 0 ? "−" + (-d) : "0";
    }

    /** The schedule page's address of a saved schedule. */
    public String open(SavedSchedule s) {
        return SchedulePage.address(s, seconds);
    }
}
