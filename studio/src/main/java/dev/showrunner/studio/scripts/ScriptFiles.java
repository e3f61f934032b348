package dev.showrunner.studio.scripts;

import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.fdx.Fdx;
import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.layout.Layout;
import dev.showrunner.screenplay.layout.LayoutOptions;
import dev.showrunner.screenplay.layout.PageFormat;
import dev.showrunner.screenplay.layout.Pages;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.studio.errors.StudioException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/*
 * Imports are refused unless they are scripts: the extension must be one the studio reads, the
 * bytes must decode strictly (UTF-8 for Fountain), and a text holding NUL characters is taken
 * for a binary file in disguise. Final Draft files go through the engine's hardened FDX reader
 * (no DTDs, no external entities) and are kept as Fountain, the studio's text of record.
 */

/** Reads an uploaded script file (Fountain or Final Draft) into Fountain text. */
public final class ScriptFiles {

    private ScriptFiles() {}

    /**
     * The name an imported draft gets when none is given: "Imported from FILE", the file's name
     * shortened in the middle (its start and its extension kept) to fit a draft's name, and its
     * control characters made spaces. A long name is the file's doing, not the user's error.
     */
    public static String importedName(String filename) {
        String prefix = "Imported from ";
        String file = filename == null ? "" : filename.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", " ").strip();
        int room = Scripts.MAX_NAME - prefix.length();
        if (file.codePointCount(0, file.length()) <= room) {
            return prefix + file;
        }
        int[] points = file.codePoints().toArray();
        int tail = Math.min(20, room / 3);
        int head = room - tail - 1;
        return prefix + new String(points, 0, head) + "\u2026" + new String(points, points.length - tail, tail);
    }

    public static String read(String filename, byte[] bytes) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        String text;
        if (name.endsWith(".fountain") || name.endsWith(".spmd") || name.endsWith(".txt")) {
            text = utf8(filename, bytes);
        } else if (name.endsWith(".fdx")) {
            text = fdx(filename, bytes);
        } else if (name.endsWith(".pdf")) {
            throw StudioException.badRequest("file: " + filename + " is a PDF, which holds pages, not the script's"
                    + " paragraphs; export the script from your writing program as Final Draft (.fdx) or Fountain"
                    + " (.fountain) and import that");
        } else {
            throw StudioException.badRequest("file: " + filename + " is not a script file (use .fountain, .txt or .fdx)");
        }
        if (text.indexOf('\0') >= 0) {
            throw StudioException.badRequest("file: " + filename + " holds binary data; it is not a script file");
        }
        return text;
    }

    private static String utf8(String filename, byte[] bytes) {
        try {
            // The engine's reader checks the bytes strictly and says where they go wrong.
            Fountain.read(bytes, filename);
        } catch (ScriptFormatException e) {
            throw StudioException.badRequest("file: " + e.getMessage() + " (is it a Fountain script?)");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw StudioException.badRequest("file: " + filename + " is not UTF-8 text; it is not a Fountain script");
        }
    }

    private static String fdx(String filename, byte[] bytes) {
        try {
            return Fountain.write(Fdx.read(bytes, filename).screenplay());
        } catch (ScriptFormatException e) {
            throw StudioException.badRequest("file: " + e.getMessage());
        }
    }

    /**
     * The studio's one layout of a script: its own page format (its title page's {@code Format}),
     * Final Draft's default options. The draft's PDF and the editor's live pages are both this.
     */
    public static Pages layout(Screenplay script) {
        return Layout.paginate(script, PageFormat.forScript(script), LayoutOptions.DEFAULTS);
    }

    /** A draft's text laid out by the engine and printed as a PDF (Courier, the script's page format). */
    public static byte[] toPdf(String fountain) {
        var pages = layout(Fountain.read(fountain));
        var out = new java.io.ByteArrayOutputStream();
        try {
            dev.showrunner.print.PdfWriter.write(pages, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A draft's text as a Final Draft document. */
    public static byte[] toFdx(String fountain) {
        return Fdx.write(Fountain.read(fountain)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
