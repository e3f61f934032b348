package dev.showrunner.print;

import dev.showrunner.screenplay.layout.Layout;
import dev.showrunner.screenplay.layout.LayoutOptions;
import dev.showrunner.screenplay.layout.Line;
import dev.showrunner.screenplay.layout.Page;
import dev.showrunner.screenplay.layout.PageFormat;
import dev.showrunner.screenplay.layout.Pages;
import dev.showrunner.screenplay.model.Run;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.model.Style;
import dev.showrunner.screenplay.model.TitlePage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import dev.showrunner.screenplay.layout.ElementType;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes laid-out pages as a PDF: the title page as Final Draft places it, then every body
 * page line by line at the positions the layout chose, page numbers {@code N.} at the top
 * right from page 2, scene numbers in both margins, (CONTINUED) markers when asked, styled
 * runs in the Courier family (or an embedded TrueType font), and the title and author as
 * document metadata. Text stays text: it can be selected, searched and extracted. In Courier,
 * characters WinAnsi lacks (Ł, Ж, Α) print in embedded Liberation Mono, which has Courier's
 * widths, so no position moves ({@link FallbackFonts}).
 *
 * <p>Not thread-safe; each call writes one document.
 */
public final class PdfWriter {

    /** Points per inch. */
    static final float PT = 72f;
    /** Rows are 12 pt apart: 6 lines to the inch. */
    static final float ROW = 12f;
    private static final float FONT_SIZE = 12f;
    /** From the top of a row to the baseline of its text. */
    static final float BASELINE = 9f;
    /** Keep at most this much of the document in memory; the rest goes to a temporary file. */
    static final long MEMORY = 64L * 1024 * 1024;

    private final PDDocument document;
    private final PageFormat format;
    private final LayoutOptions layoutOptions;
    private final PDFont regular;
    private final PDFont bold;
    private final PDFont italic;
    private final PDFont boldItalic;
    private final boolean standardFont;
    /** Liberation Mono for what Courier cannot encode; null with a font of the caller's. */
    private final FallbackFonts fallback;
    private final float pageWidth;
    private final float pageHeight;
    /** One resource dictionary, naming the fonts, shared by every page. */
    private final PDResources resources = new PDResources();
    private final java.util.Map<PDFont, String> fontNames = new java.util.IdentityHashMap<>();

    private PdfWriter(PageFormat format, LayoutOptions layoutOptions, PdfOptions options) throws IOException {
        this.document = new PDDocument(MemoryUsageSetting.setupMixed(MEMORY).streamCache);
        this.format = format;
        this.layoutOptions = layoutOptions;
        if (options.font().isPresent()) {
            java.nio.file.Path path = options.font().get();
            if (!Files.isRegularFile(path)) {
                document.close();
                throw new IOException(path + ": no such font file");
            }
            PDFont font;
            try {
                font = PDType0Font.load(document, path.toFile());
            } catch (IOException | RuntimeException bad) {
                document.close();
                throw new IOException(path + ": not a TrueType font this writer can embed (" + bad.getMessage() + ")", bad);
            }
            regular = bold = italic = boldItalic = font;
            standardFont = false;
            fallback = null;
        } else {
            regular = new PDType1Font(Standard14Fonts.FontName.COURIER);
            bold = new PDType1Font(Standard14Fonts.FontName.COURIER_BOLD);
            italic = new PDType1Font(Standard14Fonts.FontName.COURIER_OBLIQUE);
            boldItalic = new PDType1Font(Standard14Fonts.FontName.COURIER_BOLD_OBLIQUE);
            standardFont = true;
            fallback = new FallbackFonts(document);
        }
        pageWidth = (float) (format.paper().width() * PT);
        pageHeight = (float) (format.paper().height() * PT);
    }

    /**
     * For a process that only writes PDFs (the command line): stops PDFBox from scanning the
     * system's fonts, which it does only to render, and which costs a noticeable part of a
     * short run. Global to the JVM; do not call where PDFs are also rendered or read.
     */
    public static void skipSystemFontScan() {
        org.apache.pdfbox.pdmodel.font.FontMappers.set(new WriteOnlyFonts());
    }

    /** Writes {@code pages} as a PDF in Courier. */
    public static void write(Pages pages, OutputStream out) throws IOException {
        write(pages, PdfOptions.DEFAULTS, out);
    }

    /** Writes {@code pages} as a PDF. The stream is not closed. */
    public static void write(Pages pages, PdfOptions options, OutputStream out) throws IOException {
        PdfWriter writer = new PdfWriter(pages.format(), pages.options(), options);
        try (PDDocument ignored = writer.document) {
            writer.titlePage(pages.titlePage());
            for (Page page : pages.pages()) {
                writer.body(page);
            }
            writer.metadata(pages.titlePage());
            writer.document.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
        }
    }

