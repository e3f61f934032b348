package dev.showrunner.screenplay.fountain;

import java.util.Arrays;

/**
 * The source split into lines, with boneyards taken out: the first pass of the reader.
 *
 * <p>One forward scan. Lines end at CR, LF or CRLF; the terminator is not part of the line.
 * A {@code /* ... *}{@code /} boneyard that stands alone (only white space before it on its first
 * line and after it on its last) becomes one pseudo-line carrying its text; a boneyard with text
 * beside it is cut out of the line it sits in (see docs/fountain.md, "Boneyard"). An unclosed
 * {@code /*} is literal text: the search for {@code *}{@code /} runs once, and when it fails no
 * later {@code /*} can close either, so the scan stays linear.
 *
 * <p>Each line records where its text lies in {@link #buf} (the source itself when nothing was
 * cut, else a copy without the boneyards) and where it came from in the source.
 */
final class SourceLines {

    /** The text the line offsets index into. */
    final String buf;
    int count;
    int[] start;
    int[] end;
    int[] srcStart;
    int[] srcEnd;
    /** The 1-based source line of each line; null when line i is line i + 1. */
    int[] lineNo;
    /** Non-null at i when line i is a standalone boneyard: its text. */
    String[] boneyard;
    /**
     * False at i when line i holds no character that may start markup ({@code * _ \ [}), so its
     * text needs no inline parsing; null when not worked out (the text had boneyards).
     */
    boolean[] marks;

    private SourceLines(String buf, int capacity) {
        this.buf = buf;
        start = new int[capacity];
        end = new int[capacity];
        srcStart = new int[capacity];
        srcEnd = new int[capacity];
        lineNo = new int[capacity];
    }

    static SourceLines split(String src, Meter meter) {
        if (meter != null) {
            meter.add(src.length());
        }
        if (src.indexOf("/*") < 0) {
            return splitPlain(src);
        }
        return splitWithBoneyards(src, meter);
    }

    /*
     * Without boneyards the text is cut with String.indexOf, which the JDK runs over many
     * characters at a time: one pass for line breaks, one per markup character to flag the lines
     * that hold one. A character-by-character loop here costs several times more, mostly in
     * branches that text makes unpredictable.
     */
    private static SourceLines splitPlain(String src) {
        if (src.indexOf('\r') >= 0) {
            return splitPlainWithCr(src);
        }
        int n = src.length();
        // lines of a script average 30 to 40 characters: this rarely grows
        int capacity = n / 24 + 16;
        int[] start = new int[capacity];
        int[] end = new int[capacity];
        int count = 0;
        int lineStart = 0;
        for (int nl = src.indexOf('\n'); ; nl = src.indexOf('\n', lineStart)) {
            if (count == capacity) {
                capacity *= 2;
                start = Arrays.copyOf(start, capacity);
                end = Arrays.copyOf(end, capacity);
            }
            start[count] = lineStart;
            end[count] = nl < 0 ? n : nl;
            count++;
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        SourceLines lines = new SourceLines(src, 0);
        // nothing was cut: source offsets are the line offsets, and line i is line i + 1
        lines.start = start;
        lines.end = end;
        lines.srcStart = start;
        lines.srcEnd = end;
        lines.lineNo = null;
        lines.count = count;
        lines.marks = new boolean[count];
        flag(lines, src, '*');
        flag(lines, src, '_');
        flag(lines, src, '\\');
        flag(lines, src, '[');
        return lines;
    }

    /** Flags every line holding {@code c}; lines are walked forward with the matches, so linear. */
    private static void flag(SourceLines lines, String src, char c) {
        int line = 0;
        int p = src.indexOf(c);
        while (p >= 0) {
            while (lines.end[line] < p) {
                line++;
            }
            lines.marks[line] = true;
            // the rest of this line is flagged already: go on from the next line
            p = line + 1 < lines.count ? src.indexOf(c, lines.start[line + 1]) : -1;
        }
    }

    private static SourceLines splitPlainWithCr(String src) {
        int n = src.length();
        SourceLines lines = new SourceLines(src, Math.max(16, n / 32));
        int lineStart = 0;
        int line = 1;
        for (int i = 0; i < n; i++) {
            char c = src.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(lineStart, i, lineStart, i, line);
                if (c == '\r' && i + 1 < n && src.charAt(i + 1) == '\n') {
                    i++;
                }
                lineStart = i + 1;
                line++;
            }
        }
        lines.add(lineStart, n, lineStart, n, line);
        return lines;
    }

