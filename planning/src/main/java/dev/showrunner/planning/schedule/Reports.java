package dev.showrunner.planning.schedule;

import dev.showrunner.planning.breakdown.Sheet;
import dev.showrunner.screenplay.model.Setting;
import dev.showrunner.screenplay.stats.TimeOfDay;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The reports a first AD hands out: the stripboard, the day out of days and a calendar.
 *
 * <p>Strip colours follow the industry's convention: white for interior day, yellow for
 * exterior day, blue for interior night, green for exterior night (dawn and dusk go with
 * night, as is common); day breaks are black strips with the day's page total.
 *
 * <p>Day-out-of-days codes: SW start work, W work, H hold (paid, not working), WF work
 * finish, SWF start-work-finish (a single day); a hold longer than ten calendar days becomes a
 * drop: the last work day before it reads WD (work, drop) and the first after it PW (pick up,
 * work), the days between blank and unpaid. Days off inside a cast member's stay are listed
 * as holidays (HO) in the totals.
 */
public final class Reports {

    private static final int DROP_AFTER_DAYS = 10;

    private Reports() {}

    /** The strip colour of a scene, by the industry's convention. */
    public static String stripColour(Sheet s) {
        boolean night = s.light() == TimeOfDay.NIGHT || s.light() == TimeOfDay.DUSK || s.light() == TimeOfDay.DAWN;
        boolean exterior = s.setting() == Setting.EXTERIOR || s.setting() == Setting.ESTABLISHING;
        if (night) {
            return exterior ? "green" : "blue";
        }
        return exterior ? "yellow" : "white";
    }

    private static String intExt(Setting setting) {
        return switch (setting) {
            case INTERIOR -> "INT";
            case EXTERIOR -> "EXT";
            case INTERIOR_EXTERIOR -> "INT/EXT";
            case ESTABLISHING -> "EST";
            case UNSPECIFIED -> "";
        };
    }

    private static String dayNight(Sheet s) {
        return s.light() == TimeOfDay.NIGHT || s.light() == TimeOfDay.DUSK || s.light() == TimeOfDay.DAWN ? "NIGHT" : "DAY";
    }

    /** The stripboard as CSV: one row per scene strip, one day-break row after each day. */
    public static String stripboardCsv(ShootingSchedule schedule) {
        StringBuilder out = new StringBuilder("strip,day,date,scene,int_ext,set,day_night,pages,cast,colour\n");
        for (ShootingSchedule.Day day : schedule.days()) {
            for (Sheet s : day.scenes()) {
                List<String> cast = new ArrayList<>(s.speakingCast());
                cast.addAll(s.nonSpeakingCast());
                row(out, "scene", Integer.toString(day.number()), day.date().toString(), s.displayNumber(),
                        intExt(s.setting()), s.set(), dayNight(s), s.pages(), String.join(" ", cast), stripColour(s));
            }
            row(out, "day break", Integer.toString(day.number()), day.date().toString(), "", "",
                    "END OF DAY " + day.number() + " of " + schedule.days().size(), "", pages(day.eighths()), "",
                    "black");
        }
        return out.toString();
    }

    static String pages(int eighths) {
        int whole = eighths / 8;
        int rest = eighths % 8;
        return rest == 0 ? Integer.toString(whole) : (whole > 0 ? whole + " " : "") + rest + "/8";
    }

    /** The day-out-of-days codes: {@code codes[castIndex][dayIndex]}, "" when not on the payroll. */
    public static String[][] dayOutOfDays(ShootingSchedule schedule) {
        List<String> cast = schedule.cast();
        List<ShootingSchedule.Day> days = schedule.days();
        String[][] codes = new String[cast.size()][days.size()];
        for (int a = 0; a < cast.size(); a++) {
            boolean[] works = new boolean[days.size()];
            for (int d = 0; d < days.size(); d++) {
                for (Sheet s : days.get(d).scenes()) {
                    if (inScene(s, cast.get(a))) {
                        works[d] = true;
                    }
                }
            }
            int first = -1;
            int last = -1;
            for (int d = 0; d < days.size(); d++) {
                if (works[d]) {
                    first = first < 0 ? d : first;
                    last = d;
                }
                codes[a][d] = "";
            }
            if (first < 0) {
                continue;
            }
            int previousWork = -1;
            for (int d = first; d <= last; d++) {
                if (!works[d]) {
                    continue;
                }
                boolean dropBefore = previousWork >= 0 && days.get(previousWork).date().plusDays(DROP_AFTER_DAYS)
                        .isBefore(days.get(d).date());
                if (previousWork >= 0) {
                    for (int h = previousWork + 1; h < d; h++) {
                        codes[a][h] = dropBefore ? "" : "H";
                    }
                    if (dropBefore) {
                        codes[a][previousWork] = codes[a][previousWork].equals("SW") ? "SWD" : "WD";
                    }
                }
                String code;
                if (d == first && d == last) {
                    code = "SWF";
                } else if (d == first) {
                    code = "SW";
                } else if (d == last) {
                    code = dropBefore ? "PWF" : "WF";
                } else {
                    code = dropBefore ? "PW" : "W";
                }
                codes[a][d] = code;
                previousWork = d;
            }
        }
        return codes;
    }

    private static boolean inScene(Sheet s, String name) {
        for (String c : s.speakingCast()) {
            if (c.toUpperCase(Locale.ROOT).equals(name)) {
                return true;
            }
        }
        for (String c : s.nonSpeakingCast()) {
            if (c.toUpperCase(Locale.ROOT).equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The day out of days as CSV: one row per cast member, a column per shooting day, then totals. */
    public static String dayOutOfDaysCsv(ShootingSchedule schedule) {
        String[][] codes = dayOutOfDays(schedule);
        List<ShootingSchedule.Day> days = schedule.days();
        StringBuilder out = new StringBuilder("cast");
        for (ShootingSchedule.Day d : days) {
            out.append(",day ").append(d.number()).append(' ').append(d.date());
        }
        out.append(",work,hold,holidays,start,finish,total days\n");
        for (int a = 0; a < schedule.cast().size(); a++) {
            int work = 0;
            int hold = 0;
            int first = -1;
            int last = -1;
            List<String> cells = new ArrayList<>();
            cells.add(schedule.cast().get(a));
            for (int d = 0; d < days.size(); d++) {
                String c = codes[a][d];
                cells.add(c);
                if (c.isEmpty()) {
                    continue;
                }
                if (c.equals("H")) {
                    hold++;
                } else {
                    work++;
                }
                first = first < 0 ? d : first;
                last = d;
            }
            int holidays = 0;
            if (first >= 0) {
                for (LocalDate x = days.get(first).date(); !x.isAfter(days.get(last).date()); x = x.plusDays(1)) {
                    final LocalDate date = x;
                    if (days.stream().noneMatch(day -> day.date().equals(date))) {
                        holidays++;
                    }
                }
            }
            cells.add(Integer.toString(work));
            cells.add(Integer.toString(hold));
            cells.add(Integer.toString(holidays));
            cells.add(first < 0 ? "" : days.get(first).date().toString());
            cells.add(last < 0 ? "" : days.get(last).date().toString());
            cells.add(Integer.toString(work + hold + holidays));
            row(out, cells.toArray(String[]::new));
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

    private static void row(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            String c = cells[i] == null ? "" : cells[i];
            if (c.contains(",") || c.contains("\"") || c.contains("\n")) {
                out.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                out.append(c);
            }
        }
        out.append('\n');
    }
}
