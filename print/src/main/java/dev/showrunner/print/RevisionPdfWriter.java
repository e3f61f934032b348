package dev.showrunner.print;

import dev.showrunner.screenplay.layout.PageFormat;
import dev.showrunner.screenplay.revision.Revision;
import dev.showrunner.screenplay.revision.RevisionSet;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes the pages of a revision ({@link Revision.Revised}) as a PDF, as a production office
 * issues them: each page under its locked number ({@code 23A.}, {@code 23-24.}), the revision
 * header ({@code Blue Revision 11/9/26}) on pages of a revision's paper, scene numbers in both
 * margins, the revision mark beside every changed line at Final Draft's position, and, when
 * asked, the page tinted the colour of its revision. The lines are where the revision engine
 * put them; this writer places each one by its element's style in the page format.
 *
 * <p>Not thread-safe; each call writes one document. Courier only, with Liberation Mono for
 * what WinAnsi cannot encode, as in {@link PdfWriter}.
 */
public final class RevisionPdfWriter {

    // the page geometry and memory limit of the ordinary PDF, so a revision page matches it;
    // what goes where on the page is RevisionPlacement's, shared with the HTML page view
    private static final float PT = PdfWriter.PT;
    private static final float BASELINE = PdfWriter.BASELINE;
    private static final long MEMORY = PdfWriter.MEMORY;

    private final PDDocument document;
    private final PageFormat format;
    private final PDFont courier = new PDType1Font(Standard14Fonts.FontName.COURIER);
    private final PDResources resources = new PDResources();
    private final String fontName;
    private final FallbackFonts fallback;
    private final java.util.Map<PDFont, String> fontNames = new java.util.IdentityHashMap<>();
    private final float pageWidth;
    private final float pageHeight;

    private RevisionPdfWriter(PageFormat format) {
        this.document = new PDDocument(MemoryUsageSetting.setupMixed(MEMORY).streamCache);
        this.format = format;
        this.fontName = resources.add(courier).getName();
        this.fontNames.put(courier, fontName);
        this.fallback = new FallbackFonts(document);
        this.pageWidth = (float) (format.paper().width() * PT);
        this.pageHeight = (float) (format.paper().height() * PT);
    }

    /**
     * Writes the revision's pages. The stream is not closed.
     *
     * @param pagesOnly only the pages this revision changed, added, combined or omitted
     * @param tint fill each page with the colour of the revision whose paper it is on
     */
    public static void write(Revision.Revised revised, PageFormat format, boolean pagesOnly, boolean tint, OutputStream out)
            throws IOException {
        RevisionPdfWriter writer = new RevisionPdfWriter(format);
        try (PDDocument ignored = writer.document) {
            for (Revision.Page page : pagesOnly ? revised.changedPages() : revised.pages()) {
                writer.page(revised, page, tint);
            }
            writer.document.getDocumentInformation().setCreator("Showrunner");
            writer.document.getDocumentInformation().setTitle(revised.revision().header());
            writer.document.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
        }
    }

    private void page(Revision.Revised revised, Revision.Page page, boolean tint) throws IOException {
        ContentBuilder content = new ContentBuilder();
        for (RevisionPlacement.Placed placed : RevisionPlacement.place(revised, page, format)) {
            text(content, placed.text(), placed.x(), (float) (placed.top() * PT));
        }
        RevisionSet paper = revised.lock().revision(page.revision());
        PDPage pdf = new PDPage(new PDRectangle(pageWidth, pageHeight));
        pdf.setResources(resources);
        pdf.setContents(new PDStream(content.finish(document)));
        document.addPage(pdf);
        if (tint && page.revision() > 0) {
            int rgb = paper.color().tint();
            try (PDPageContentStream background = new PDPageContentStream(document, pdf, PDPageContentStream.AppendMode.PREPEND, true)) {
                // Saved and restored, so that the text drawn after it keeps its black.
                background.saveGraphicsState();
                background.setNonStrokingColor(((rgb >> 16) & 0xFF) / 255f, ((rgb >> 8) & 0xFF) / 255f, (rgb & 0xFF) / 255f);
                background.addRect(0, 0, pageWidth, pageHeight);
                background.fill();
                background.restoreGraphicsState();
            }
        }
    }

    private void text(ContentBuilder content, String text, double x, float top) throws IOException {
        String shown = text.replace('\t', ' ');
        for (FallbackFonts.Piece piece : fallback.pieces(shown, courier, FallbackFonts.Face.MONO_REGULAR)) {
            String name = fontNames.computeIfAbsent(piece.font(), f -> resources.add(f).getName());
            content.text(name, piece.font(), piece.standard(), (float) ((x + piece.start() / 10.0) * PT),
                    pageHeight - top - BASELINE, piece.text());
        }
    }
}
