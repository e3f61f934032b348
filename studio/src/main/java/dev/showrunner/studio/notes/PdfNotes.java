package dev.showrunner.studio.notes;

import dev.showrunner.screenplay.layout.Line;
import dev.showrunner.screenplay.layout.Page;
import dev.showrunner.screenplay.layout.Pages;
import dev.showrunner.screenplay.notes.Anchor;
import dev.showrunner.studio.errors.StudioException;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationTextMarkup;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

/*
 * Notes made on a delivered PDF in Acrobat, Preview or Scriptation come back as annotations:
 * text markup (highlight, underline, strike-out, squiggly) with its quad points, sticky notes
 * (Text) and free text. Each is read with PDFBox:
 *
 * - a markup's words are the upright characters inside its quads (the recipient's diagonal
 *   watermark is not upright and is left out), read in order and joined with spaces; its note
 *   is the annotation's contents;
 * - a sticky note or free text takes the words of the printed line level with it (the band of
 *   the page at its top, a line high), so it is anchored to the line it was put beside.
 *
 * The words are then found in the draft's Fountain text as a selection on the pages is
 * (Selections.locate), from the first source line the engine printed on that page, since the
 * PDF's pages are the engine's pages. An annotation whose words are not found, or that has none,
 * comes in as an overall note on the draft, saying which page it was on.
 */

/** Reads the notes of an annotated PDF of a delivered draft, anchored to the draft's text. */
public final class PdfNotes {

    /** Most annotations read from one file; a file with more is refused. */
    public static final int MAX_ANNOTATIONS = 2000;
    /** Largest PDF read, in bytes. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;
    private static final float LINE = 12f;

    /** One note found in the file: its words' anchor (null for an overall note), its text and the page it was on. */
    public record Found(Anchor anchor, String body, int page, String kind) {}

    private PdfNotes() {}

    /**
     * The notes of {@code pdf}, a PDF of the draft whose Fountain text is {@code text} and whose
     * engine pages are {@code pages}; 400 naming the file when it is not a PDF that can be read or
     * holds too many annotations, 413 when too large.
     */
    public static List<Found> read(byte[] pdf, String text, Pages pages) {
        if (pdf.length > MAX_BYTES) {
            throw StudioException.tooLarge("file: larger than " + MAX_BYTES / (1024 * 1024) + " MB; is this the delivered PDF?");
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int count = 0;
            for (PDPage page : document.getPages()) {
                count += page.getAnnotations().size();
                if (count > MAX_ANNOTATIONS) {
                    throw StudioException.badRequest("file: holds more than " + MAX_ANNOTATIONS
                            + " annotations; split the notes over several files");
                }
            }
            int firstBodyPage = pages.titlePage().isEmpty() ? 1 : 2;
            List<Found> found = new ArrayList<>();
            int p = 0;
            for (PDPage page : document.getPages()) {
                p++;
                for (PDAnnotation a : page.getAnnotations()) {
                    Found note = note(page, a, p, pages, p - firstBodyPage, text);
                    if (note != null) {
                        found.add(note);
                    }
                }
            }
            return found;
        } catch (IOException e) {
            throw StudioException.badRequest("file: not a PDF that can be read (" + e.getMessage() + ")");
        } catch (StudioException e) {
            throw e;
        } catch (RuntimeException e) {
            // PDFBox reads hostile files defensively, but a malformed structure may still surface as
            // a runtime exception: the file is refused, never the server
            throw StudioException.badRequest("file: this PDF's annotations could not be read");
        }
    }

