package dev.showrunner.screenplay.fountain;

import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.model.Screenplay;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Fountain in and out: the plain-text screenplay format of <a href="https://fountain.io/syntax">fountain.io</a>.
 *
 * <p>Reading is total: every text gives a screenplay, and whatever matches no other rule is
 * action. Time is linear in the length of the text. The rules, and how each ambiguity of the
 * published syntax is resolved, are in {@code docs/fountain.md}.
 *
 * <p>Writing gives canonical Fountain: one blank line between elements, marks that force an
 * element wherever the plain form would be read as something else, and escapes wherever text
 * would be read as markup, so that {@code read(write(s))} says the same as {@code s}.
 */
public final class Fountain {

    private Fountain() {
    }

    /**
     * Reads Fountain text. Never throws (for a non-null argument). A leading byte-order mark is
     * skipped; spans count it.
     */
    public static Screenplay read(String text) {
        Objects.requireNonNull(text, "text");
        return FountainReader.read(text);
    }

    /**
     * Reads a Fountain file's bytes, which must be UTF-8 (a leading byte-order mark is skipped;
     * spans index the text decoded after it).
     *
     * @param sourceName names the input in error messages, such as the file name
     * @throws ScriptFormatException when the bytes are not valid UTF-8; the message and the
     *     exception give the byte offset and the line of the first bad byte
     */
    public static Screenplay read(byte[] bytes, String sourceName) throws ScriptFormatException {
        Objects.requireNonNull(bytes, "bytes");
        return FountainReader.read(decode(bytes, sourceName == null ? "-" : sourceName), null, false);
    }

    /** The screenplay as canonical Fountain. */
    public static String write(Screenplay screenplay) {
        Objects.requireNonNull(screenplay, "screenplay");
        return FountainWriter.write(screenplay);
    }

    /** Strict UTF-8: malformed input is an error naming the first bad byte. */
    static String decode(byte[] bytes, String sourceName) throws ScriptFormatException {
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length - skip);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            int lineStart = 0;
            for (int k = 0; k < offset; k++) {
                byte c = bytes[k];
                if (c == '\n' || (c == '\r' && (k + 1 >= bytes.length || bytes[k + 1] != '\n'))) {
                    line++;
                    lineStart = k + 1;
                }
            }
            String problem = result.isMalformed()
                    ? "invalid UTF-8: byte 0x%02X at byte offset %d, line %d, cannot start or continue a character; save the file as UTF-8"
                            .formatted(bytes[offset] & 0xFF, offset, line)
                    : "invalid UTF-8 at byte offset %d, line %d".formatted(offset, line);
            throw new ScriptFormatException(sourceName, line, offset - lineStart + 1, offset, problem);
        }
        out.flip();
        return out.toString();
    }
}
