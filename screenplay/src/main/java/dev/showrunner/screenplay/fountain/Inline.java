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
 * <p>Two passes over the text, both linear. Pass one cuts the text into tokens (plain stretches,
 * escaped characters, asterisk runs, underscores, notes, line breaks) and pairs delimiters with
 * two stacks (asterisks, underscores) that are emptied at every line break: emphasis never
 * crosses a line. An asterisk run first closes openers from the top of its stack while the
 * opener is no longer than what is left of the run and something stands between them; what is
 * left opens (at most three asterisks; more are literal). An underscore closes the open
 * underscore when something stands between them, else opens. Openers left at the end of a line
 * are literal text. Pass two writes the characters, marks where each pair's style starts and
 * ends, and cuts runs. Every token is pushed and popped at most once, so a line of ten million
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

    private static final byte TEXT = 0;
    private static final byte ESCAPE = 1;
    private static final byte STARS = 2;
    private static final byte UNDER = 3;
    private static final byte NOTE = 4;
    private static final byte NEWLINE = 5;

    private Inline() {
    }

    /** True for the characters a backslash escapes: ASCII punctuation. */
    static boolean isEscapable(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }

    /** The styled text of {@code s}; lines are separated by {@code '\n'}. */
    static StyledText parse(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '_' || c == '\\' || c == '[') {
                return new Parser(s).parse();
            }
        }
        return StyledText.plain(s);
    }

    /** One parse; the token arrays grow as needed. */
    private static final class Parser {
        private final String s;
        private int tokens;
        private byte[] type = new byte[16];
        private int[] from = new int[16];
        private int[] to = new int[16];
        // STARS: stars used to close, from the left; stars that open, at the right
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

        private int[] starStack = new int[8];
        private int starTop;
        private int underOpen = -1;
        private int content;

        Parser(String s) {
            this.s = s;
        }

        StyledText parse() {
            tokenize();
            return emit();
        }

        private void tokenize() {
            int n = s.length();
            boolean noNoteClose = false;
            int i = 0;
            int textStart = -1;
            while (i < n) {
                char c = s.charAt(i);
                int kind;
                if (c == '\\' && i + 1 < n && isEscapable(s.charAt(i + 1))) {
                    kind = ESCAPE;
                } else if (c == '*') {
                    kind = STARS;
                } else if (c == '_') {
                    kind = UNDER;
                } else if (c == '\n') {
                    kind = NEWLINE;
                } else if (c == '[' && !noNoteClose && i + 1 < n && s.charAt(i + 1) == '[') {
                    kind = NOTE;
                } else {
                    if (textStart < 0) {
                        textStart = i;
                    }
                    i++;
                    continue;
                }
                if (textStart >= 0) {
                    add(TEXT, textStart, i);
                    content += i - textStart;
                    textStart = -1;
                }
                switch (kind) {
                    case ESCAPE -> {
                        add(ESCAPE, i + 1, i + 2);
                        content++;
                        i += 2;
                    }
                    case STARS -> {
                        int j = i;
                        while (j < n && s.charAt(j) == '*') {
                            j++;
                        }
                        stars(i, j);
                        i = j;
                    }
                    case UNDER -> {
                        under(i);
                        i++;
                    }
                    case NEWLINE -> {
                        add(NEWLINE, i, i + 1);
                        starTop = 0;
                        underOpen = -1;
                        content++;
                        i++;
                    }
                    default -> { // NOTE
                        int close = s.indexOf("]]", i + 2);
                        if (close < 0) {
                            noNoteClose = true;
                            textStart = i;
                            i++;
                        } else {
                            add(NOTE, i + 2, close);
                            i = close + 2;
                        }
                    }
                }
            }
            if (textStart >= 0) {
                add(TEXT, textStart, n);
            }
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
                openLen[t] = open;
                contentAt[t] = content;
                if (starTop == starStack.length) {
                    starStack = Arrays.copyOf(starStack, starTop * 2);
                }
                starStack[starTop++] = t;
                // stars beyond three are literal text between the closing and opening parts
                content += left - open;
            }
        }

        private void under(int a) {
            int t = add(UNDER, a, a + 1);
            if (underOpen >= 0 && contentAt[underOpen] < content) {
                closeFirst[t] = pairs;
                closeCount[t] = 1;
                openPair[underOpen] = addPair(UNDERLINE);
                underOpen = -1;
            } else {
                if (underOpen >= 0) {
                    content++; // the earlier, empty opener is now literal
                }
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
            openPair[tokens] = -1;
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

        private StyledText emit() {
            StringBuilder out = new StringBuilder(s.length());
            List<InlineNote> notes = null;
            for (int t = 0; t < tokens; t++) {
                switch (type[t]) {
                    case TEXT, ESCAPE, NEWLINE -> out.append(s, from[t], to[t]);
                    case NOTE -> {
                        if (notes == null) {
                            notes = new ArrayList<>();
                        }
                        notes.add(new InlineNote(out.length(), s.substring(from[t], to[t])));
                    }
                    case STARS -> {
                        for (int k = 0; k < closeCount[t]; k++) {
                            pairEnd[closeFirst[t] + k] = out.length();
                        }
                        int open = openPair[t] >= 0 ? openLen[t] : 0;
                        int literal = (to[t] - from[t]) - closeLen[t] - open;
                        for (int k = 0; k < literal; k++) {
                            out.append('*');
                        }
                        if (openPair[t] >= 0) {
                            pairStart[openPair[t]] = out.length();
                        }
                    }
                    default -> { // UNDER
                        if (closeCount[t] > 0) {
                            pairEnd[closeFirst[t]] = out.length();
                        } else if (openPair[t] >= 0) {
                            pairStart[openPair[t]] = out.length();
                        } else {
                            out.append('_');
                        }
                    }
                }
            }
            return build(out, notes);
        }

        private StyledText build(StringBuilder out, List<InlineNote> notes) {
            int n = out.length();
            if (pairs == 0) {
                String text = out.toString();
                if (notes == null) {
                    return StyledText.plain(text);
                }
                return new StyledText(text.isEmpty() ? List.of() : List.of(Run.plain(text)), notes);
            }
            int[] italic = new int[n + 1];
            int[] bold = new int[n + 1];
            int[] under = new int[n + 1];
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
