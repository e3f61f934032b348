package dev.showrunner.screenplay.fountain;

import dev.showrunner.screenplay.model.InlineNote;
import dev.showrunner.screenplay.model.Run;
import dev.showrunner.screenplay.model.Style;
import dev.showrunner.screenplay.model.StyledText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Emphasis, escapes and inline notes inside one paragraph's text: {@code *italic*},
 * {@code **bold**}, {@code ***bold italic***}, {@code _underline_}, {@code \*} and
 * {@code [[note]]}.
 *
 * <p>Two passes over each line, both linear. Pass one finds the marks (escapes, asterisk runs,
 * underscore runs, notes) and pairs them with two stacks (asterisks, underscores) that are
 * emptied at every line break: emphasis never crosses a line. An asterisk run first closes openers from the top of its stack while the
 * opener is no longer than what is left of the run and something stands between them; what is
 * left opens (at most three asterisks; more are literal). An underscore closes the open
 * underscore when something stands between them, else opens. Openers left at the end of a line
 * are literal text. Pass two writes the line's characters and marks where each pair's style
 * starts and ends; at the end the runs are cut. Every token is pushed and popped at most once, so a line of ten million
 * unclosed markers costs ten million steps. An unclosed {@code [[} makes the search for
 * {@code ]]} fail once; later {@code [[} are then literal without searching again.
 *
 * <p>A line break carries the styles that the characters on both sides of it share (so a bold
 * paragraph written {@code **a**} / {@code **b**} on two lines is one bold run).
 */
final class Inline {

    private static final int ITALIC = 1;
    private static final int BOLD = 2;
    private static final int UNDERLINE = 4;
    private static final List<Set<Style>> STYLE_SETS = styleSets();

    private static final byte ESCAPE = 1;
    private static final byte STARS = 2;
    private static final byte UNDER = 3;
    private static final byte NOTE = 4;

    private Inline() {
    }

    /** True for the characters a backslash escapes: ASCII punctuation. */
    static boolean isEscapable(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }

    /** The styled text of {@code s}; lines are separated by {@code '\n'}. */
    static StyledText parse(String s) {
        return new Parser(null).parse(s);
    }

    /** True when the text holds a character that may start markup. */
    static boolean hasMarks(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '_' || c == '\\' || c == '[') {
                return true;
            }
        }
        return false;
    }

    /** A parser to reuse for many paragraphs (not thread-safe); counts steps into {@code meter} when it is not null. */
    static Parser parser(Meter meter) {
        return new Parser(meter);
    }

    /**
     * One parse. Tokens are the marks only (escapes, asterisk and underscore runs, notes); the
     * text between them is copied when the tokens are written out. Tokens are written out and
     * forgotten at every line break (where the stacks empty), so the arrays hold one line's marks.
     */
    static final class Parser {
        private final Meter meter;
        private final StringBuilder out = new StringBuilder();
        private String s;
        private List<InlineNote> notes;
        // style change counts by output position; allocated on the first pair
        private int[] italic;
        private int[] bold;
        private int[] under;

        private int tokens;
        private byte[] type = new byte[16];
        private int[] from = new int[16];
        private int[] to = new int[16];
        // runs: marks used to close, from the left; marks that open, at the right
        private int[] closeLen = new int[16];
        private int[] openLen = new int[16];
        // pair that this token opens (-1 none); first pair and count of pairs it closes
        private int[] openPair = new int[16];
        private int[] closeFirst = new int[16];
        private int[] closeCount = new int[16];
        private int[] contentAt = new int[16];

        private int pairs;
        private int[] pairStyle = new int[8];
        private int[] pairStart = new int[8];
        private int[] pairEnd = new int[8];
        private int anyPairs;

        private int[] starStack = new int[8];
        private int starTop;
        private int underOpen = -1;
        // characters of text seen on this line: a pair needs some between its marks
        private int content;
        private int lastEnd;
        // where the next copy of plain text starts
        private int cursor;

        Parser(Meter meter) {
            this.meter = meter;
        }

        /** The styled text of {@code text}; lines are separated by {@code '\n'}. */
        StyledText parse(String text) {
            int n = text.length();
            if (meter != null) {
                meter.add(n);
            }
            if (!hasMarks(text)) {
                return StyledText.plain(text);
            }
            s = text;
            out.setLength(0);
            notes = null;
            italic = null;
            bold = null;
            under = null;
            tokens = 0;
            pairs = 0;
            anyPairs = 0;
            starTop = 0;
            underOpen = -1;
            content = 0;
            lastEnd = 0;
            cursor = 0;
            StyledText result = run(n);
            s = null;
            if (out.capacity() > 1 << 16) {
                out.setLength(0);
                out.trimToSize();
            }
            return result;
        }

        private StyledText run(int n) {
            boolean noNoteClose = false;
            int i = 0;
            while (i < n) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < n && isEscapable(s.charAt(i + 1))) {
                    text(i);
                    add(ESCAPE, i, i + 2);
                    content++;
                    i += 2;
                    lastEnd = i;
                } else if (c == '*' || c == '_') {
                    int j = i;
                    while (j < n && s.charAt(j) == c) {
                        j++;
                    }
                    text(i);
                    if (c == '*') {
                        stars(i, j);
                    } else {
                        under(i, j);
                    }
                    i = j;
                    lastEnd = i;
                } else if (c == '\n') {
                    starTop = 0;
                    underOpen = -1;
                    flush(i);
                    i++;
                    content = 0;
                    lastEnd = i;
                } else if (c == '[' && !noNoteClose && i + 1 < n && s.charAt(i + 1) == '[') {
                    int close = s.indexOf("]]", i + 2);
                    if (meter != null) {
                        meter.add((close < 0 ? n : close) - i);
                    }
                    if (close < 0) {
                        noNoteClose = true;
                        i++;
                    } else {
                        text(i);
                        add(NOTE, i, close + 2);
                        i = close + 2;
                        lastEnd = i;
                    }
                } else {
                    i++;
                }
            }
            flush(n);
            if (meter != null) {
                meter.add(3L * n);
            }
            return build();
        }

        /** Counts the plain text between the last mark and position i. */
        private void text(int i) {
            content += i - lastEnd;
        }

        private void stars(int a, int b) {
            int t = add(STARS, a, b);
            int left = b - a;
            closeFirst[t] = pairs;
            while (left > 0 && starTop > 0) {
                int opener = starStack[starTop - 1];
                int len = openLen[opener];
                if (len > left || contentAt[opener] >= content) {
                    break;
                }
                starTop--;
                int p = addPair(len == 1 ? ITALIC : len == 2 ? BOLD : BOLD | ITALIC);
                openPair[opener] = p;
                closeCount[t]++;
                closeLen[t] += len;
                left -= len;
            }
            if (left > 0) {
                int open = Math.min(left, 3);
                // stars beyond three are literal text between the closing and opening parts
                content += left - open;
                openLen[t] = open;
                contentAt[t] = content;
                if (starTop == starStack.length) {
                    starStack = Arrays.copyOf(starStack, starTop * 2);
                }
                starStack[starTop++] = t;
            }
        }

        /** A run of underscores: the first may close the open one; the last opens; any between are text. */
        private void under(int a, int b) {
            int t = add(UNDER, a, b);
            int left = b - a;
            closeFirst[t] = pairs;
            if (underOpen >= 0 && contentAt[underOpen] < content) {
                closeCount[t] = 1;
                closeLen[t] = 1;
                openPair[underOpen] = addPair(UNDERLINE);
                underOpen = -1;
                left--;
            }
            if (left > 0) {
                if (underOpen >= 0) {
                    content++; // the earlier, empty opener is now literal
                }
                content += left - 1;
                openLen[t] = 1;
                contentAt[t] = content;
                underOpen = t;
            }
        }

        private int add(byte kind, int a, int b) {
            if (tokens == type.length) {
                int cap = tokens * 2;
                type = Arrays.copyOf(type, cap);
                from = Arrays.copyOf(from, cap);
                to = Arrays.copyOf(to, cap);
                closeLen = Arrays.copyOf(closeLen, cap);
                openLen = Arrays.copyOf(openLen, cap);
                openPair = Arrays.copyOf(openPair, cap);
                closeFirst = Arrays.copyOf(closeFirst, cap);
                closeCount = Arrays.copyOf(closeCount, cap);
                contentAt = Arrays.copyOf(contentAt, cap);
            }
            type[tokens] = kind;
            from[tokens] = a;
            to[tokens] = b;
            closeLen[tokens] = 0;
            openLen[tokens] = 0;
            openPair[tokens] = -1;
            closeCount[tokens] = 0;
            return tokens++;
        }

        private int addPair(int style) {
            if (pairs == pairStyle.length) {
                int cap = pairs * 2;
                pairStyle = Arrays.copyOf(pairStyle, cap);
                pairStart = Arrays.copyOf(pairStart, cap);
                pairEnd = Arrays.copyOf(pairEnd, cap);
            }
            pairStyle[pairs] = style;
            return pairs++;
        }

        /** Writes out the text and tokens up to source position {@code end}, then forgets the tokens. */
        private void flush(int end) {
            for (int t = 0; t < tokens; t++) {
                out.append(s, cursor, from[t]);
                cursor = to[t];
                switch (type[t]) {
                    case ESCAPE -> out.append(s.charAt(from[t] + 1));
                    case NOTE -> {
                        if (notes == null) {
                            notes = new ArrayList<>();
                        }
                        notes.add(new InlineNote(out.length(), s.substring(from[t] + 2, to[t] - 2)));
                    }
                    default -> { // STARS, UNDER: [closing marks][literal marks][opening marks]
                        for (int k = 0; k < closeCount[t]; k++) {
                            pairEnd[closeFirst[t] + k] = out.length();
                        }
                        int open = openPair[t] >= 0 ? openLen[t] : 0;
                        int literal = (to[t] - from[t]) - closeLen[t] - open;
                        char mark = type[t] == STARS ? '*' : '_';
                        for (int k = 0; k < literal; k++) {
                            out.append(mark);
                        }
                        if (openPair[t] >= 0) {
                            pairStart[openPair[t]] = out.length();
                        }
                    }
                }
            }
            out.append(s, cursor, end);
            cursor = end;
            if (pairs > 0) {
                if (italic == null) {
                    italic = new int[s.length() + 1];
                    bold = new int[s.length() + 1];
                    under = new int[s.length() + 1];
                }
                for (int p = 0; p < pairs; p++) {
                    int st = pairStyle[p];
                    int a = pairStart[p];
                    int b = pairEnd[p];
                    if ((st & ITALIC) != 0) {
                        italic[a]++;
                        italic[b]--;
                    }
                    if ((st & BOLD) != 0) {
                        bold[a]++;
                        bold[b]--;
                    }
                    if ((st & UNDERLINE) != 0) {
                        under[a]++;
                        under[b]--;
                    }
                }
                anyPairs += pairs;
            }
            if (meter != null) {
                meter.add(tokens + pairs);
            }
            tokens = 0;
            pairs = 0;
        }

        private StyledText build() {
            int n = out.length();
            if (anyPairs == 0) {
                String text = out.toString();
                if (notes == null) {
                    return StyledText.plain(text);
                }
                return new StyledText(text.isEmpty() ? List.of() : List.of(Run.plain(text)), notes);
            }
            int[] mask = new int[n];
            int ci = 0;
            int cb = 0;
            int cu = 0;
            for (int k = 0; k < n; k++) {
                ci += italic[k];
                cb += bold[k];
                cu += under[k];
                mask[k] = (ci > 0 ? ITALIC : 0) | (cb > 0 ? BOLD : 0) | (cu > 0 ? UNDERLINE : 0);
            }
            shareAcrossLineBreaks(out, mask);
            List<Run> runs = new ArrayList<>();
            int runStart = 0;
            for (int k = 1; k <= n; k++) {
                if (k == n || mask[k] != mask[runStart]) {
                    runs.add(new Run(out.substring(runStart, k), STYLE_SETS.get(mask[runStart])));
                    runStart = k;
                }
            }
            return new StyledText(runs, notes == null ? List.of() : notes);
        }
    }

    /** Gives each run of line breaks the styles shared by the characters on both sides of it. */
    static void shareAcrossLineBreaks(CharSequence text, int[] mask) {
        int n = text.length();
        int k = 0;
        while (k < n) {
            if (text.charAt(k) != '\n') {
                k++;
                continue;
            }
            int e = k;
            while (e < n && text.charAt(e) == '\n') {
                e++;
            }
            int shared = k > 0 && e < n ? mask[k - 1] & mask[e] : 0;
            for (int j = k; j < e; j++) {
                mask[j] = shared;
            }
            k = e;
        }
    }

    static int maskOf(Set<Style> styles) {
        int m = 0;
        for (Style st : styles) {
            m |= switch (st) {
                case ITALIC -> ITALIC;
                case BOLD -> BOLD;
                case UNDERLINE -> UNDERLINE;
            };
        }
        return m;
    }

    static Set<Style> stylesOf(int mask) {
        return STYLE_SETS.get(mask);
    }

    private static List<Set<Style>> styleSets() {
        List<Set<Style>> sets = new ArrayList<>(8);
        for (int m = 0; m < 8; m++) {
            EnumSet<Style> set = EnumSet.noneOf(Style.class);
            if ((m & ITALIC) != 0) {
                set.add(Style.ITALIC);
            }
            if ((m & BOLD) != 0) {
                set.add(Style.BOLD);
            }
            if ((m & UNDERLINE) != 0) {
                set.add(Style.UNDERLINE);
            }
            sets.add(Set.copyOf(set));
        }
        return List.copyOf(sets);
    }
}
