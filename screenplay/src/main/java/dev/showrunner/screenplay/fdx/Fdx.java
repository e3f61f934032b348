package dev.showrunner.screenplay.fdx;

import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.model.Screenplay;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Final Draft's {@code .fdx} format, in and out.
 *
 * <p>Reading is strict about the container and lenient about the content: input that is not XML,
 * not a {@code <FinalDraft>} document, of an unknown version, or that carries a DTD fails with a
 * {@link ScriptFormatException} naming the line and column; anything inside a well-formed document
 * is kept, and whatever could not be kept exactly is listed in {@link FdxDocument#warnings()}.
 *
 * <p>Writing produces a file Final Draft 10 and later open as a script (version 5), and that this
 * reader reads back to an equal model ({@link Screenplay#withoutSpans()}): see docs/fdx.md for how
 * Fountain-only elements (sections, synopses, notes, boneyard, forced elements) travel.
 */
public final class Fdx {

    private Fdx() {}

    /**
     * Reads an FDX file, streaming; the stream is read to its end but not closed.
     *
     * @param sourceName a name for the input in messages, such as the file name
     * @throws ScriptFormatException when the input is not a readable FDX file
     */
    public static FdxDocument read(InputStream in, String sourceName) throws ScriptFormatException {
        Objects.requireNonNull(in, "in");
        return FdxReader.read(in, sourceName);
    }

    /** Reads an FDX file held in memory; see {@link #read(InputStream, String)}. */
    public static FdxDocument read(byte[] bytes, String sourceName) throws ScriptFormatException {
        Objects.requireNonNull(bytes, "bytes");
        return read(new ByteArrayInputStream(bytes), sourceName);
    }

    /** The script as FDX, in Final Draft's default screenplay layout. */
    public static String write(Screenplay screenplay) {
        return write(FdxDocument.of(screenplay));
    }

    /** The script as FDX, with the given page layout as its element settings. */
    public static String write(Screenplay screenplay, FdxLayout layout) {
        return write(new FdxDocument(screenplay, layout, FdxDocument.Revisions.NONE, FdxDocument.Locks.NONE, java.util.List.of()));
    }

    /** The document as FDX: script, layout, revision sets and marks, locks. */
    public static String write(FdxDocument document) {
        Objects.requireNonNull(document, "document");
        return new FdxWriter(document).write();
    }

    /** {@link #write(FdxDocument)} as UTF-8 bytes, ready to save as a {@code .fdx} file. */
    public static byte[] writeBytes(FdxDocument document) {
        return write(document).getBytes(StandardCharsets.UTF_8);
    }
}
