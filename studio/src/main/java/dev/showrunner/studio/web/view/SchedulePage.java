package dev.showrunner.studio.web.view;

import dev.showrunner.planning.breakdown.Breakdown;
import dev.showrunner.planning.breakdown.Sheet;
import dev.showrunner.planning.schedule.DayOutOfDays;
import dev.showrunner.planning.schedule.Reports;
import dev.showrunner.planning.schedule.ShootingSchedule;
import dev.showrunner.studio.scripts.Draft;
import dev.showrunner.studio.series.Episode;
import dev.showrunner.studio.series.Series;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A draft's shooting schedule: the form, then (once asked) the stripboard with its day
 * breaks, the day out of days and the downloads. {@code places} is the form's text of where the
 * sets are shot (as a locations file), {@code warnings} what looked wrong in it. {@code draft}
 * is null when the episode has no draft yet, {@code schedule} when nothing has been asked.
 */
public record SchedulePage(Chrome chrome, Series series, Episode episode, Draft draft, List<Draft> drafts,
        int eighths, LocalDate start, int seconds, String places, List<String> warnings, Breakdown breakdown,
        ShootingSchedule schedule) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    /** The strip colour's name for the row's class ("white", "yellow", "blue", "green"). */
    public String colour(Sheet sheet) {
        return Reports.stripColour(sheet).label();
    }

    public String intExt(Sheet sheet) {
        return Reports.intExt(sheet.setting());
    }

    public String dayNight(Sheet sheet) {
        return Reports.dayNight(sheet);
    }

    /** "End of Day 3 — Wed 3 Mar 2027 — 4 7/8 pages", as the stripboard's banner reads. */
    public String dayBreak(ShootingSchedule.Day day) {
        return "End of Day " + day.number() + " of " + schedule.days().size() + " — " + DAY.format(day.date()) + " — "
                + Reports.pages(day.eighths()) + (day.eighths() == 8 ? " page" : " pages");
    }

    /** How far the schedule may be from the best: (cost - bound) / cost, as "7.0 %". */
    public String gap() {
        if (schedule.cost() == 0) {
            return "0 %";
        }
        return String.format(Locale.ROOT, "%.1f %%", 100.0 * (schedule.cost() - schedule.lowerBound()) / schedule.cost());
    }

    public DayOutOfDays dayOutOfDays() {
        return DayOutOfDays.of(schedule);
    }

    /** The link to one report of this very board (each scene's day, in script order). */
    public String report(String file) {
        return "/episodes/" + episode.id() + "/schedule/" + file + "?draft=" + draft.number() + "&eighths=" + eighths
                + "&start=" + URLEncoder.encode(start.toString(), StandardCharsets.UTF_8)
                + (places.isBlank() ? "" : "&places=" + URLEncoder.encode(places, StandardCharsets.UTF_8))
                + "&days=" + schedule.board(breakdown.sheets());
    }

    /** "1 company move", "3 company moves". */
    public static String count(long n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }
}
