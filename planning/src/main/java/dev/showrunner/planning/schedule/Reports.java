package dev.showrunner.planning.schedule;

import dev.showrunner.planning.breakdown.Csv;
import dev.showrunner.planning.breakdown.Sheet;
import dev.showrunner.screenplay.layout.Eighths;
import dev.showrunner.screenplay.model.Setting;
import dev.showrunner.screenplay.stats.TimeOfDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The reports a first AD hands out: the stripboard, the day out of days and a calendar.
 *
 * <p>Strip colours follow the industry's convention ({@link StripColour}): white for interior
 * day, yellow for exterior day, blue for interior night, green for exterior night (dawn and
 * dusk go with night, as is common); day breaks are black strips with the day's page total.
 *
 * <p>The day out of days is computed once, in {@link DayOutOfDays}, which also lists its codes.
 * The PDF versions of both reports are {@link StripboardPdf} and {@link DayOutOfDaysPdf}.
 */
public final class Reports {

    private Reports() {}

    /** The strip colour of a scene, by the industry's convention. */
    public static StripColour stripColour(Sheet s) {
        boolean exterior = s.setting() == Setting.EXTERIOR || s.setting() == Setting.ESTABLISHING;
        if (night(s)) {
            return exterior ? StripColour.GREEN : StripColour.BLUE;
        }
        return exterior ? StripColour.YELLOW : StripColour.WHITE;
    }

    private static boolean night(Sheet s) {
        return s.light() == TimeOfDay.NIGHT || s.light() == TimeOfDay.DUSK || s.light() == TimeOfDay.DAWN;
    }

    /** "INT", "EXT", "INT/EXT" or "EST" as a strip prints it; empty when the heading says none. */
    public static String intExt(Setting setting) {
        return switch (setting) {
            case INTERIOR -> "INT";
            case EXTERIOR -> "EXT";
            case INTERIOR_EXTERIOR -> "INT/EXT";
            case ESTABLISHING -> "EST";
            case UNSPECIFIED -> "";
        };
    }

    /** "NIGHT" for night, dusk and dawn, else "DAY", as the strip prints it. */
    public static String dayNight(Sheet s) {
        return night(s) ? "NIGHT" : "DAY";
    }

    /**
     * The stripboard as CSV: one row per scene strip, one day-break row after each day. The
     * last column is where the scene is shot (the location its set belongs to), so a
     * spreadsheet can sort or count by location; it comes last so that older columns keep
     * their places.
     */
    public static String stripboardCsv(ShootingSchedule schedule) {
        StringBuilder out = new StringBuilder("strip,day,date,scene,int_ext,set,day_night,pages,cast,colour,location\n");
        for (ShootingSchedule.Day day : schedule.days()) {
            for (int i = 0; i < day.scenes().size(); i++) {
                Sheet s = day.scenes().get(i);
                List<String> cast = s.cast();
                Csv.row(out, "scene", Integer.toString(day.number()), day.date().toString(), s.displayNumber(),
                        intExt(s.setting()), s.set(), dayNight(s), s.pages(), String.join(" ", cast), stripColour(s).label(),
                        day.locations().get(i));
            }
            Csv.row(out, "day break", Integer.toString(day.number()), day.date().toString(), "", "",
                    "END OF DAY " + day.number() + " of " + schedule.days().size(), "", pages(day.eighths()), "",
                    StripColour.BLACK.label(), "");
        }
        return out.toString();
    }

    /**
     * What changed from one schedule to a later one, as a revised schedule's memo lists it: a
     * row per scene moved (its day and date before and now), added (now only) or cut (before
     * only), in the order {@link ScheduleChanges} gives them.
     */
    public static String changesCsv(ScheduleChanges changes) {
        StringBuilder out = new StringBuilder("change,scene,int_ext,set,day_night,pages,cast,was_day,was_date,now_day,now_date\n");
        for (ScheduleChanges.Moved m : changes.moved()) {
            changeRow(out, "moved", m.scene(), m.from(), m.to());
        }
        for (ScheduleChanges.Placed p : changes.added()) {
            changeRow(out, "added", p.scene(), null, p.day());
        }
        for (ScheduleChanges.Placed p : changes.dropped()) {
            changeRow(out, "cut", p.scene(), p.day(), null);
        }
        return out.toString();
    }

