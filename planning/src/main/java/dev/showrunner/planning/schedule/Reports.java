package dev.showrunner.planning.schedule;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.text.ICalWriter;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import dev.showrunner.planning.breakdown.Csv;
import dev.showrunner.planning.breakdown.Sheet;
import dev.showrunner.screenplay.layout.Eighths;
import dev.showrunner.screenplay.model.Setting;
import dev.showrunner.screenplay.stats.TimeOfDay;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

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
                    "END OF DAY " + day.number() + " of " + schedule.days().size(), "", Eighths.of(day.eighths()).toString(), "",
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

    /** One all-day event per shooting day (RFC 5545), stamped with the time of this call. */
    public static String iCalendar(ShootingSchedule schedule, String title) {
        return iCalendar(schedule, title, Instant.now());
    }

    /**
     * One all-day event per shooting day (RFC 5545), written by biweekly: {@code DTSTAMP} the
     * time of export, {@code exported}; each {@code UID} a name-based UUID of the title, the
     * date and the day number, so that exporting the same schedule again updates the same
     * events in a calendar, whatever script the title is in, and two titles never share one.
     * Lines are folded at 75 octets of UTF-8, never inside a character (biweekly folds at 75
     * characters, which a Cyrillic or Greek title overruns).
     */
    public static String iCalendar(ShootingSchedule schedule, String title, Instant exported) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Showrunner//Shooting schedule//EN");
        ZoneId zone = ZoneId.systemDefault(); // biweekly writes a date without time in the default zone
        for (ShootingSchedule.Day day : schedule.days()) {
            List<String> scenes = new ArrayList<>();
            for (Sheet s : day.scenes()) {
                scenes.add(s.displayNumber());
            }
            VEvent event = new VEvent();
            event.setUid(uid(title, day));
            event.setDateTimeStamp(Date.from(exported));
            event.setDateStart(new DateStart(Date.from(day.date().atStartOfDay(zone).toInstant()), false));
            event.setDateEnd(new DateEnd(Date.from(day.date().plusDays(1).atStartOfDay(zone).toInstant()), false));
            event.setSummary(title + " - day " + day.number() + " of " + schedule.days().size() + ": scenes "
                    + String.join(", ", scenes) + " (" + Eighths.of(day.eighths()).withUnit() + ")");
            calendar.addEvent(event);
        }
        StringWriter unfolded = new StringWriter();
        try (ICalWriter writer = new ICalWriter(unfolded, ICalVersion.V2_0)) {
            writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
            writer.write(calendar);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return foldOctets(unfolded.toString());
    }

    /** A shooting day's UID: stable across exports, the same for any script the title is in. */
    static String uid(String title, ShootingSchedule.Day day) {
        String name = "showrunner shooting day\n" + title + "\n" + day.date() + "\n" + day.number();
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)) + "@showrunner";
    }

    /** Most octets of a content line, the line break not counted (RFC 5545, 3.1). */
    static final int LINE_OCTETS = 75;

    /**
     * Folds each line of {@code text} (lines end in CRLF) to at most {@link #LINE_OCTETS}
     * octets of UTF-8: a line break and a space before the character that would overrun, so
     * no character's octets are split across lines.
     */
    static String foldOctets(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 32);
        int octets = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int length = Character.charCount(cp);
            if (cp == '\r' || cp == '\n') {
                out.append((char) cp);
                octets = 0;
                i += length;
                continue;
            }
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (octets + size > LINE_OCTETS) {
                out.append("\r\n ");
                octets = 1; // the space that marks the continuation
            }
            out.appendCodePoint(cp);
            octets += size;
            i += length;
        }
        return out.toString();
    }
}