    private static Found note(PDPage page, PDAnnotation a, int pageNumber, Pages pages, int bodyIndex, String text)
            throws IOException {
        String contents = a.getContents() == null ? "" : a.getContents().strip();
        List<Rectangle2D> areas = new ArrayList<>();
        String kind;
        PDRectangle box = page.getCropBox();
        if (a instanceof PDAnnotationTextMarkup markup) {
            kind = markup.getSubtype().toLowerCase(java.util.Locale.ROOT);
            float[] quads = markup.getQuadPoints();
            if (quads != null) {
                for (int q = 0; q + 7 < quads.length && areas.size() < 200; q += 8) {
                    float minX = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, minY = Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
                    for (int k = 0; k < 8; k += 2) {
                        minX = Math.min(minX, quads[q + k]);
                        maxX = Math.max(maxX, quads[q + k]);
                        minY = Math.min(minY, quads[q + k + 1]);
                        maxY = Math.max(maxY, quads[q + k + 1]);
                    }
                    areas.add(area(box, minX, minY, maxX, maxY));
                }
            }
            if (contents.isEmpty()) {
                contents = "(" + kind + ")";
            }
        } else if (a instanceof PDAnnotationText || "FreeText".equals(a.getSubtype())) {
            kind = a instanceof PDAnnotationText ? "sticky note" : "free text";
            if (contents.isEmpty()) {
                return null;
            }
            PDRectangle r = a.getRectangle();
            if (r != null) {
                float top = r.getUpperRightY();
                areas.add(area(box, box.getLowerLeftX(), top - LINE, box.getUpperRightX(), top + 2));
            }
        } else {
            return null; // links, widgets, popups: not notes
        }
        String words = words(page, areas);
        int line = areas.isEmpty() ? firstLine(pages, bodyIndex)
                : lineAt(pages, bodyIndex, (float) areas.getFirst().getCenterY());
        Anchor anchor = null;
        if (!words.isBlank()) {
            try {
                anchor = Selections.locate(text, words, line);
            } catch (StudioException e) {
                anchor = null;
            }
        }
        String body = contents.length() > Notes.MAX_BODY ? contents.substring(0, Notes.MAX_BODY) : contents;
        if (anchor == null) {
            body = "(" + kind + " on page " + pageNumber + ") " + body;
        }
        return new Found(anchor, body, pageNumber, kind);
    }

    /**
     * A region of the page in the stripper's coordinates (from the top left), from PDF coordinates.
     * A character is in a region when its origin (its left edge) is: the region stops short of the
     * quad's right edge, where the next character begins, and reaches a little above and below.
     */
    private static Rectangle2D area(PDRectangle box, float minX, float minY, float maxX, float maxY) {
        float height = box.getHeight();
        return new Rectangle2D.Float(minX - 0.5f, height - (maxY - box.getLowerLeftY()) - 1,
                Math.max(0.5f, maxX - minX - 1), maxY - minY + 2);
    }

    /** The upright characters inside the areas, area by area, joined with spaces. */
    private static String words(PDPage page, List<Rectangle2D> areas) throws IOException {
        if (areas.isEmpty()) {
            return "";
        }
        PDFTextStripperByArea stripper = new PDFTextStripperByArea() {
            @Override
            protected void processTextPosition(TextPosition position) {
                // the recipient's watermark is drawn at a slant; the script's text is upright
                if (Math.abs(position.getTextMatrix().getValue(0, 1)) < 0.01f) {
                    super.processTextPosition(position);
                }
            }
        };
        stripper.setSortByPosition(true);
        for (int i = 0; i < areas.size(); i++) {
            stripper.addRegion("q" + i, areas.get(i));
        }
        stripper.extractRegions(page);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < areas.size(); i++) {
            String t = stripper.getTextForRegion("q" + i);
            if (t != null && !t.isBlank()) {
                out.append(out.isEmpty() ? "" : " ").append(t.strip());
            }
        }
        String joined = out.toString().replaceAll("\\s+", " ").strip();
        return joined.length() > Selections.MAX_QUOTE ? "" : joined;
    }

    /**
     * The source line of what the engine printed at {@code fromTop} points below the top of body
     * page {@code index} (0-based): its rows are 12 points apart from the top margin, as
     * print's PdfWriter draws them. The page's first source line when no row is printed there.
     */
    private static int lineAt(Pages pages, int index, float fromTop) {
        if (index < 0 || index >= pages.pages().size()) {
            return 0;
        }
        int row = (int) Math.floor((fromTop - pages.format().topMargin() * 72) / 12f);
        int best = 0;
        for (Line l : pages.pages().get(index).lines()) {
            if (l.element() != null && l.element().span().line() > 0 && l.row() <= row) {
                best = l.element().span().line();
            }
        }
        return best > 0 ? best : firstLine(pages, index);
    }

    /** The first source line printed on body page {@code index} (0-based), or 0 when unknown. */
    private static int firstLine(Pages pages, int index) {
        if (index < 0 || index >= pages.pages().size()) {
            return 0;
        }
        Page page = pages.pages().get(index);
        for (Line l : page.lines()) {
            if (l.element() != null && l.element().span().line() > 0) {
                return l.element().span().line();
            }
        }
        return 0;
    }
}
