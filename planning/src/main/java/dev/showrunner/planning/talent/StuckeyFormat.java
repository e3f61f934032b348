package dev.showrunner.planning.talent;

import dev.showrunner.screenplay.ScriptFormatException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Reads and writes talent scheduling instances in the text format of the benchmark set of
 * Garcia de la Banda, Stuckey &amp; Chu (2011):
 *
 * <pre>
 * NAME
 * SCENES
 * ACTORS
 * one line per actor: SCENES flags 0/1, then the actor's daily cost
 * SCENES durations (on one or more lines)
 * </pre>
 *
 * Blank lines are ignored. Every problem is reported as a {@link ScriptFormatException} naming
 * the line and column: a wrong count, a negative number, something that is not a number.
 *
 * <p>Memory stays bounded whatever the input: lines longer than {@value #MAX_LINE_CHARS}
 * characters, more than {@value #MAX_SCENES} scenes or {@value #MAX_ACTORS} actors, or more
 * than {@value #MAX_CELLS} actor-scene cells are refused before anything that size is
 * allocated (the instance itself takes one bit per cell).
 */
public final class StuckeyFormat {

    public static final int MAX_SCENES = 100_000;
    public static final int MAX_ACTORS = 100_000;
    public static final long MAX_CELLS = 200_000_000L;
    public static final int MAX_LINE_CHARS = 4 * MAX_SCENES + 64;
    private static final long MAX_NUMBER = 1L << 40;

    private StuckeyFormat() {}

    /**
     * Reads one instance.
     *
     * @param in the text; read to its end, not closed
     * @param source a name for error messages, such as the file name
     * @throws ScriptFormatException when the text is not a valid instance
     * @throws UncheckedIOException when reading fails
     */
    public static TalentInstance read(Reader in, String source) throws ScriptFormatException {
        return new Parser(in, source).parse();
    }

    /** Writes {@code instance} in the format {@link #read} accepts. */
    public static void write(TalentInstance instance, Writer out) throws IOException {
        String name = instance.name().isBlank() ? "instance" : instance.name().replaceAll("\\s+", " ");
        out.write(name + "\n" + instance.sceneCount() + "\n" + instance.actorCount() + "\n\n");
        StringBuilder line = new StringBuilder();
        for (int a = 0; a < instance.actorCount(); a++) {
            line.setLength(0);
            for (int s = 0; s < instance.sceneCount(); s++) {
                line.append(instance.appears(a, s) ? "1 " : "0 ");
            }
            line.append(' ').append(instance.cost(a)).append('\n');
            out.write(line.toString());
        }
        line.setLength(0);
        line.append('\n');
        for (int s = 0; s < instance.sceneCount(); s++) {
            line.append(s == 0 ? "" : " ").append(instance.duration(s));
        }
        out.write(line.append('\n').toString());
        out.flush();
    }

    /** One pass over the text, one line at a time, tokens split on white space. */
    private static final class Parser {
        private final dev.showrunner.planning.input.LineReader lines;
        private final String source;
        private final StringBuilder line = new StringBuilder();
        private int lineNumber;

        // current line's tokens: start columns (0-based) and ends
        private int[] tokenStart = new int[16];
        private int[] tokenEnd = new int[16];
        private int tokenCount;

        Parser(Reader in, String source) {
            this.source = source == null ? "-" : source;
            this.lines = new dev.showrunner.planning.input.LineReader(in, this.source, MAX_LINE_CHARS, Long.MAX_VALUE);
        }

        TalentInstance parse() throws ScriptFormatException {
            if (!nextNonBlankLine()) {
                throw error(Math.max(lineNumber, 1), 0, "empty input: expected an instance name, the scene count and the actor count");
            }
            String name = line.toString().strip();
            int scenes = (int) singleNumber("the number of scenes", 1, MAX_SCENES);
            int actors = (int) singleNumber("the number of actors", 0, MAX_ACTORS);
            if ((long) scenes * actors > MAX_CELLS) {
                throw error(lineNumber, 0, scenes + " scenes \u00d7 " + actors + " actors is too large (at most "
                        + MAX_CELLS + " cells)");
            }
            int words = TalentInstance.words(scenes);
            long[][] plays = new long[actors][];
            long[] costs = new long[actors];
            for (int a = 0; a < actors; a++) {
                if (!nextNonBlankLine()) {
                    throw error(lineNumber, 0, "the input ends after " + a + " of " + actors
                            + " actor lines (each: " + scenes + " flags 0 or 1, then the daily cost)");
                }
                if (tokenCount != scenes + 1) {
                    throw error(lineNumber, 0, "actor " + (a + 1) + " has " + tokenCount + " values; expected "
                            + (scenes + 1) + " (" + scenes + " flags 0 or 1, then the daily cost)");
                }
                long[] row = new long[words];
                for (int s = 0; s < scenes; s++) {
                    int start = tokenStart[s];
                    if (tokenEnd[s] - start != 1 || (line.charAt(start) != '0' && line.charAt(start) != '1')) {
                        throw error(lineNumber, start + 1, "actor " + (a + 1) + ", scene " + (s + 1)
                                + ": expected 0 or 1, found \"" + token(s) + "\"");
                    }
                    if (line.charAt(start) == '1') {
                        row[s >>> 6] |= 1L << s;
                    }
                }
                plays[a] = row;
                costs[a] = number(scenes, "the daily cost of actor " + (a + 1));
            }
            long[] durations = new long[scenes];
            int read = 0;
            while (read < scenes) {
                if (!nextNonBlankLine()) {
                    throw error(lineNumber, 0, "the input ends after " + read + " of " + scenes + " scene durations");
                }
                if (read + tokenCount > scenes) {
                    throw error(lineNumber, tokenStart[scenes - read] + 1, "more than " + scenes
                            + " scene durations (found " + (read + tokenCount) + " so far)");
                }
                for (int t = 0; t < tokenCount; t++) {
                    durations[read] = number(t, "the duration of scene " + (read + 1));
                    read++;
                }
            }
            if (!TalentInstance.fitsInLong(costs, durations)) {
                throw error(lineNumber, 0, "the costs and durations are too large: the total cost of a schedule "
                        + "would not fit in 63 bits");
            }
            if (nextNonBlankLine()) {
                throw error(lineNumber, tokenStart[0] + 1, "unexpected text after the " + scenes
                        + " scene durations: \"" + token(0) + "\"");
            }
            return TalentInstance.ofBits(name, plays, costs, durations);
        }

        private long singleNumber(String what, long min, long max) throws ScriptFormatException {
            if (!nextNonBlankLine()) {
                throw error(lineNumber, 0, "the input ends before " + what);
            }
            if (tokenCount != 1) {
                throw error(lineNumber, 0, "expected " + what + " alone on the line, found " + tokenCount + " values");
            }
            long value = number(0, what);
            if (value < min || value > max) {
                throw error(lineNumber, tokenStart[0] + 1, what + " must be between " + min + " and " + max
                        + ", found " + value);
            }
            return value;
        }

        /** Parses token {@code t} as a non-negative integer. */
        private long number(int t, String what) throws ScriptFormatException {
            int start = tokenStart[t];
            int end = tokenEnd[t];
            int column = start + 1;
            if (line.charAt(start) == '-') {
                throw error(lineNumber, column, what + " is negative: \"" + token(t) + "\"");
            }
            long value = 0;
            for (int i = start; i < end; i++) {
                char c = line.charAt(i);
                if (c < '0' || c > '9') {
                    throw error(lineNumber, column, what + " is not a whole number: \"" + token(t) + "\"");
                }
                value = value * 10 + (c - '0');
                if (value > MAX_NUMBER) {
                    throw error(lineNumber, column, what + " is too large: \"" + token(t) + "\"");
                }
            }
            return value;
        }

        private String token(int t) {
            int end = Math.min(tokenEnd[t], tokenStart[t] + 40);
            return line.substring(tokenStart[t], end) + (end < tokenEnd[t] ? "\u2026" : "");
        }

        /** Advances to the next line holding a token; false at the end of the input. */
        private boolean nextNonBlankLine() throws ScriptFormatException {
            while (lines.next(line)) {
                lineNumber = lines.lineNumber();
                tokenize();
                if (tokenCount > 0) {
                    return true;
                }
            }
            tokenCount = 0;
            return false;
        }

        private void tokenize() {
            tokenCount = 0;
            int i = 0;
            int n = line.length();
            while (i < n) {
                while (i < n && isSpace(line.charAt(i))) {
                    i++;
                }
                if (i == n) {
                    break;
                }
                int start = i;
                while (i < n && !isSpace(line.charAt(i))) {
                    i++;
                }
                if (tokenCount == tokenStart.length) {
                    tokenStart = java.util.Arrays.copyOf(tokenStart, tokenCount * 2);
                    tokenEnd = java.util.Arrays.copyOf(tokenEnd, tokenCount * 2);
                }
                tokenStart[tokenCount] = start;
                tokenEnd[tokenCount] = i;
                tokenCount++;
            }
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\f' || c == '\u000b' || c == '\ufeff';
        }

        private ScriptFormatException error(int line, int column, String problem) {
            return new ScriptFormatException(source, line, column, -1, problem);
        }
    }
}
