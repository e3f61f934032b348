package dev.showrunner.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Marks a PDF as one person's copy, the industry's guard against leaks: their name in light
 * grey text drawn diagonally across every page (over the page, at a fifth of full strength, so
 * the script stays readable and a photocopy still shows it), and in the document's metadata
 * (the subject and a custom {@code Recipient} entry). Names in any script print: Helvetica
 * where WinAnsi holds them, else the embedded fallback face (see {@link FallbackFonts}).
 */
public final class Watermark {

    /** The key of the metadata entry that names the recipient. */
    public static final String RECIPIENT_KEY = "Recipient";
    private static final float SIZE = 44f;
    private static final float OPACITY = 0.18f;
    /** Longest name drawn; a longer one is cut, so that it stays on the page. */
    private static final int MAX_NAME = 60;

    private Watermark() {}

    /** {@code pdf} with {@code name} watermarked on every page and named in its metadata. */
    public static byte[] apply(byte[] pdf, String name, String line2) throws IOException {
        String mark = printable(name);
        String second = printable(line2);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            FallbackFonts fonts = new FallbackFonts(document);
            PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDExtendedGraphicsState light = new PDExtendedGraphicsState();
            light.setNonStrokingAlphaConstant(OPACITY);
            for (PDPage page : document.getPages()) {
                PDRectangle box = page.getMediaBox();
                try (PDPageContentStream content = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    content.setGraphicsStateParameters(light);
                    content.setNonStrokingColor(0.35f, 0.35f, 0.35f);
                    double angle = Math.atan2(box.getHeight(), box.getWidth());
                    draw(content, fonts, helvetica, mark, SIZE, box, angle, 0);
                    if (!second.isEmpty()) {
                        draw(content, fonts, helvetica, second, SIZE / 3, box, angle, -SIZE * 0.9f);
                    }
                }
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setSubject("Delivered to " + mark);
            info.setCustomMetadataValue(RECIPIENT_KEY, mark);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    /** One line centred on the page's middle along its diagonal, {@code drop} points below the centre line. */
    private static void draw(PDPageContentStream content, FallbackFonts fonts, PDType1Font standard, String text,
            float size, PDRectangle box, double angle, float drop) throws IOException {
        List<FallbackFonts.Piece> pieces = fonts.pieces(text, standard, FallbackFonts.Face.SANS_BOLD);
        float width = 0;
        for (FallbackFonts.Piece piece : pieces) {
            width += piece.font().getStringWidth(piece.text()) / 1000f * size;
        }
        float cx = box.getLowerLeftX() + box.getWidth() / 2;
        float cy = box.getLowerLeftY() + box.getHeight() / 2;
        Matrix at = Matrix.getRotateInstance(angle, cx, cy);
        at.translate(-width / 2, drop);
        content.beginText();
        content.setTextMatrix(at);
        for (FallbackFonts.Piece piece : pieces) {
            content.setFont(piece.font(), size);
            content.showText(piece.text());
        }
        content.endText();
    }

    private static String printable(String text) {
        if (text == null) {
            return "";
        }
        String one = text.replaceAll("\\p{Cntrl}", " ").strip();
        return one.codePointCount(0, one.length()) > MAX_NAME ? one.substring(0, one.offsetByCodePoints(0, MAX_NAME)) : one;
    }
}
