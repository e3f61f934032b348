package dev.showrunner.planning.schedule;

import dev.showrunner.screenplay.layout.Paper;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * What the schedule's PDF reports share: a landscape page of the chosen paper, the standard
 * Helvetica fonts (no font file needed; text stays searchable), a header with the title and
 * {@code Page x of y}, and drawing measured from the top of the page. The print module's
 * conventions, kept here because planning does not depend on print: standard-14 fonts,
 * characters outside WinAnsi printed as '?', memory bounded by a temporary file, the creator
 * and producer in the metadata.
 *
 * <p>One instance writes one document; callers lay out every page first, so that the page
 * count is known when the first header is drawn.
 */
final class ReportPdf implements AutoCloseable {

    /** Points per inch. */
    static final float PT = 72f;
    static final float MARGIN = 36f;
    /** From the top of the page to the first line under the header. */
    static final float BODY_TOP = MARGIN + 40f;
    /** Keep at most this much of the document in memory; the rest goes to a temporary file. */
    private static final long MEMORY = 16L * 1024 * 1024;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    final float width;
    final float height;
    private final PDDocument document;
    private PDPageContentStream content;

    /** A landscape document on {@code paper}. */
    ReportPdf(Paper paper) {
        this.document = new PDDocument(MemoryUsageSetting.setupMixed(MEMORY).streamCache);
        this.width = (float) (paper.height() * PT);
        this.height = (float) (paper.width() * PT);
    }

    /** Column titles' and day bands' grey. */
    static final float[] TITLE_GREY = {0.82f, 0.82f, 0.82f};

    /** Something drawn across the page at a given distance from its top. */
    @FunctionalInterface
    interface Draw {
        void at(float top) throws IOException;
    }

    /** A piece of a report that a page break never cuts: its height and how it is drawn. */
    interface Piece {
        float height();

        Draw draw();
    }

    /**
     * Draws each page's pieces down from {@link #BODY_TOP} under the header, then writes the
     * document. The stream is not closed.
     */
    void writePages(String title, String subtitle, List<? extends List<? extends Piece>> pages, OutputStream out)
            throws IOException {
        for (int p = 0; p < pages.size(); p++) {
            newPage(title, subtitle, p + 1, pages.size());
            float top = BODY_TOP;
            for (Piece piece : pages.get(p)) {
                piece.draw().at(top);
                top += piece.height();
            }
        }
        save(title, out);
    }

    /** Each cast member's board ID: their place in the schedule's cast list, from 1, as the day out of days numbers them. */
    static java.util.Map<String, Integer> castIds(ShootingSchedule schedule) {
        java.util.Map<String, Integer> ids = new java.util.HashMap<>();
        for (int a = 0; a < schedule.cast().size(); a++) {
            ids.put(schedule.cast().get(a), a + 1);
        }
        return ids;
    }

    /** Room for the body: from {@link #BODY_TOP} to the bottom margin. */
    float bodyBottom() {
        return height - MARGIN;
    }

    /** Width between the side margins. */
    float usableWidth() {
        return width - 2 * MARGIN;
    }

    /** Starts a page with the header: title and page number on the first line, the subtitle under it. */
    void newPage(String title, String subtitle, int page, int pages) throws IOException {
        finishPage();
        PDPage pdPage = new PDPage(new PDRectangle(width, height));
        document.addPage(pdPage);
        content = new PDPageContentStream(document, pdPage);
        String number = "Page " + page + " of " + pages;
        float numberWidth = width(regular, 9, number);
        text(bold, 14, MARGIN, MARGIN + 12, fit(bold, 14, title, usableWidth() - numberWidth - 18));
        text(regular, 9, width - MARGIN - numberWidth, MARGIN + 12, number);
        text(regular, 9, MARGIN, MARGIN + 27, fit(regular, 9, subtitle, usableWidth()));
        line(MARGIN, MARGIN + 33, width - MARGIN, 0.8f);
    }

    /** Text with its baseline {@code baseline} points below the top of the page. */
    void text(PDFont font, float size, float x, float baseline, String text) throws IOException {
        String shown = printable(text);
        if (shown.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, height - baseline);
        content.showText(shown);
        content.endText();
    }

    /** Text centred on {@code centre}. */
    void centred(PDFont font, float size, float centre, float baseline, String text) throws IOException {
        text(font, size, centre - width(font, size, text) / 2, baseline, text);
    }

