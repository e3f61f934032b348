package dev.showrunner.planning.schedule;

import dev.showrunner.planning.breakdown.Sheet;
import dev.showrunner.print.ReportDocument;
import dev.showrunner.screenplay.layout.Paper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The stripboard as a printed strip report: one coloured strip per scene in shooting order
 * (scene, INT/EXT, set, DAY/NIGHT, pages in eighths, cast by ID), a black banner after each
 * shooting day ({@code End of Day 3 — Wed 3 Mar 2027 — 4 7/8 pages}), and first a legend of
 * the cast IDs. Cast IDs are positions in the schedule's cast list, the day-out-of-days order.
 * Strips are never cut by a page break; every page repeats the header and the column titles.
 */
public final class StripboardPdf {

    private static final float FONT = 9f;
    private static final float LINE = 11f;
    private static final float PAD = 3f;
    private static final float BANNER = 17f;
    private static final float TITLES = 14f;
    private static final float LEGEND_ROW = 12f;
    private static final int LEGEND_COLUMNS = 4;

    private StripboardPdf() {}

    /** Writes the stripboard on landscape US Letter. The stream is not closed. */
    public static void write(ShootingSchedule schedule, String title, OutputStream out) throws IOException {
        write(schedule, title, Paper.LETTER, out);
    }

    /** Writes the stripboard on landscape {@code paper}. The stream is not closed. */
    public static void write(ShootingSchedule schedule, String title, Paper paper, OutputStream out) throws IOException {
        try (ReportDocument pdf = new ReportDocument(paper)) {
            new Board(pdf, schedule).write(title, out);
        }
    }

    /** A piece of the board that a page break never cuts. */
    private record Block(float height, boolean strip, ReportDocument.Draw draw) implements ReportDocument.Piece {}

    private static final class Board {
        private final ReportDocument pdf;
        private final ShootingSchedule schedule;
        private final Map<String, Integer> ids;
        // column left edges and widths: scene, int/ext, set, day/night, pages, cast
        private final float[] x = new float[6];
        private final float[] w = new float[6];

        Board(ReportDocument pdf, ShootingSchedule schedule) {
            this.pdf = pdf;
            this.schedule = schedule;
            this.ids = ReportText.castIds(schedule);
            float usable = pdf.usableWidth();
            w[0] = 46;
            w[1] = 48;
            w[3] = 44;
            w[4] = 44;
            w[5] = usable * 0.34f;
            w[2] = usable - w[0] - w[1] - w[3] - w[4] - w[5];
            x[0] = ReportDocument.MARGIN;
            for (int i = 1; i < 6; i++) {
                x[i] = x[i - 1] + w[i - 1];
            }
        }

        void write(String title, OutputStream out) throws IOException {
            List<Block> blocks = new ArrayList<>(legend());
            for (ShootingSchedule.Day day : schedule.days()) {
                for (Sheet s : day.scenes()) {
                    blocks.add(strip(s));
                }
                blocks.add(banner(day));
            }
            pdf.writePages(title, subtitle(), paginate(blocks), out);
        }

        /** Fills pages in order; a strip opening a page, or following the legend, gets the column titles first. */
        private List<List<Block>> paginate(List<Block> blocks) {
            List<List<Block>> pages = new ArrayList<>();
            List<Block> page = new ArrayList<>();
            float room = pdf.bodyBottom() - ReportDocument.BODY_TOP;
            float used = 0;
            boolean titled = false;
            for (Block b : blocks) {
                float needed = b.height() + (b.strip() && !titled ? TITLES : 0);
                if (used + needed > room && !page.isEmpty()) {
                    pages.add(page);
                    page = new ArrayList<>();
                    used = 0;
                    titled = false;
                    needed = b.height() + (b.strip() ? TITLES : 0);
                }
                if (b.strip() && !titled) {
                    page.add(new Block(TITLES, false, this::columnTitles));
                    titled = true;
                }
                page.add(b);
                used += needed;
            }
            if (!page.isEmpty() || pages.isEmpty()) {
                pages.add(page);
            }
            return pages;
        }

        private String subtitle() {
            return "Stripboard \u2014 " + ReportText.span(schedule.days());
        }

