package dev.showrunner.planning.schedule;

import dev.showrunner.planning.breakdown.Sheet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The day out of days of a shooting schedule: for each cast member, what they do on each
 * calendar day of the shoot. The CSV and the PDF both print this one model.
 *
 * <p>Codes, as Movie Magic Scheduling prints them (Entertainment Partners, "DOOD Rules"):
 * {@code SW} start work, {@code W} work, {@code WF} work finish, {@code SWF} start-work-finish
 * (one day only), {@code H} hold (a shooting day between the first and the last on which the
 * member is paid but does not work), {@code HO} holiday (a company day off inside the member's
 * paid stay). A member may be dropped and picked up when more than {@value #DROP_AFTER_DAYS}
 * calendar days separate two work days, once per production (SAG-AFTRA consecutive
 * employment rule for day performers on domestic productions): the last work day before the
 * break reads {@code WD} (or {@code SWD}), the first after it {@code PW} (or {@code PWF}), and
 * the days between are blank and unpaid ("idle"). Where several breaks qualify, the longest is
 * taken, since it saves the most pay.
 *
 * @param columns every calendar date from the first shooting day to the last, in order
 * @param rows one per cast member, in the schedule's cast order (the ID order)
 */
public record DayOutOfDays(List<Column> columns, List<Row> rows) {

    /** More than this many calendar days between two work days allow a drop and pick-up. */
    public static final int DROP_AFTER_DAYS = 10;

    public static final String HOLD = "H";
    public static final String HOLIDAY = "HO";

    public DayOutOfDays {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * One calendar day.
     *
     * @param date the date
     * @param day the shooting day on that date, or {@code null} on a company day off
     */
    public record Column(LocalDate date, ShootingSchedule.Day day) {
        public boolean dayOff() {
            return day == null;
        }
    }

    /**
     * One cast member's line.
     *
     * @param id the member's number on the board: position in the cast list, from 1
     * @param name the name as the breakdown lists it
     * @param codes the code for each column; "" when not on the payroll that day
     * @param work days worked
     * @param hold shooting days held (paid, not working)
     * @param holiday days off inside the paid stay
     * @param idle calendar days between a drop and the pick-up (unpaid)
     * @param start first work day, {@code null} if the member never works
     * @param finish last work day, {@code null} if the member never works
     */
    public record Row(int id, String name, List<String> codes, int work, int hold, int holiday, int idle,
            LocalDate start, LocalDate finish) {
        public Row {
            codes = List.copyOf(codes);
        }

        /** Paid days: work, hold and holidays. */
        public int total() {
            return work + hold + holiday;
        }
    }

    /** True when the code marks a day worked (SW, W, WF, SWF, WD, SWD, PW, PWF). */
    public static boolean isWork(String code) {
        return code.contains("W");
    }

    /** The day out of days of {@code schedule}. */
    public static DayOutOfDays of(ShootingSchedule schedule) {
        List<Column> columns = columns(schedule.days());
        List<Row> rows = new ArrayList<>();
        for (int a = 0; a < schedule.cast().size(); a++) {
            rows.add(row(a + 1, schedule.cast().get(a), columns));
        }
        return new DayOutOfDays(columns, rows);
    }

    private static List<Column> columns(List<ShootingSchedule.Day> days) {
        List<Column> columns = new ArrayList<>();
        if (days.isEmpty()) {
            return columns;
        }
        Map<LocalDate, ShootingSchedule.Day> byDate = new HashMap<>();
        for (ShootingSchedule.Day day : days) {
            byDate.put(day.date(), day);
        }
        LocalDate last = days.get(days.size() - 1).date();
        for (LocalDate d = days.get(0).date(); !d.isAfter(last); d = d.plusDays(1)) {
            columns.add(new Column(d, byDate.get(d)));
        }
        return columns;
    }

    private static Row row(int id, String name, List<Column> columns) {
        int n = columns.size();
        boolean[] works = new boolean[n];
        int first = -1;
        int last = -1;
        for (int c = 0; c < n; c++) {
            ShootingSchedule.Day day = columns.get(c).day();
            works[c] = day != null && day.scenes().stream().anyMatch(s -> inScene(s, name));
            if (works[c]) {
                first = first < 0 ? c : first;
                last = c;
            }
        }
        List<String> codes = new ArrayList<>(java.util.Collections.nCopies(n, ""));
        if (first < 0) {
            return new Row(id, name, codes, 0, 0, 0, 0, null, null);
        }
        // the one break allowed: the longest gap of more than DROP_AFTER_DAYS between work days
        int drop = -1;
        int pickUp = -1;
        int previous = first;
        for (int c = first + 1; c <= last; c++) {
            if (!works[c]) {
                continue;
            }
            int gap = c - previous; // columns are consecutive calendar days
            if (gap > DROP_AFTER_DAYS && (drop < 0 || gap > pickUp - drop)) {
                drop = previous;
                pickUp = c;
            }
            previous = c;
        }
        int work = 0;
        int hold = 0;
        int holiday = 0;
        int idle = 0;
        for (int c = first; c <= last; c++) {
            String code;
            if (works[c]) {
                code = (c == first ? "S" : c == pickUp ? "P" : "") + "W" + (c == last ? "F" : c == drop ? "D" : "");
                work++;
            } else if (c > drop && c < pickUp) {
                code = "";
                idle++;
            } else if (columns.get(c).dayOff()) {
                code = HOLIDAY;
                holiday++;
            } else {
                code = HOLD;
                hold++;
            }
            codes.set(c, code);
        }
        return new Row(id, name, codes, work, hold, holiday, idle, columns.get(first).date(),
                columns.get(last).date());
    }

    private static boolean inScene(Sheet s, String name) {
        return s.cast().contains(name);
    }
}
