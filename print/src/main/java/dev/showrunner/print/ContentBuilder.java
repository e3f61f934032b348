package dev.showrunner.print;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * Writes one page's content stream directly: text objects placed with {@code Tm}, shown with
 * {@code Tj}, underlines as strokes. A screenplay page is a few dozen lines of text in one
 * font family, so the general-purpose content-stream writer's per-operator work is most of the
 * cost of a PDF; this writer produces the same operators with a byte buffer and one deflate.
 */
final class ContentBuilder {

    private byte[] bytes = new byte[8192];
    private int size;
    private String currentFont;
    private boolean inText;
    private float[] underlines = new float[0];
    private int underlineCount;

    /** WinAnsi code of each char, 0 when it has none (filled lazily). */
    private static final byte[] WIN_ANSI = new byte[0x10000];
    private static final boolean[] WIN_ANSI_KNOWN = new boolean[0x10000];

    void text(String fontName, PDFont font, boolean standard, float x, float y, String text) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        if (!inText) {
            ascii("BT\n");
            inText = true;
        }
        if (!fontName.equals(currentFont)) {
            ascii("/").ascii(fontName).ascii(" 12 Tf\n");
            currentFont = fontName;
        }
        ascii("1 0 0 1 ").number(x).ascii(" ").number(y).ascii(" Tm ");
        if (standard) {
            put('(');
            for (int i = 0; i < text.length(); i++) {
                int code = winAnsi(text.charAt(i)) & 0xff;
                if (code == '(' || code == ')' || code == '\\') {
                    put('\\');
                }
                put(code);
            }
            ascii(") Tj\n");
        } else {
            if (font.willBeSubset()) {
                text.codePoints().forEach(font::addToSubset);
            }
            byte[] encoded = font.encode(text);
            put('<');
            for (byte b : encoded) {
                put(Character.forDigit((b >> 4) & 0xf, 16));
                put(Character.forDigit(b & 0xf, 16));
            }
            ascii("> Tj\n");
        }
    }

    void underline(float x1, float x2, float y) {
        if (underlineCount + 3 > underlines.length) {
            underlines = Arrays.copyOf(underlines, Math.max(12, underlines.length * 2));
        }
        underlines[underlineCount++] = x1;
        underlines[underlineCount++] = x2;
        underlines[underlineCount++] = y;
    }

    /** Ends the text and writes the finished stream, deflated, into a new stream of the document. */
    COSStream finish(PDDocument document) throws IOException {
        if (inText) {
            ascii("ET\n");
            inText = false;
        }
        if (underlineCount > 0) {
            ascii("0.6 w\n");
            for (int i = 0; i < underlineCount; i += 3) {
                number(underlines[i]).ascii(" ").number(underlines[i + 2]).ascii(" m ");
                number(underlines[i + 1]).ascii(" ").number(underlines[i + 2]).ascii(" l S\n");
            }
        }
        COSStream stream = document.getDocument().createCOSStream();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (OutputStream out = stream.createRawOutputStream()) {
            deflater.setInput(bytes, 0, size);
            deflater.finish();
            byte[] chunk = new byte[8192];
            while (!deflater.finished()) {
                int n = deflater.deflate(chunk);
                out.write(chunk, 0, n);
            }
        } finally {
            deflater.end();
        }
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        return stream;
    }

    /** True when Courier's WinAnsi encoding has the character. */
    static boolean inWinAnsi(char c) {
        return c >= 0x20 && c < 0x7f || winAnsi(c) != 0;
    }

    private static byte winAnsi(char c) {
        if (c >= 0x20 && c < 0x7f) {
            return (byte) c;
        }
        if (!WIN_ANSI_KNOWN[c]) {
            String name = GlyphList.getAdobeGlyphList().codePointToName(c);
            Integer code = name == null || ".notdef".equals(name) || c < 0x20 ? null
                    : WinAnsiEncoding.INSTANCE.getNameToCodeMap().get(name);
            WIN_ANSI[c] = code == null ? 0 : (byte) code.intValue();
            WIN_ANSI_KNOWN[c] = true;
        }
        return WIN_ANSI[c];
    }

    private ContentBuilder ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            put(s.charAt(i));
        }
        return this;
    }

    /** A coordinate with two decimals, as PDF writers commonly round them. */
    private ContentBuilder number(float value) {
        long hundredths = Math.round(value * 100.0);
        if (hundredths < 0) {
            put('-');
            hundredths = -hundredths;
        }
        ascii(Long.toString(hundredths / 100));
        long rest = hundredths % 100;
        if (rest != 0) {
            put('.');
            put((int) ('0' + rest / 10));
            if (rest % 10 != 0) {
                put((int) ('0' + rest % 10));
            }
        }
        return this;
    }

    private void put(int b) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, size * 2);
        }
        bytes[size++] = (byte) b;
    }
}
