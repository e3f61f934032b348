package dev.showrunner.planning.schedule;

import dev.showrunner.print.ReportDocument;
import dev.showrunner.screenplay.layout.Paper;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The day out of days as a printed grid ({@link DayOutOfDays}): the cast down the side (ID and
 * name), every calendar day of the shoot across (month, weekday, day of the month, shooting day
 * number; days off
 * shaded and marked "off"), a code in each cell, and the totals per member at the right: work,
 * hold, holiday, idle, start, finish and paid days. When the days do not fit across one page
 * they continue on the next pages, the cast repeated on each; the totals close the last band
 * of days. When the cast does not fit down one page, it continues likewise.
 */
public final class DayOutOfDaysPdf {

    private static final float ID = 22;
    private static final float NAME = 110;
    private static final float CELL = 20;
    private static final float NUMBER = 24;
    private static final float DATE = 32;
    private static final float ROW = 13;
    private static final float HEAD_ROW = 10;
    private static final int HEAD_ROWS = 4;
    private static final float LEGEND = 24;
    private static final String[] TOTALS = {"Work", "Hold", "Holiday", "Idle", "Start", "Finish", "Total"};
    private static final float[] OFF_GREY = {0.86f, 0.86f, 0.86f};
    private static final float[] WORK_GREY = {0.72f, 0.72f, 0.72f};
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private DayOutOfDaysPdf() {}

    /** Writes the day out of days on landscape US Letter. The stream is not closed. */
    public static void write(ShootingSchedule schedule, String title, OutputStream out) throws IOException {
        write(schedule, title, Paper.LETTER, out);
    }

    /** Writes the day out of days on landscape {@code paper}. The stream is not closed. */
    public static void write(ShootingSchedule schedule, String title, Paper paper, OutputStream out) throws IOException {
        DayOutOfDays dood = DayOutOfDays.of(schedule);
        try (ReportDocument pdf = new ReportDocument(paper)) {
            List<int[]> bands = bands(dood.columns().size(), pdf.usableWidth());
            int rowsPerPage = Math.max(1, (int) ((pdf.bodyBottom() - ReportDocument.BODY_TOP - HEAD_ROWS * HEAD_ROW - LEGEND) / ROW));
            int rowPages = Math.max(1, (dood.rows().size() + rowsPerPage - 1) / rowsPerPage);
            int pages = bands.size() * rowPages;
            int page = 0;
            for (int b = 0; b < bands.size(); b++) {
                int[] band = bands.get(b);
                boolean totals = b == bands.size() - 1;
                for (int r = 0; r < rowPages; r++) {
                    int from = r * rowsPerPage;
                    int to = Math.min(dood.rows().size(), from + rowsPerPage);
                    pdf.newPage(title, subtitle(dood, band, from, to), ++page, pages);
                    grid(pdf, dood, band, dood.rows().subList(from, to), totals);
                }
            }
            pdf.save(title, out);
        }
    }

    private static float totalsWidth() {
        return 5 * NUMBER + 2 * DATE;
    }

    /**
     * Splits the columns into bands [from, to) that fit across a page; the last band leaves room
     * for the totals, and earlier bands give up columns to it so that it is never empty.
     */
    static List<int[]> bands(int columns, float usable) {
        int perBand = Math.max(1, (int) ((usable - ID - NAME) / CELL));
        int perLast = Math.max(1, (int) ((usable - ID - NAME - totalsWidth()) / CELL));
        List<int[]> bands = new ArrayList<>();
        int from = 0;
        while (columns - from > perLast) {
            int take = Math.min(perBand, columns - from - perLast);
            bands.add(new int[] {from, from + take});
            from += take;
        }
        bands.add(new int[] {from, columns});
        return bands;
    }

    private static String subtitle(DayOutOfDays dood, int[] band, int from, int to) {
        StringBuilder s = new StringBuilder("Day out of days");
        if (band[1] > band[0]) {
            DayOutOfDays.Column first = dood.columns().get(band[0]);
            DayOutOfDays.Column last = dood.columns().get(band[1] - 1);
            s.append(" \u2014 ").append(ReportText.day(first.date())).append(" to ").append(ReportText.day(last.date()));
            int shooting = (int) dood.columns().stream().filter(c -> !c.dayOff()).count();
            List<Integer> days = dood.columns().subList(band[0], band[1]).stream()
                    .filter(c -> !c.dayOff()).map(c -> c.day().number()).toList();
            if (!days.isEmpty()) {
                s.append(", shooting days ").append(days.get(0)).append('\u2013').append(days.get(days.size() - 1))
                        .append(" of ").append(shooting);
            }
        }
        if (from > 0 || to < dood.rows().size()) {
            s.append(", cast ").append(from + 1).append('\u2013').append(to).append(" of ").append(dood.rows().size());
        }
        return s.toString();
    }

