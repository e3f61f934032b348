package dev.showrunner.planning.schedule;

import dev.showrunner.screenplay.layout.Eighths;
import dev.showrunner.planning.breakdown.Category;
import dev.showrunner.planning.breakdown.Sheet;
import dev.showrunner.print.ReportDocument;
import dev.showrunner.screenplay.layout.Paper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The shooting schedule in long form, the document each department works from: day by day,
 * every scene with its heading, strip colour and pages, and under it what it needs: the cast
 * by board ID and name, who is heard in voice-over, and the elements of its breakdown
 * (extras, props, vehicles, wardrobe, stunts, effects). A company move between two scenes of
 * a day is printed where it happens, with the location the company moves to; each day ends
 * with its banner, as on the stripboard. A scene is never cut by a page break; a day that
 * runs onto the next page says so at its top.
 */
public final class ShootingSchedulePdf {

    private static final float FONT = 9f;
    private static final float LINE = 11f;
    private static final float PAD = 3f;
    private static final float DAY_HEAD = 18f;
    private static final float BANNER = 17f;
    private static final float MOVE = 15f;
    private static final float GAP = 5f;
    private static final float SWATCH = 9f;
    /** From the left margin to the scene's heading and to its details' labels. */
    private static final float INDENT = 48f;
    /** From the labels to their values. */
    private static final float LABEL = 72f;
    private static final float[] MOVE_GREY = {0.93f, 0.93f, 0.93f};

    private ShootingSchedulePdf() {}

    /** Writes the shooting schedule on landscape {@code paper}. The stream is not closed. */
    public static void write(ShootingSchedule schedule, String title, Paper paper, OutputStream out) throws IOException {
        try (ReportDocument pdf = new ReportDocument(paper)) {
            new Document(pdf, schedule).write(title, out);
        }
    }

    private enum Kind { DAY, MOVE, SCENE, END_OF_DAY }

    /** A piece a page break never cuts; {@code day} the day it belongs to, for a "continued" heading. */
    private record Block(Kind kind, float height, ShootingSchedule.Day day, ReportDocument.Draw draw) implements ReportDocument.Piece {}

    private static final class Document {
        private final ReportDocument pdf;
        private final ShootingSchedule schedule;
        private final Map<String, Integer> ids;

        Document(ReportDocument pdf, ShootingSchedule schedule) {
            this.pdf = pdf;
            this.schedule = schedule;
            this.ids = ReportText.castIds(schedule);
        }

        void write(String title, OutputStream out) throws IOException {
            List<Block> blocks = new ArrayList<>();
            for (ShootingSchedule.Day day : schedule.days()) {
                blocks.add(dayHeading(day, false));
                for (int i = 0; i < day.scenes().size(); i++) {
                    if (i > 0 && !day.locations().get(i).equals(day.locations().get(i - 1))) {
                        blocks.add(move(day, day.locations().get(i)));
                    }
                    blocks.add(scene(day, day.scenes().get(i)));
                }
                blocks.add(banner(day));
            }
            pdf.writePages(title, subtitle(), paginate(blocks), out);
        }

        /**
         * Fills pages in order. A page that opens inside a day (after its heading, before its
         * banner) opens with the day's heading again, marked continued.
         */
        private List<List<Block>> paginate(List<Block> blocks) throws IOException {
            List<List<Block>> pages = new ArrayList<>();
            List<Block> page = new ArrayList<>();
            float room = pdf.bodyBottom() - ReportDocument.BODY_TOP;
            float used = 0;
            ShootingSchedule.Day open = null;
            for (int i = 0; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                // a day's heading stays with the day's first scene
                float needed = b.height() + (isHeading(b) && i + 1 < blocks.size() ? blocks.get(i + 1).height() : 0);
                if (used + needed > room && !page.isEmpty()) {
                    pages.add(page);
                    page = new ArrayList<>();
                    used = 0;
                    if (open != null && !isHeading(b)) {
                        Block again = dayHeading(open, true);
                        page.add(again);
                        used += again.height();
                    }
                }
                page.add(b);
                used += b.height();
                open = isHeading(b) ? b.day() : isBanner(b) ? null : open;
            }
            if (!page.isEmpty() || pages.isEmpty()) {
                pages.add(page);
            }
            return pages;
        }

        private static boolean isHeading(Block b) {
            return b.kind() == Kind.DAY;
        }

        private static boolean isBanner(Block b) {
            return b.kind() == Kind.END_OF_DAY;
        }

        private String subtitle() {
            return "Shooting schedule \u2014 " + ReportText.span(schedule.days())
                    + (schedule.days().isEmpty() ? "" : ", " + schedule.companyMoves() + " company move"
                            + (schedule.companyMoves() == 1 ? "" : "s"));
        }

        private Block dayHeading(ShootingSchedule.Day day, boolean continued) {
            String text = "Day " + day.number() + " \u2014 " + ReportText.day(day.date()) + (continued ? " (continued)" : "");
            String right = day.scenes().size() + " scene" + (day.scenes().size() == 1 ? "" : "s") + ", "
                    + Eighths.of(day.eighths()).withUnit();
            return new Block(Kind.DAY, DAY_HEAD, day, top -> {
                pdf.fill(ReportDocument.TITLE_GREY, ReportDocument.MARGIN, top, pdf.usableWidth(), DAY_HEAD - 3);
                pdf.text(pdf.bold, 10, ReportDocument.MARGIN + PAD, top + 11, text);
                pdf.text(pdf.regular, FONT, pdf.width - ReportDocument.MARGIN - PAD - pdf.width(pdf.regular, FONT, right),
                        top + 11, right);
            });
        }

