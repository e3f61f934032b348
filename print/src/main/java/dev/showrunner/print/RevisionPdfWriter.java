package dev.showrunner.print;

import dev.showrunner.screenplay.layout.ElementStyle;
import dev.showrunner.screenplay.layout.ElementType;
import dev.showrunner.screenplay.layout.PageFormat;
import dev.showrunner.screenplay.model.Action;
import dev.showrunner.screenplay.model.Centered;
import dev.showrunner.screenplay.model.DialogueBlock;
import dev.showrunner.screenplay.model.DualDialogue;
import dev.showrunner.screenplay.model.Element;
import dev.showrunner.screenplay.model.General;
import dev.showrunner.screenplay.model.Lyrics;
import dev.showrunner.screenplay.model.Parenthetical;
import dev.showrunner.screenplay.model.SceneHeading;
import dev.showrunner.screenplay.model.Shot;
import dev.showrunner.screenplay.model.Transition;
import dev.showrunner.screenplay.revision.PrintedLine;
import dev.showrunner.screenplay.revision.Revision;
import dev.showrunner.screenplay.revision.RevisionSet;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
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

    // the page geometry and memory limit of the ordinary PDF, so a revision page matches it
    private static final float PT = PdfWriter.PT;
    private static final float ROW = PdfWriter.ROW;
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
        float header = (float) (format.headerPosition() * PT);
        String number = page.number() + ".";
        ElementStyle action = format.style(ElementType.ACTION);
        if (!page.number().equals("1")) {
            text(content, number, action.rightIndent() - number.length() / 10.0, header);
        }
        RevisionSet paper = revised.lock().revision(page.revision());
        if (page.revision() > 0) {
            text(content, paper.header(), action.leftIndent(), header);
        }
        List<Element> elements = revised.script().elements();
        // A cue repeated at the head of the page stands in row -1, as the layout sets it.
        boolean repeatedCue = !page.lines().isEmpty() && page.lines().getFirst().line().synthetic()
                && !page.lines().getFirst().line().text().equals("(MORE)");
        int row = repeatedCue ? -1 : 0;
        boolean first = true;
        for (Revision.MarkedLine marked : page.lines()) {
            PrintedLine line = marked.line();
            Element element = line.element() < elements.size() ? elements.get(line.element()) : null;
            ElementStyle style = style(element, line);
            if (!first) {
                row += 1 + (repeatedCue && row == -1 ? 0 : Math.min(line.spaceBefore(), 3));
            }
            first = false;
            float top = (float) (format.topMargin() * PT + row * ROW);
            String shown = style.uppercase() ? line.text().toUpperCase(java.util.Locale.ROOT) : line.text();
            double width = shown.length() / 10.0;
            double x = switch (style.alignment()) {
                case LEFT -> style.leftIndent();
                case RIGHT -> style.rightIndent() - width;
                case CENTER -> (style.leftIndent() + style.rightIndent()) / 2 - width / 2;
            };
            text(content, shown, x, top);
            double markAt = Revision.MARK_POSITION_INCHES;
            if (element instanceof SceneHeading h && !line.synthetic() && line.start() == 0 && h.sceneNumber() != null) {
                String scene = h.sceneNumber();
                text(content, scene, 1.25 - scene.length() / 10.0, top);
                text(content, scene, 7.35, top);
                markAt = Math.max(markAt, 7.35 + scene.length() / 10.0 + 0.1);
            }
            if (marked.isMarked()) {
                text(content, marked.mark(), markAt, top);
            }
        }
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

    /** The paragraph style a line prints in. */
    private ElementStyle style(Element element, PrintedLine line) {
        if (line.synthetic()) {
            return format.style(line.text().equals("(MORE)") ? ElementType.MORE : line.text().equals("OMITTED")
                    ? ElementType.SCENE_HEADING : ElementType.CHARACTER);
        }
        return switch (element) {
            case SceneHeading h -> format.style(ElementType.SCENE_HEADING);
            case Action a -> format.style(ElementType.ACTION);
            case Transition t -> format.style(ElementType.TRANSITION);
            case Shot s -> format.style(ElementType.SHOT);
            case Centered c -> format.style(ElementType.CENTERED);
            case Lyrics l -> format.style(ElementType.LYRICS);
            case General g -> format.style(g.type()); // New Act, Cast List, ...: the type's own settings
            case DialogueBlock d -> line.part() < 0 ? format.style(ElementType.CHARACTER)
                    : d.parts().get(Math.min(line.part(), d.parts().size() - 1)) instanceof Parenthetical
                            ? format.style(ElementType.PARENTHETICAL) : format.style(ElementType.DIALOGUE);
            case DualDialogue d -> line.part() >= 1000 ? format.dualRight() : format.dualLeft();
            case null, default -> format.style(ElementType.ACTION);
        };
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
