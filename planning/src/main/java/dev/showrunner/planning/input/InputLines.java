package dev.showrunner.planning.input;

import dev.showrunner.screenplay.ScriptFormatException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * Reads a hand-written text format one line at a time: lines that are blank or start with
 * {@code #} are skipped, every other line comes back as a {@link Field} that knows its line
 * and column.
 *
 * <p>Memory stays bounded whatever the input: a line longer than {@value #MAX_LINE}
 * characters, or more than {@value #MAX_CHARS} characters in all, is refused with an error
 * before it is held.
 */
public final class InputLines {

    /** Longest line accepted, in characters. */
    public static final int MAX_LINE = 10_000;
    /** Most characters accepted in one input (far more than any production's file). */
    public static final long MAX_CHARS = 4_000_000;

    private final Reader in;
    private final String source;
    private final char[] buffer = new char[8192];
    private int bufferLength;
    private int bufferPos;
    private final StringBuilder line = new StringBuilder();
    private int number;
    private long chars;
    private boolean eof;

    /**
     * @param in the text; read to its end, not closed
     * @param source a name for error messages, such as the file name
     */
    public InputLines(Reader in, String source) {
        this.in = in;
        this.source = source == null ? "-" : source;
    }

    /** The name errors give for this input. */
    public String source() {
        return source;
    }

    /**
     * The next line with content (not blank, not a {@code #} comment), stripped, or
     * {@code null} at the end of the input.
     *
     * @throws ScriptFormatException when a line or the whole input is too long
     * @throws UncheckedIOException when reading fails
     */
    public Field next() throws ScriptFormatException {
        while (readLine()) {
            Field field = Field.of(source, number, line.toString());
            if (!field.isEmpty() && !field.text().startsWith("#")) {
                return field;
            }
        }
        return null;
    }

    private boolean readLine() throws ScriptFormatException {
        if (eof) {
            return false;
        }
        line.setLength(0);
        number++;
        while (true) {
            int c = read();
            if (c < 0) {
                eof = true;
                return line.length() > 0;
            }
            if (c == '\n') {
                return true;
            }
            if (c == '\r') {
                if (peek() == '\n') {
                    read();
                }
                return true;
            }
            if (line.length() >= MAX_LINE) {
                throw new ScriptFormatException(source, number, MAX_LINE + 1, -1,
                        "line longer than " + MAX_LINE + " characters");
            }
            line.append((char) c);
        }
    }

    private int read() throws ScriptFormatException {
        int c = peek();
        if (c >= 0) {
            bufferPos++;
            if (++chars > MAX_CHARS) {
                throw new ScriptFormatException(source, number, 0, -1,
                        "input longer than " + MAX_CHARS + " characters: not a file written by hand");
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