    private static void grid(ReportDocument pdf, DayOutOfDays dood, int[] band, List<DayOutOfDays.Row> rows, boolean totals)
            throws IOException {
        float top = ReportDocument.BODY_TOP;
        float left = ReportDocument.MARGIN;
        float cells = left + ID + NAME;
        float totalsLeft = cells + (band[1] - band[0]) * CELL;
        float bodyTop = top + HEAD_ROWS * HEAD_ROW;
        float bottom = bodyTop + rows.size() * ROW;
        float right = totals ? totalsLeft + totalsWidth() : totalsLeft;

        // days off shaded from the header down
        for (int c = band[0]; c < band[1]; c++) {
            if (dood.columns().get(c).dayOff()) {
                pdf.fill(OFF_GREY, cells + (c - band[0]) * CELL, top, CELL, bottom - top);
            }
        }
        pdf.text(pdf.bold, 7, left + 2, top + HEAD_ROWS * HEAD_ROW - 3, "ID");
        pdf.text(pdf.bold, 7, left + ID + 2, top + HEAD_ROWS * HEAD_ROW - 3, "Cast");
        for (int c = band[0]; c < band[1]; c++) {
            DayOutOfDays.Column column = dood.columns().get(c);
            float centre = cells + (c - band[0]) * CELL + CELL / 2;
            if (c == band[0] || column.date().getDayOfMonth() == 1) {
                // the month over its first column, written into the columns after it
                pdf.text(pdf.bold, 7, centre - CELL / 2 + 2, top + HEAD_ROW - 3, column.date().format(MONTH));
            }
            pdf.centred(pdf.regular, 7, centre, top + 2 * HEAD_ROW - 3, column.date().format(WEEKDAY));
            pdf.centred(pdf.regular, 7, centre, top + 3 * HEAD_ROW - 3, Integer.toString(column.date().getDayOfMonth()));
            pdf.centred(pdf.bold, 7, centre, top + HEAD_ROWS * HEAD_ROW - 3,
                    column.dayOff() ? "off" : Integer.toString(column.day().number()));
        }
        if (totals) {
            float x = totalsLeft;
            for (String t : TOTALS) {
                float w = t.equals("Start") || t.equals("Finish") ? DATE : NUMBER;
                pdf.centred(pdf.bold, 7, x + w / 2, top + HEAD_ROWS * HEAD_ROW - 3, t);
                x += w;
            }
        }

        for (int i = 0; i < rows.size(); i++) {
            DayOutOfDays.Row row = rows.get(i);
            float rowTop = bodyTop + i * ROW;
            float baseline = rowTop + ROW - 3.5f;
            for (int c = band[0]; c < band[1]; c++) {
                String code = row.codes().get(c);
                float cellLeft = cells + (c - band[0]) * CELL;
                if (DayOutOfDays.isWork(code)) {
                    pdf.fill(WORK_GREY, cellLeft, rowTop, CELL, ROW);
                }
                pdf.centred(DayOutOfDays.isWork(code) ? pdf.bold : pdf.regular, 8, cellLeft + CELL / 2, baseline, code);
            }
            String id = Integer.toString(row.id());
            pdf.text(pdf.bold, 8, left + ID - 4 - pdf.width(pdf.bold, 8, id), baseline, id);
            pdf.text(pdf.regular, 8, left + ID + 2, baseline, pdf.fit(pdf.regular, 8, row.name(), NAME - 4));
            if (totals) {
                String[] values = {Integer.toString(row.work()), Integer.toString(row.hold()),
                    Integer.toString(row.holiday()), Integer.toString(row.idle()),
                    row.start() == null ? "" : row.start().format(DAY_MONTH),
                    row.finish() == null ? "" : row.finish().format(DAY_MONTH), Integer.toString(row.total())};
                float x = totalsLeft;
                for (int t = 0; t < values.length; t++) {
                    float w = t == 4 || t == 5 ? DATE : NUMBER;
                    pdf.centred(t == 6 ? pdf.bold : pdf.regular, 8, x + w / 2, baseline, values[t]);
                    x += w;
                }
            }
        }

        // grid lines: a frame per cell keeps the columns readable across a wide page
        for (int i = 0; i < rows.size(); i++) {
            float rowTop = bodyTop + i * ROW;
            pdf.frame(left, rowTop, right - left, ROW);
        }
        pdf.frame(left, top, ID, bottom - top);
        pdf.frame(left + ID, top, NAME, bottom - top);
        for (int c = band[0]; c < band[1]; c++) {
            pdf.frame(cells + (c - band[0]) * CELL, top, CELL, bottom - top);
        }
        if (totals) {
            float x = totalsLeft;
            for (String t : TOTALS) {
                float w = t.equals("Start") || t.equals("Finish") ? DATE : NUMBER;
                pdf.frame(x, top, w, bottom - top);
                x += w;
            }
        }
        pdf.text(pdf.regular, 7, left, bottom + 11, pdf.fit(pdf.regular, 7,
                "SW start work   W work   WF work finish   SWF start, work and finish (one day)   "
                        + "H hold (paid, not working)   HO holiday inside the stay", pdf.usableWidth()));
        pdf.text(pdf.regular, 7, left, bottom + 20, pdf.fit(pdf.regular, 7,
                "WD work, then dropped   PW picked up, work   blank: not on the payroll   "
                        + "Idle: days dropped (unpaid)   Total: paid days (work, hold, holiday)", pdf.usableWidth()));
    }
}
