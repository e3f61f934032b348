package dev.showrunner.print;

import dev.showrunner.screenplay.layout.Paper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
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

/**
 * The toolkit every production report is drawn with (the stripboard, the day out of days, the
 * shooting schedule; call sheets and casting breakdowns next): a landscape page of the chosen
 * paper, a header with the title and {@code Page x of y}, pieces that a page break never cuts,
 * and drawing measured from the top of the page, as a reader of the page does.
 *
 * <p>Text is Helvetica, one of the standard PDF fonts (no font file needed; text stays
 * searchable), with embedded Liberation Sans for the characters WinAnsi lacks (Łucja Żurek,
 * Жанна, Αλέξης), which has Helvetica's widths: see {@link FallbackFonts}. Widths are measured
 * in the fonts the text is drawn in, so {@link #fit}, {@link #wrap} and {@link #cut} hold for
 * any name. The document keeps at most 16 MB in memory (the rest goes to a temporary file) and
 * names its creator and producer in its metadata, as the script PDF does.
 *
 * <p>One instance writes one document; callers lay out every page first, so that the page
 * count is known when the first header is drawn ({@link #writePages}), or draw page by page
 * with {@link #newPage} and {@link #save}. Not thread-safe.
 */
public final class ReportDocument implements AutoCloseable {

    /** Points per inch. */
    public static final float PT = 72f;
    public static final float MARGIN = 36f;
    /** From the top of the page to the first line under the header. */
    public static final float BODY_TOP = MARGIN + 40f;
    /** Column titles' and day bands' grey. */
    public static final float[] TITLE_GREY = {0.82f, 0.82f, 0.82f};
    /** Keep at most this much of the document in memory; the rest goes to a temporary file. */
    private static final long MEMORY = 16L * 1024 * 1024;

    /** A weight of the report's typeface: its standard font and the embedded face behind it. */
    public static final class Face {
        private final PDFont standard;
        private final FallbackFonts.Face fallback;

        private Face(Standard14Fonts.FontName name, FallbackFonts.Face fallback) {
            this.standard = new PDType1Font(name);
            this.fallback = fallback;
        }
    }

    public final Face regular = new Face(Standard14Fonts.FontName.HELVETICA, FallbackFonts.Face.SANS_REGULAR);
    public final Face bold = new Face(Standard14Fonts.FontName.HELVETICA_BOLD, FallbackFonts.Face.SANS_BOLD);
    /** The page's width and height in points: landscape, so the paper's height and width. */
    public final float width;
    public final float height;
    private final PDDocument document;
    private final FallbackFonts fonts;
    private PDPageContentStream content;

    /** Something drawn across the page at a given distance from its top. */
    @FunctionalInterface
    public interface Draw {
        void at(float top) throws IOException;
    }

    /** A piece of a report that a page break never cuts: its height and how it is drawn. */
    public interface Piece {
        float height();

        Draw draw();
    }

    /** A landscape document on {@code paper}. */
    public ReportDocument(Paper paper) {
        this.document = new PDDocument(MemoryUsageSetting.setupMixed(MEMORY).streamCache);
        this.fonts = new FallbackFonts(document);
        this.width = (float) (paper.height() * PT);
        this.height = (float) (paper.width() * PT);
    }

    /**
     * Draws each page's pieces down from {@link #BODY_TOP} under the header, then writes the
     * document. The stream is not closed.
     */
    public void writePages(String title, String subtitle, List<? extends List<? extends Piece>> pages, OutputStream out)
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

    /** Room for the body: from {@link #BODY_TOP} to the bottom margin. */
    public float bodyBottom() {
        return height - MARGIN;
    }

    /** Width between the side margins. */
    public float usableWidth() {
        return width - 2 * MARGIN;
    }