    /**
     * Lays {@code script} out and writes each page as soon as it is laid out, so that a script of
     * any length is never held as a whole {@link Pages} value. The stream is not closed.
     *
     * @return the layout's summary (page count, scene lengths)
     */
    public static Layout.Summary write(Screenplay script, PageFormat format, LayoutOptions layout, PdfOptions options,
            OutputStream out) throws IOException {
        PdfWriter writer = new PdfWriter(format, layout, options);
        try (PDDocument ignored = writer.document) {
            TitlePage title = layout.titlePage() ? script.titlePage() : TitlePage.EMPTY;
            writer.titlePage(title);
            Layout.Summary summary;
            try {
                summary = Layout.stream(script, format, layout, page -> {
                    try {
                        writer.body(page);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.metadata(title);
            writer.document.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return summary;
        }
    }

    private void titlePage(TitlePage title) throws IOException {
        if (title.isEmpty()) {
            return;
        }
        ContentBuilder content = new ContentBuilder();
        for (TitleLayout.TitleLine line : TitleLayout.lines(title, format)) {
            runs(content, line.runs(), line.x(), rowTop(line.row()));
        }
        addPage(content);
    }

    private void body(Page page) throws IOException {
        ContentBuilder content = new ContentBuilder();
        float header = (float) (format.headerPosition() * PT);
        if (page.number() > 1) {
            String number = page.number() + ".";
            double x = format.style(ElementType.ACTION).rightIndent() - number.length() / 10.0;
            text(content, regular, number, x, header);
        }
        if (layoutOptions.continuedMarkers()) {
            if (page.continuedFromPrevious()) {
                text(content, regular, "CONTINUED:", format.style(ElementType.ACTION).leftIndent(), header);
            }
            if (page.continuesOnNext()) {
                String marker = "(CONTINUED)";
                text(content, regular, marker, format.style(ElementType.ACTION).rightIndent() - marker.length() / 10.0,
                        rowTop(format.linesPerPage()));
            }
        }
        for (Line line : page.lines()) {
            float top = rowTop(line.row());
            runs(content, line.runs(), line.x(), top);
            if (line.sceneNumber() != null) {
                String number = line.sceneNumber();
                // Final Draft prints the number in both margins, clear of the text.
                text(content, regular, number, 1.25 - number.length() / 10.0, top);
                text(content, regular, number, 7.75, top);
            }
        }
        addPage(content);
    }

    private void addPage(ContentBuilder content) throws IOException {
        PDPage page = new PDPage(new PDRectangle(pageWidth, pageHeight));
        page.setResources(resources);
        page.setContents(new org.apache.pdfbox.pdmodel.common.PDStream(content.finish(document)));
        document.addPage(page);
    }

    private void metadata(TitlePage title) throws IOException {
        // An embedded TrueType font goes in with only the glyphs the pages used.
        for (PDFont font : fontNames.keySet()) {
            if (font.willBeSubset()) {
                font.subset();
            }
        }
        PDDocumentInformation info = document.getDocumentInformation();
        title.value("title").map(t -> t.replace('\n', ' ').strip()).filter(t -> !t.isEmpty()).ifPresent(info::setTitle);
        title.value("author").or(() -> title.value("authors")).map(a -> a.replace('\n', ' ').strip())
                .filter(a -> !a.isEmpty()).ifPresent(info::setAuthor);
        info.setCreator("Showrunner");
        info.setProducer("Showrunner (Apache PDFBox)");
        info.setCreationDate(Calendar.getInstance());
    }

    /** Distance in points from the top of the paper to the top of body row {@code row}. */
    private float rowTop(int row) {
        return (float) (format.topMargin() * PT + row * ROW);
    }

    private void runs(ContentBuilder content, List<Run> runs, double x, float top) throws IOException {
        double at = x;
        for (Run run : runs) {
            PDFont font = font(run);
            String text = printable(run.text());
            text(content, font, text, at, top);
            double width = standardFont ? text.length() / 10.0 : font.getStringWidth(text) / 1000.0 * FONT_SIZE / PT;
            if (run.has(Style.UNDERLINE)) {
                content.underline((float) (at * PT), (float) ((at + width) * PT), pageHeight - top - BASELINE - 1.5f);
            }
            at += width;
        }
    }

    private void text(ContentBuilder content, PDFont font, String text, double x, float top) throws IOException {
        if (!standardFont) {
            content.text(name(font), font, false, (float) (x * PT), pageHeight - top - BASELINE, text);
            return;
        }
        // each character is a tenth of an inch wide in Courier and in Liberation Mono alike
        for (FallbackFonts.Piece piece : fallback.pieces(text, font, face(font))) {
            content.text(name(piece.font()), piece.font(), piece.standard(), (float) ((x + piece.start() / 10.0) * PT),
                    pageHeight - top - BASELINE, piece.text());
        }
    }

    private String name(PDFont font) {
        return fontNames.computeIfAbsent(font, f -> resources.add(f).getName());
    }

    /** The Liberation Mono face that stands in for a Courier face. */
    private FallbackFonts.Face face(PDFont font) {
        return font == bold ? FallbackFonts.Face.MONO_BOLD : font == italic ? FallbackFonts.Face.MONO_ITALIC
                : font == boldItalic ? FallbackFonts.Face.MONO_BOLD_ITALIC : FallbackFonts.Face.MONO_REGULAR;
    }

    private PDFont font(Run run) {
        boolean b = run.has(Style.BOLD);
        boolean i = run.has(Style.ITALIC);
        return b && i ? boldItalic : b ? bold : i ? italic : regular;
    }

    /**
     * The text with tabs as spaces and, in an embedded font of the caller's, other control
     * characters as spaces (in Courier, {@link FallbackFonts} prints them as '?').
     */
    private String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char shown = c == '\t' || (!standardFont && Character.isISOControl(c)) ? ' ' : c;
            if (shown != c && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(shown);
            }
        }
        return out == null ? text : out.toString();
    }
}
