package dev.showrunner.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Text outside WinAnsi, printed as itself: a cast member named Łucja Żurek, a set called
 * CAFÉ, a Cyrillic or Greek name. The standard-14 fonts (Courier, Helvetica) have no font file
 * in the PDF and encode only WinAnsi, about 220 characters of Western European text; this
 * class splits a text into pieces, run by run, each in the standard font where WinAnsi holds
 * its characters and in an embedded Liberation font where it does not.
 *
 * <p>Why a fallback and not always the embedded font: a PDF whose text WinAnsi encodes (nearly
 * every script and report) stays as it was, byte for byte apart from the date, and small (Big
 * Fish's script: no font file at all); a document that needs the fallback carries only the
 * glyphs it used (a subset, a few kilobytes). Why Liberation: it is metric-compatible with the
 * standard fonts it stands in for, so nothing moves. Liberation Mono has Courier's advance of
 * 0.6 em on every glyph, so the layout engine, which counts characters on a monospace grid,
 * breaks pages exactly as before; Liberation Sans has Helvetica's (Arial's) widths, so a report
 * measures a line the same way. Both cover Latin Extended, Greek and Cyrillic; a character
 * neither font has (Chinese, say) is still printed as '?'.
 *
 * <p>The fonts (SIL Open Font License 1.1, {@code fonts/OFL.txt} beside them) are read from
 * this module's resources when a document first needs one, once per document. Not
 * thread-safe: one instance per document.
 */
final class FallbackFonts {

    /** A Liberation font that stands in for a standard one. */
    enum Face {
        MONO_REGULAR("LiberationMono-Regular.ttf"),
        MONO_BOLD("LiberationMono-Bold.ttf"),
        MONO_ITALIC("LiberationMono-Italic.ttf"),
        MONO_BOLD_ITALIC("LiberationMono-BoldItalic.ttf"),
        SANS_REGULAR("LiberationSans-Regular.ttf"),
        SANS_BOLD("LiberationSans-Bold.ttf");

        private final String file;

        Face(String file) {
            this.file = file;
        }
    }

    /**
     * A stretch of text in one font: {@code standard} when the font is the standard one (its
     * text WinAnsi), and {@code start}, the index in the whole text where the piece begins.
     */
    record Piece(PDFont font, boolean standard, String text, int start) {}

    private final PDDocument document;
    private final Map<Face, PDType0Font> loaded = new EnumMap<>(Face.class);
    private final Map<Face, Map<Integer, Boolean>> covered = new EnumMap<>(Face.class);

    FallbackFonts(PDDocument document) {
        this.document = document;
    }

    /**
     * {@code text} as pieces: in {@code standard} where WinAnsi holds the characters, else in
     * {@code face}, else, for a character neither has (or a control character), as '?' in the
     * standard font. Text that WinAnsi holds whole is one piece and loads no font.
     */
    List<Piece> pieces(String text, PDFont standard, Face face) {
        if (allWinAnsi(text)) {
            return List.of(new Piece(standard, true, text, 0));
        }
        List<Piece> pieces = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean runStandard = true;
        int runStart = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int length = Character.charCount(cp);
            boolean inStandard = cp < 0x10000 && ContentBuilder.inWinAnsi((char) cp);
            String shown = inStandard ? text.substring(i, i + length) : null;
            if (!inStandard && (Character.isISOControl(cp) || !has(face, cp))) {
                // '?' keeps the place of each char the text had, so positions counted in chars hold
                shown = "?".repeat(length);
                inStandard = true;
            } else if (!inStandard) {
                shown = text.substring(i, i + length);
            }
            if (run.length() > 0 && inStandard != runStandard) {
                pieces.add(new Piece(runStandard ? standard : font(face), runStandard, run.toString(), runStart));
                run.setLength(0);
            }
            if (run.length() == 0) {
                runStandard = inStandard;
                runStart = i;
            }
            run.append(shown);
            i += length;
        }
        if (run.length() > 0) {
            pieces.add(new Piece(runStandard ? standard : font(face), runStandard, run.toString(), runStart));
        }
        return pieces;
    }

    private static boolean allWinAnsi(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!ContentBuilder.inWinAnsi(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the face has a glyph for the code point. */
    private boolean has(Face face, int cp) {
        return covered.computeIfAbsent(face, f -> new HashMap<>()).computeIfAbsent(cp, c -> {
            try {
                font(face).encode(new String(Character.toChars(c)));
                return true;
            } catch (IllegalArgumentException | IOException none) {
                return false;
            }
        });
    }

    /** The face, embedded as a subset: loaded into the document the first time it is needed. */
    PDType0Font font(Face face) {
        return loaded.computeIfAbsent(face, f -> {
            try (InputStream in = FallbackFonts.class.getResourceAsStream("fonts/" + f.file)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the build: fonts/" + f.file);
                }
                return PDType0Font.load(document, in, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