    private static void changeRow(StringBuilder out, String change, Sheet s, ShootingSchedule.Day was,
            ShootingSchedule.Day now) {
        Csv.row(out, change, s.displayNumber(), intExt(s.setting()), s.set(), dayNight(s), s.pages(),
                String.join(" ", s.cast()), was == null ? "" : Integer.toString(was.number()),
                was == null ? "" : was.date().toString(), now == null ? "" : Integer.toString(now.number()),
                now == null ? "" : now.date().toString());
    }

    /** Eighths of a page as a board prints them: "4 7/8", "5", "3/8". */
    public static String pages(int eighths) {
        return Eighths.of(eighths).toString();
    }

    /** The length with its unit: "3/8 page", "1 page", "4 7/8 pages". */
    public static String pagesWithUnit(int eighths) {
        return Eighths.of(eighths).withUnit();
    }

    /**
     * The day-out-of-days codes on shooting days: {@code codes[castIndex][dayIndex]}, "" when
     * not on the payroll (the days off between are in {@link DayOutOfDays}).
     */
    public static String[][] dayOutOfDays(ShootingSchedule schedule) {
        DayOutOfDays dood = DayOutOfDays.of(schedule);
        String[][] codes = new String[dood.rows().size()][];
        for (int a = 0; a < codes.length; a++) {
            List<String> row = dood.rows().get(a).codes();
            List<String> shooting = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                if (!dood.columns().get(c).dayOff()) {
                    shooting.add(row.get(c));
                }
            }
            codes[a] = shooting.toArray(String[]::new);
        }
        return codes;
    }

    /**
     * The day out of days as CSV: one row per cast member, a column per calendar day (shooting
     * days and the days off between them), then the totals.
     */
    public static String dayOutOfDaysCsv(ShootingSchedule schedule) {
        DayOutOfDays dood = DayOutOfDays.of(schedule);
        StringBuilder out = new StringBuilder("cast");
        for (DayOutOfDays.Column c : dood.columns()) {
            out.append(c.dayOff() ? ",holiday " : ",day " + c.day().number() + ' ').append(c.date());
        }
        out.append(",work,hold,holidays,idle,start,finish,total days\n");
        for (DayOutOfDays.Row r : dood.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(r.name());
            cells.addAll(r.codes());
            cells.add(Integer.toString(r.work()));
            cells.add(Integer.toString(r.hold()));
            cells.add(Integer.toString(r.holiday()));
            cells.add(Integer.toString(r.idle()));
            cells.add(r.start() == null ? "" : r.start().toString());
            cells.add(r.finish() == null ? "" : r.finish().toString());
            cells.add(Integer.toString(r.total()));
            Csv.row(out, cells.toArray(String[]::new));
        }
        return out.toString();
    }

    /** One all-day event per shooting day (RFC 5545). */
    public static String iCalendar(ShootingSchedule schedule, String title) {
        DateTimeFormatter basic = DateTimeFormatter.BASIC_ISO_DATE;
        StringBuilder out = new StringBuilder();
        out.append("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Showrunner//Shooting schedule//EN\r\n");
        for (ShootingSchedule.Day day : schedule.days()) {
            List<String> scenes = new ArrayList<>();
            for (Sheet s : day.scenes()) {
                scenes.add(s.displayNumber());
            }
            out.append("BEGIN:VEVENT\r\n");
            out.append("UID:").append(title.replaceAll("[^A-Za-z0-9]", "")).append("-day-").append(day.number())
                    .append("@showrunner\r\n");
            out.append("DTSTAMP:").append(day.date().format(basic)).append("T000000Z\r\n");
            out.append("DTSTART;VALUE=DATE:").append(day.date().format(basic)).append("\r\n");
            out.append("DTEND;VALUE=DATE:").append(day.date().plusDays(1).format(basic)).append("\r\n");
            out.append("SUMMARY:").append(escape(title + " - day " + day.number() + " of " + schedule.days().size()
                    + ": scenes " + String.join(", ", scenes) + " (" + pages(day.eighths()) + " pages)"))
                    .append("\r\n");
            out.append("END:VEVENT\r\n");
        }
        out.append("END:VCALENDAR\r\n");
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }
}