    /** A filled rectangle, {@code top} points below the top of the page. */
    void fill(float[] rgb, float x, float top, float w, float h) throws IOException {
        content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
        content.addRect(x, height - top - h, w, h);
        content.fill();
        content.setNonStrokingColor(0f, 0f, 0f);
    }

    /** A grey outline. */
    void frame(float x, float top, float w, float h) throws IOException {
        content.setStrokingColor(0.45f, 0.45f, 0.45f);
        content.setLineWidth(0.4f);
        content.addRect(x, height - top - h, w, h);
        content.stroke();
        content.setStrokingColor(0f, 0f, 0f);
    }

    /** A horizontal black line. */
    void line(float x1, float top, float x2, float lineWidth) throws IOException {
        content.setLineWidth(lineWidth);
        content.moveTo(x1, height - top);
        content.lineTo(x2, height - top);
        content.stroke();
    }

    void white() throws IOException {
        content.setNonStrokingColor(1f, 1f, 1f);
    }

    void black() throws IOException {
        content.setNonStrokingColor(0f, 0f, 0f);
    }

    float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(printable(text)) / 1000f * size;
    }

    /** The text, shortened with an ellipsis when wider than {@code max}. */
    String fit(PDFont font, float size, String text, float max) throws IOException {
        if (width(font, size, text) <= max) {
            return text;
        }
        int end = text.length();
        while (end > 0 && width(font, size, text.substring(0, end) + "\u2026") > max) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + "\u2026";
    }

    /**
     * The first {@code room} (at least one) of {@code lines}, each no wider than {@code max};
     * when some are left out, the last one kept ends in {@code marker}, shortened to make room.
     */
    List<String> cut(PDFont font, float size, List<String> lines, int room, float max, String marker) throws IOException {
        if (lines.size() <= room) {
            return lines;
        }
        int keep = Math.max(1, room);
        List<String> kept = new ArrayList<>(lines.subList(0, keep));
        String last = fit(font, size, kept.get(keep - 1), max - width(font, size, marker));
        kept.set(keep - 1, (last.endsWith("\u2026") ? last.substring(0, last.length() - 1) : last) + marker);
        return kept;
    }

    /** The text broken at spaces into lines no wider than {@code max} (a longer word is cut). */
    List<String> wrap(PDFont font, float size, String text, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.isEmpty()) {
                line.append(word);
            } else if (width(font, size, line + " " + word) <= max) {
                line.append(' ').append(word);
            } else {
                lines.add(fit(font, size, line.toString(), max));
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(fit(font, size, line.toString(), max));
        }
        return lines;
    }

    /** Writes the document with its metadata. The stream is not closed. */
    void save(String title, OutputStream out) throws IOException {
        finishPage();
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(printable(title));
        info.setCreator("Showrunner");
        info.setProducer("Showrunner (Apache PDFBox)");
        info.setCreationDate(Calendar.getInstance());
        document.save(out, CompressParameters.NO_COMPRESSION);
    }

    @Override
    public void close() throws IOException {
        try {
            finishPage();
        } finally {
            document.close();
        }
    }

    private void finishPage() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    /** "28 shooting days, Mon 1 Mar 2027 to Wed 7 Apr 2027, 192 pages", or "no shooting days". */
    static String span(List<ShootingSchedule.Day> days) {
        if (days.isEmpty()) {
            return "no shooting days";
        }
        int eighths = days.stream().mapToInt(ShootingSchedule.Day::eighths).sum();
        return days.size() + " shooting day" + (days.size() == 1 ? "" : "s") + ", " + day(days.get(0).date()) + " to "
                + day(days.get(days.size() - 1).date()) + ", " + Reports.pagesWithUnit(eighths);
    }

    /** A day's closing banner: {@code End of Day 3 — Wed 3 Mar 2027 — 4 7/8 pages}. */
    static String endOfDay(ShootingSchedule.Day day) {
        return "End of Day " + day.number() + " \u2014 " + day(day.date()) + " \u2014 "
                + Reports.pagesWithUnit(day.eighths());
    }

    /** A date as reports print it: {@code Wed 3 Mar 2027}. */
    static String day(LocalDate date) {
        return date.format(DAY);
    }

    /** The text with control characters as spaces and characters outside WinAnsi as '?'. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                out.append(' ');
            } else if (c >= 0x20 && c < 0x7f) {
                out.append(c);
            } else {
                String name = GlyphList.getAdobeGlyphList().codePointToName(c);
                out.append(name != null && WinAnsiEncoding.INSTANCE.contains(name) ? c : '?');
            }
        }
        return out.toString();
    }
}
