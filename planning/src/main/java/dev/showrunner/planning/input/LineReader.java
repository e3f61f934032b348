package dev.showrunner.planning.input;

import dev.showrunner.screenplay.ScriptFormatException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * Reads text one line at a time with bounded memory, for every plain-text input format of
 * planning: a line ends at {@code \n}, {@code \r\n} or {@code \r}; a line longer than the
 * limit, or an input longer than its limit, is refused with an error naming the line before
 * it is held.
 */
public final class LineReader {

    private final Reader in;
    private final String source;
    private final int maxLine;
    private final long maxChars;
    private final char[] buffer = new char[8192];
    private int bufferLength;
    private int bufferPos;
    private int number;
    private long chars;
    private boolean eof;

    /**
     * @param in the text; read to its end, not closed
     * @param source a name for error messages, such as the file name
     * @param maxLine the longest line accepted, in characters
     * @param maxChars the most characters accepted in all
     */
    public LineReader(Reader in, String source, int maxLine, long maxChars) {
        this.in = in;
        this.source = source == null ? "-" : source;
        this.maxLine = maxLine;
        this.maxChars = maxChars;
    }

    public String source() {
        return source;
    }

    /** The 1-based number of the line last read (0 before the first). */
    public int lineNumber() {
        return number;
    }

    /**
     * Reads the next line, without its end, into {@code line} (cleared first).
     *
     * @return false at the end of the input (an empty last line after a final line end is no line)
     * @throws ScriptFormatException when the line or the input is too long
     * @throws UncheckedIOException when reading fails
     */
    public boolean next(StringBuilder line) throws ScriptFormatException {
        line.setLength(0);
        if (eof) {
            return false;
        }
        while (true) {
            int c = read(number + 1);
            if (c < 0) {
                eof = true;
                if (line.isEmpty()) {
                    return false;
                }
                number++;
                return true;
            }
            if (c == '\n') {
                number++;
                return true;
            }
            if (c == '\r') {
                if (peek() == '\n') {
                    read(number + 1);
                }
                number++;
                return true;
            }
            if (line.length() >= maxLine) {
                throw new ScriptFormatException(source, number + 1, maxLine + 1, -1,
                        "line longer than " + maxLine + " characters");
            }
            line.append((char) c);
        }
    }

    private int read(int lineNumber) throws ScriptFormatException {
        int c = peek();
        if (c >= 0) {
            bufferPos++;
            if (++chars > maxChars) {
                throw new ScriptFormatException(source, lineNumber, 0, -1,
                        "input longer than " + maxChars + " characters: not a file written by hand");
            }
        }
        return c;
    }

    private int peek() {
        if (bufferPos == bufferLength) {
            try {
                bufferLength = in.read(buffer);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bufferPos = 0;
            if (bufferLength <= 0) {
                bufferLength = 0;
                return -1;
            }
        }
        return buffer[bufferPos];
    }
}