    private static SourceLines splitWithBoneyards(String src, Meter meter) {
        int n = src.length();
        StringBuilder out = new StringBuilder(n);
        Builder b = new Builder(Math.max(16, n / 32));
        int lineStartOut = 0;
        int lineStartSrc = 0;
        int lineNoAtStart = 1;
        int line = 1;
        boolean noClose = false;
        int i = 0;
        while (i < n) {
            char c = src.charAt(i);
            if (c == '\\' && i + 1 < n && Inline.isEscapable(src.charAt(i + 1))) {
                out.append(c).append(src.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '/' && !noClose && i + 1 < n && src.charAt(i + 1) == '*') {
                int close = src.indexOf("*/", i + 2);
                if (meter != null) {
                    meter.add((close < 0 ? n : close) - i);
                }
                if (close < 0) {
                    noClose = true;
                    out.append(c);
                    i++;
                    continue;
                }
                int after = close + 2;
                int eol = after;
                while (eol < n && FountainReader.isSpace(src.charAt(eol))) {
                    eol++;
                }
                boolean aloneAfter = eol == n || src.charAt(eol) == '\n' || src.charAt(eol) == '\r';
                boolean aloneBefore = isBlank(out, lineStartOut);
                int newlines = countLines(src, i + 2, close);
                if (aloneBefore && aloneAfter) {
                    out.setLength(lineStartOut);
                    b.add(lineStartOut, lineStartOut, lineStartSrc, after, lineNoAtStart);
                    b.boneyard(normalize(src, i + 2, close));
                    line += newlines;
                    // consume the rest of the line and its terminator
                    i = eol;
                    if (i < n) {
                        if (src.charAt(i) == '\r' && i + 1 < n && src.charAt(i + 1) == '\n') {
                            i++;
                        }
                        i++;
                        line++;
                    }
                    lineStartOut = out.length();
                    lineStartSrc = i;
                    lineNoAtStart = line;
                    if (i == n) {
                        // the boneyard ended the text: no empty line after it
                        return b.build(out.toString());
                    }
                    continue;
                }
                line += newlines;
                i = after;
                continue;
            }
            if (c == '\n' || c == '\r') {
                b.add(lineStartOut, out.length(), lineStartSrc, i, lineNoAtStart);
                if (c == '\r' && i + 1 < n && src.charAt(i + 1) == '\n') {
                    i++;
                }
                i++;
                line++;
                lineStartOut = out.length();
                lineStartSrc = i;
                lineNoAtStart = line;
                continue;
            }
            out.append(c);
            i++;
        }
        b.add(lineStartOut, out.length(), lineStartSrc, n, lineNoAtStart);
        return b.build(out.toString());
    }

    private static boolean isBlank(CharSequence s, int from) {
        for (int k = from; k < s.length(); k++) {
            if (!FountainReader.isSpace(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Lines started inside [from, to): LF, CR and CRLF each count once. */
    private static int countLines(String s, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == '\n') {
                lines++;
            } else if (c == '\r') {
                lines++;
                if (k + 1 < to && s.charAt(k + 1) == '\n') {
                    k++;
                }
            }
        }
        return lines;
    }

    /** The text with CRLF and CR made LF. */
    static String normalize(String s, int from, int to) {
        boolean cr = false;
        for (int k = from; k < to && !cr; k++) {
            cr = s.charAt(k) == '\r';
        }
        if (!cr) {
            return s.substring(from, to);
        }
        StringBuilder out = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == '\r') {
                out.append('\n');
                if (k + 1 < to && s.charAt(k + 1) == '\n') {
                    k++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private void add(int s, int e, int ss, int se, int ln) {
        if (count == start.length) {
            int cap = count * 2;
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            srcStart = Arrays.copyOf(srcStart, cap);
            srcEnd = Arrays.copyOf(srcEnd, cap);
            lineNo = Arrays.copyOf(lineNo, cap);
            if (boneyard != null) {
                boneyard = Arrays.copyOf(boneyard, cap);
            }
            if (marks != null) {
                marks = Arrays.copyOf(marks, cap);
            }
        }
        start[count] = s;
        end[count] = e;
        srcStart[count] = ss;
        srcEnd[count] = se;
        lineNo[count] = ln;
        count++;
    }

    /** Collects lines before the cut text exists. */
    private static final class Builder {
        private final SourceLines lines;

        Builder(int capacity) {
            lines = new SourceLines("", capacity);
        }

        void add(int s, int e, int ss, int se, int ln) {
            lines.add(s, e, ss, se, ln);
        }

        void boneyard(String text) {
            if (lines.boneyard == null) {
                lines.boneyard = new String[lines.start.length];
            }
            lines.boneyard[lines.count - 1] = text;
        }

        SourceLines build(String buf) {
            SourceLines done = new SourceLines(buf, 0);
            done.count = lines.count;
            done.start = lines.start;
            done.end = lines.end;
            done.srcStart = lines.srcStart;
            done.srcEnd = lines.srcEnd;
            done.lineNo = lines.lineNo;
            done.boneyard = lines.boneyard;
            return done;
        }
    }

    int line(int i) {
        return lineNo == null ? i + 1 : lineNo[i];
    }

    String boneyardAt(int i) {
        return boneyard == null ? null : boneyard[i];
    }
}
