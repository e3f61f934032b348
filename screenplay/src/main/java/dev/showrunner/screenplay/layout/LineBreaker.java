package dev.showrunner.screenplay.layout;

import java.util.Arrays;

/**
 * Breaks text into printed lines the way Final Draft does (docs/pagination.md §4).
 *
 * <p>Greedy, first fit, over chunks: a chunk is a word with the white space after it, and a
 * word also ends after a run of hyphens that has a letter or digit on both sides ({@code
 * well-known} may break after {@code well-}). A chunk fits when the line, white space at its end
 * not counted and one hyphen at its end not counted either, holds at most {@code columns}
 * characters. A line starts with the first chunk that did not fit. A word longer than a whole
 * line is cut at the column limit. {@code '\n'} always ends a line; an empty paragraph is an
 * empty line.
 *
 * <p>Results are pairs of offsets {@code [start, end)} into the text, end excluding the white
 * space the line ends with, so that every printed line points back at its characters.
 */
final class LineBreaker {

    private LineBreaker() {}

    /** Breaks {@code text[from, to)} into lines of at most {@code columns}; returns start/end pairs. */
    static int[] wrap(String text, int from, int to, int columns) {
        Lines out = new Lines();
        int p = from;
        while (p <= to) {
            int q = text.indexOf('\n', p);
            if (q < 0 || q > to) {
                q = to;
            }
            wrapParagraph(text, p, q, columns, out);
            if (q >= to) {
                break;
            }
            p = q + 1;
        }
        return out.toArray();
    }

    private static void wrapParagraph(String text, int from, int to, int columns, Lines out) {
        if (from >= to) {
            out.add(from, from);
            return;
        }
        int lineStart = from;
        int lineEnd = from; // end of the last chunk taken, white space included
        int pos = from;
        while (pos < to) {
            int wordEnd = wordEnd(text, pos, to);
            int chunkEnd = wordEnd;
            while (chunkEnd < to && isSpace(text.charAt(chunkEnd))) {
                chunkEnd++;
            }
            if (lineEnd == lineStart) {
                // First chunk of a line always goes; one longer than the line is cut.
                int visible = wordEnd - lineStart;
                if (visible - trailingHyphen(text, wordEnd, lineStart) > columns && wordEnd > pos) {
                    int cut = lineStart + columns;
                    out.add(lineStart, cut);
                    lineStart = cut;
                    lineEnd = cut;
                    pos = cut;
                    continue;
                }
                lineEnd = chunkEnd;
                pos = chunkEnd;
                continue;
            }
            int effective = wordEnd - lineStart - trailingHyphen(text, wordEnd, lineStart);
            if (wordEnd == pos || effective <= columns) {
                lineEnd = chunkEnd;
                pos = chunkEnd;
            } else {
                out.add(lineStart, trimEnd(text, lineStart, lineEnd));
                lineStart = pos;
                lineEnd = pos;
            }
        }
        out.add(lineStart, trimEnd(text, lineStart, lineEnd));
    }

    /** End of the word starting at {@code pos}: at white space, or just after a breakable hyphen run. */
    private static int wordEnd(String text, int pos, int to) {
        int i = pos;
        while (i < to && !isSpace(text.charAt(i))) {
            char c = text.charAt(i);
            if (c == '-' && i > pos && Character.isLetterOrDigit(text.charAt(i - 1))) {
                int run = i;
                while (run < to && text.charAt(run) == '-') {
                    run++;
                }
                if (run < to && Character.isLetterOrDigit(text.charAt(run))) {
                    return run;
                }
                i = run;
                continue;
            }
            i++;
        }
        return i;
    }

    private static int trailingHyphen(String text, int end, int start) {
        return end > start && text.charAt(end - 1) == '-' ? 1 : 0;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /**
     * Offsets inside {@code text[from, to)} where a new sentence starts: after {@code . ! ?},
     * any closing quotes or brackets, then white space. The end of the text is not included.
     */
    static int[] sentenceStarts(String text, int from, int to) {
        Lines out = new Lines();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            while (j < to && isCloser(text.charAt(j))) {
                j++;
            }
            if (j < to && (isSpace(text.charAt(j)) || text.charAt(j) == '\n')) {
                while (j < to && (isSpace(text.charAt(j)) || text.charAt(j) == '\n')) {
                    j++;
                }
                if (j < to) {
                    out.add(j, j);
                }
                i = j - 1;
            }
        }
        int[] pairs = out.toArray();
        int[] starts = new int[pairs.length / 2];
        for (int k = 0; k < starts.length; k++) {
            starts[k] = pairs[2 * k];
        }
        return starts;
    }

    /** True when {@code text[from, to)}, white space and closers ignored, ends with . ! or ?. */
    static boolean endsSentence(String text, int from, int to) {
        int i = to;
        while (i > from && (Character.isWhitespace(text.charAt(i - 1)) || isCloser(text.charAt(i - 1)))) {
            i--;
        }
        if (i == from) {
            return false;
        }
        char c = text.charAt(i - 1);
        return c == '.' || c == '!' || c == '?';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201d' || c == '\u2019';
    }

    /** A growable list of int pairs. */
    private static final class Lines {
        private int[] data = new int[16];
        private int size;

        void add(int start, int end) {
            if (size + 2 > data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            data[size++] = start;
            data[size++] = end;
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