        private Block move(ShootingSchedule.Day day, String to) {
            String text = "Company move to " + to;
            return new Block(Kind.MOVE, MOVE, day, top -> {
                pdf.fill(MOVE_GREY, ReportDocument.MARGIN + INDENT, top + 1, pdf.usableWidth() - INDENT, MOVE - 4);
                pdf.text(pdf.bold, 8, ReportDocument.MARGIN + INDENT + PAD, top + 9,
                        pdf.fit(pdf.bold, 8, text, pdf.usableWidth() - INDENT - 2 * PAD));
            });
        }

        private Block scene(ShootingSchedule.Day day, Sheet s) throws IOException {
            float left = ReportDocument.MARGIN + INDENT;
            float pagesWidth = 70;
            float headingWidth = pdf.usableWidth() - INDENT - pagesWidth;
            List<String> heading = pdf.wrap(pdf.bold, FONT, heading(s), headingWidth - PAD);
            float valueWidth = pdf.usableWidth() - INDENT - LABEL - PAD;
            List<String> labels = new ArrayList<>();
            List<List<String>> values = new ArrayList<>();
            for (var detail : details(s).entrySet()) {
                labels.add(detail.getKey());
                values.add(pdf.wrap(pdf.regular, FONT, detail.getValue(), valueWidth));
            }
            // a scene fits on a page under its day's band, however long its lists (a hostile
            // elements file): what does not fit is cut, and the cut says so
            int room = (int) ((pdf.bodyBottom() - ReportDocument.BODY_TOP - DAY_HEAD - GAP - 2) / LINE) - heading.size();
            int kept = 0;
            for (int k = 0; k < values.size(); k++) {
                if (kept + values.get(k).size() > room) {
                    values.set(k, pdf.cut(pdf.regular, FONT, values.get(k), room - kept, valueWidth,
                            " \u2026 (cut: see the breakdown)"));
                    values.subList(k + 1, values.size()).clear();
                    labels.subList(k + 1, labels.size()).clear();
                    kept += values.get(k).size();
                    break;
                }
                kept += values.get(k).size();
            }
            int lines = heading.size() + kept;
            float height = lines * LINE + GAP + 2;
            StripColour colour = Reports.stripColour(s);
            String pages = s.eighths() == null ? "? pages" : Eighths.of(s.eighths()).withUnit();
            return new Block(Kind.SCENE, height, day, top -> {
                float baseline = top + 9;
                // the strip's colour beside the number, so the long form reads like the board
                pdf.fill(colour.rgb(), ReportDocument.MARGIN, top + 1, SWATCH, SWATCH);
                pdf.frame(ReportDocument.MARGIN, top + 1, SWATCH, SWATCH);
                pdf.text(pdf.bold, FONT, ReportDocument.MARGIN + SWATCH + 4, baseline,
                        pdf.fit(pdf.bold, FONT, s.displayNumber(), INDENT - SWATCH - 6));
                for (int i = 0; i < heading.size(); i++) {
                    pdf.text(pdf.bold, FONT, left, baseline + i * LINE, heading.get(i));
                }
                pdf.text(pdf.regular, FONT, pdf.width - ReportDocument.MARGIN - pdf.width(pdf.regular, FONT, pages),
                        baseline, pages);
                float y = baseline + heading.size() * LINE;
                for (int k = 0; k < labels.size(); k++) {
                    pdf.text(pdf.bold, 8, left, y, labels.get(k));
                    for (String line : values.get(k)) {
                        pdf.text(pdf.regular, FONT, left + LABEL, y, line);
                        y += LINE;
                    }
                }
            });
        }

        /** The scene's needs, label to text, in the order of a breakdown sheet; empty ones left out. */
        private Map<String, String> details(Sheet s) {
            Map<String, String> details = new java.util.LinkedHashMap<>();
            if (!s.cast().isEmpty()) {
                TreeMap<Integer, String> byId = new TreeMap<>();
                for (String name : s.cast()) {
                    byId.put(ids.getOrDefault(name, Integer.MAX_VALUE), name);
                }
                List<String> cast = new ArrayList<>();
                byId.forEach((id, name) -> cast.add(id == Integer.MAX_VALUE ? name : id + " " + name));
                details.put("Cast", String.join(", ", cast));
            }
            if (!s.voiceOver().isEmpty()) {
                details.put("Voice-over", String.join(", ", s.voiceOver()) + " (recorded apart)");
            }
            for (Category c : Category.values()) {
                List<String> items = s.elements().getOrDefault(c, List.of());
                if (!items.isEmpty()) {
                    String name = c.name().charAt(0) + c.name().substring(1).toLowerCase(Locale.ROOT);
                    details.put(name, String.join(", ", items));
                }
            }
            return details;
        }

        /** The heading as written, without Fountain's scene number marks. */
        private static String heading(Sheet s) {
            String heading = s.heading().strip();
            int mark = heading.indexOf('#');
            if (mark > 0 && heading.endsWith("#")) {
                heading = heading.substring(0, mark).strip();
            }
            return heading.isEmpty() ? s.set() : heading;
        }

        private Block banner(ShootingSchedule.Day day) {
            String text = ReportText.endOfDay(day);
            return new Block(Kind.END_OF_DAY, BANNER, day, top -> {
                pdf.fill(StripColour.BLACK.rgb(), ReportDocument.MARGIN, top, pdf.usableWidth(), BANNER - 4);
                pdf.white();
                pdf.text(pdf.bold, FONT, ReportDocument.MARGIN + PAD, top + 10, text);
                pdf.black();
            });
        }
    }
}
