package dev.showrunner.planning.input;

import dev.showrunner.screenplay.ScriptFormatException;
import java.io.Reader;

/**
 * Reads a hand-written text format one line at a time: lines that are blank or start with
 * {@code #} (but not with a scene number like {@code #12A#}) are skipped, every other line
 * comes back as a {@link Field} that knows its line and column.
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

    private final LineReader lines;
    private final StringBuilder line = new StringBuilder();

    /**
     * @param in the text; read to its end, not closed
     * @param source a name for error messages, such as the file name
     */
    public InputLines(Reader in, String source) {
        this.lines = new LineReader(in, source, MAX_LINE, MAX_CHARS);
    }

    /**
     * A line starting with {@code #} is a comment, unless it starts with a scene number in
     * Fountain's form ({@code #12A#}), which the formats accept wherever a scene is named.
     */
    static boolean comment(String text) {
        return text.startsWith("#") && !SCENE_NUMBER.matcher(text).lookingAt();
    }

    private static final java.util.regex.Pattern SCENE_NUMBER = java.util.regex.Pattern.compile("#[\\p{Alnum}.\\-]+#");

    /** The name errors give for this input. */
    public String source() {
        return lines.source();
    }

    /**
     * The next line with content (not blank, not a {@code #} comment), stripped, or
     * {@code null} at the end of the input.
     *
     * @throws ScriptFormatException when a line or the whole input is too long
     * @throws java.io.UncheckedIOException when reading fails
     */
    public Field next() throws ScriptFormatException {
        while (lines.next(line)) {
            Field field = Field.of(lines.source(), lines.lineNumber(), line.toString());
            if (!field.isEmpty() && !comment(field.text())) {
                return field;
            }
        }
        return null;
    }
}