        private List<Block> legend() throws IOException {
            List<Block> blocks = new ArrayList<>();
            List<String> cast = schedule.cast();
            if (cast.isEmpty()) {
                return blocks;
            }
            blocks.add(new Block(16, false, top -> pdf.text(pdf.bold, 10, ReportDocument.MARGIN, top + 11, "Cast")));
            int rows = (cast.size() + LEGEND_COLUMNS - 1) / LEGEND_COLUMNS;
            float column = pdf.usableWidth() / LEGEND_COLUMNS;
            // numbered down the columns, as a cast list reads
            for (int r = 0; r < rows; r++) {
                final int row = r;
                blocks.add(new Block(LEGEND_ROW, false, top -> {
                    for (int c = 0; c < LEGEND_COLUMNS; c++) {
                        int a = c * rows + row;
                        if (a < cast.size()) {
                            float left = ReportDocument.MARGIN + c * column;
                            String id = Integer.toString(a + 1);
                            pdf.text(pdf.bold, FONT, left + 18 - pdf.width(pdf.bold, FONT, id), top + 9, id);
                            pdf.text(pdf.regular, FONT, left + 24, top + 9,
                                    pdf.fit(pdf.regular, FONT, cast.get(a), column - 30));
                        }
                    }
                }));
            }
            blocks.add(new Block(10, false, top -> { }));
            return blocks;
        }

        private void columnTitles(float top) throws IOException {
            pdf.fill(ReportDocument.TITLE_GREY, ReportDocument.MARGIN, top, pdf.usableWidth(), TITLES);
            String[] titles = {"Scene", "I/E", "Set", "D/N", "Pages", "Cast"};
            for (int i = 0; i < titles.length; i++) {
                pdf.text(pdf.bold, 8, x[i] + PAD, top + 10, titles[i]);
            }
        }

        private Block strip(Sheet s) throws IOException {
            // a strip fits on a page under the column titles, however long its set or cast
            int room = (int) ((pdf.bodyBottom() - ReportDocument.BODY_TOP - TITLES - 2 * PAD) / LINE);
            List<String> set = pdf.cut(pdf.regular, FONT, pdf.wrap(pdf.regular, FONT, s.set(), w[2] - 2 * PAD), room,
                    w[2] - 2 * PAD, " \u2026");
            List<String> cast = pdf.cut(pdf.regular, FONT, pdf.wrap(pdf.regular, FONT, castIds(s), w[5] - 2 * PAD), room,
                    w[5] - 2 * PAD, " \u2026");
            int lines = Math.max(set.size(), cast.size());
            float height = lines * LINE + 2 * PAD;
            StripColour colour = Reports.stripColour(s);
            return new Block(height, true, top -> {
                pdf.fill(colour.rgb(), ReportDocument.MARGIN, top, pdf.usableWidth(), height);
                pdf.frame(ReportDocument.MARGIN, top, pdf.usableWidth(), height);
                float baseline = top + PAD + 8;
                pdf.text(pdf.bold, FONT, x[0] + PAD, baseline, pdf.fit(pdf.bold, FONT, s.displayNumber(), w[0] - 2 * PAD));
                pdf.text(pdf.regular, FONT, x[1] + PAD, baseline, Reports.intExt(s.setting()));
                pdf.text(pdf.regular, FONT, x[3] + PAD, baseline, Reports.dayNight(s));
                pdf.text(pdf.regular, FONT, x[4] + PAD, baseline, s.pages());
                for (int i = 0; i < set.size(); i++) {
                    pdf.text(pdf.regular, FONT, x[2] + PAD, baseline + i * LINE, set.get(i));
                }
                for (int i = 0; i < cast.size(); i++) {
                    pdf.text(pdf.regular, FONT, x[5] + PAD, baseline + i * LINE, cast.get(i));
                }
            });
        }

        private Block banner(ShootingSchedule.Day day) {
            String text = ReportText.endOfDay(day);
            return new Block(BANNER, true, top -> {
                pdf.fill(StripColour.BLACK.rgb(), ReportDocument.MARGIN, top, pdf.usableWidth(), BANNER);
                pdf.white();
                pdf.text(pdf.bold, FONT, ReportDocument.MARGIN + PAD, top + 12, text);
                pdf.black();
            });
        }

        /** The scene's cast as board IDs, in number order. */
        private String castIds(Sheet s) {
            TreeSet<Integer> numbers = new TreeSet<>();
            for (String name : s.cast()) {
                Integer id = ids.get(name);
                if (id != null) {
                    numbers.add(id);
                }
            }
            StringBuilder out = new StringBuilder();
            for (int id : numbers) {
                out.append(out.isEmpty() ? "" : ", ").append(id);
            }
            return out.toString();
        }
    }
}