    /** Starts a page with the header: title and page number on the first line, the subtitle under it. */
    public void newPage(String title, String subtitle, int page, int pages) throws IOException {
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
    public void text(Face face, float size, float x, float baseline, String text) throws IOException {
        String shown = printable(text);
        if (shown.isEmpty()) {
            return;
        }
        List<FallbackFonts.Piece> pieces = fonts.pieces(shown, face.standard, face.fallback);
        content.beginText();
        content.setFont(pieces.get(0).font(), size);
        content.newLineAtOffset(x, height - baseline);
        for (int i = 0; i < pieces.size(); i++) {
            if (i > 0) {
                content.setFont(pieces.get(i).font(), size); // the text goes on where the piece before ended
            }
            content.showText(pieces.get(i).text());
        }
        content.endText();
    }

    /** Text centred on {@code centre}. */
    public void centred(Face face, float size, float centre, float baseline, String text) throws IOException {
        text(face, size, centre - width(face, size, text) / 2, baseline, text);
    }

    /** A filled rectangle, {@code top} points below the top of the page. */
    public void fill(float[] rgb, float x, float top, float w, float h) throws IOException {
        content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
        content.addRect(x, height - top - h, w, h);
        content.fill();
        content.setNonStrokingColor(0f, 0f, 0f);
    }

    /** A grey outline. */
    public void frame(float x, float top, float w, float h) throws IOException {
        content.setStrokingColor(0.45f, 0.45f, 0.45f);
        content.setLineWidth(0.4f);
        content.addRect(x, height - top - h, w, h);
        content.stroke();
        content.setStrokingColor(0f, 0f, 0f);
    }

    /** A horizontal black line. */
    public void line(float x1, float top, float x2, float lineWidth) throws IOException {
        content.setLineWidth(lineWidth);
        content.moveTo(x1, height - top);
        content.lineTo(x2, height - top);
        content.stroke();
    }

    /** Text drawn from now on is white (on a dark band). */
    public void white() throws IOException {
        content.setNonStrokingColor(1f, 1f, 1f);
    }

    /** Text drawn from now on is black again. */
    public void black() throws IOException {
        content.setNonStrokingColor(0f, 0f, 0f);
    }

    /** The width of the text in points, measured in the fonts it is drawn in. */
    public float width(Face face, float size, String text) throws IOException {
        float units = 0;
        for (FallbackFonts.Piece piece : fonts.pieces(printable(text), face.standard, face.fallback)) {
            units += piece.font().getStringWidth(piece.text());
        }
        return units / 1000f * size;
    }

    /** The text, shortened with an ellipsis when wider than {@code max}. */
    public String fit(Face face, float size, String text, float max) throws IOException {
        if (width(face, size, text) <= max) {
            return text;
        }
        int end = text.length();
        while (end > 0 && width(face, size, text.substring(0, end) + "\u2026") > max) {
            end--;
            if (end > 0 && Character.isLowSurrogate(text.charAt(end))) {
                end--; // never half a character
            }
        }
        return text.substring(0, end).stripTrailing() + "\u2026";
    }

    /**
     * The first {@code room} (at least one) of {@code lines}, each no wider than {@code max};
     * when some are left out, the last one kept ends in {@code marker}, shortened to make room.
     */
    public List<String> cut(Face face, float size, List<String> lines, int room, float max, String marker)
            throws IOException {
        if (lines.size() <= room) {
            return lines;
        }
        int keep = Math.max(1, room);
        List<String> kept = new ArrayList<>(lines.subList(0, keep));
        String last = fit(face, size, kept.get(keep - 1), max - width(face, size, marker));
        kept.set(keep - 1, (last.endsWith("\u2026") ? last.substring(0, last.length() - 1) : last) + marker);
        return kept;
    }

    /** The text broken at spaces into lines no wider than {@code max} (a longer word is cut). */
    public List<String> wrap(Face face, float size, String text, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.isEmpty()) {
                line.append(word);
            } else if (width(face, size, line + " " + word) <= max) {
                line.append(' ').append(word);
            } else {
                lines.add(fit(face, size, line.toString(), max));
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(fit(face, size, line.toString(), max));
        }
        return lines;
    }

    /** Writes the document with its metadata. The stream is not closed. */
    public void save(String title, OutputStream out) throws IOException {
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

    /** The text with control characters as spaces (the fonts decide what else prints). */
    private static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out == null ? text : out.toString();
    }
}
