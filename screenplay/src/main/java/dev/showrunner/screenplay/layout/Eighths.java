package dev.showrunner.screenplay.layout;

import java.util.Objects;

/**
 * A length in eighths of a page, as a production office measures scenes, days and scripts
 * (docs/pagination.md §12). The one way the product adds, compares and prints such a length:
 * {@code 3/8}, {@code 1 4/8}, {@code 2}, and with its unit {@code 3/8 page}, {@code 1 page},
 * {@code 1 1/8 pages}.
 *
 * @param value the length in eighths, never negative
 */
public record Eighths(int value) implements Comparable<Eighths> {

    /** Eighths in a page. */
    public static final int PER_PAGE = 8;

    public static final Eighths ZERO = new Eighths(0);

    public Eighths {
        if (value < 0) {
            throw new IllegalArgumentException("a length in eighths is never negative: " + value);
        }
    }

    public static Eighths of(int value) {
        return new Eighths(value);
    }

    /** Whole pages. */
    public static Eighths pages(int pages) {
        return new Eighths(Math.multiplyExact(pages, PER_PAGE));
    }

    /**
     * Reads a length as {@link #toString()} prints it: {@code 2}, {@code 3/8}, {@code 1 4/8}
     * (spaces around the parts are allowed; the eighths of a mixed length run from 1 to 7).
     *
     * @throws IllegalArgumentException naming the column (1-based) where the text stops being a
     *     length
     */
    public static Eighths parse(String text) {
        Objects.requireNonNull(text, "text");
        Reader r = new Reader(text);
        try {
            return parse(r);
        } catch (ArithmeticException overflow) {
            throw r.error("the length is too long");
        }
    }

    private static Eighths parse(Reader r) {
        r.spaces();
        int first = r.number();
        r.spaces();
        if (r.done()) {
            return pages(first);
        }
        if (r.peek() == '/') {
            r.expect('/');
            r.spaces();
            r.expectEight();
            r.spaces();
            r.end();
            return new Eighths(first);
        }
        int eighths = r.number();
        if (eighths < 1 || eighths >= PER_PAGE) {
            throw r.error("the eighths of a mixed length run from 1 to 7, not " + eighths);
        }
        r.spaces();
        r.expect('/');
        r.spaces();
        r.expectEight();
        r.spaces();
        r.end();
        return new Eighths(Math.addExact(Math.multiplyExact(first, PER_PAGE), eighths));
    }

    public Eighths plus(Eighths other) {
        return new Eighths(Math.addExact(value, other.value));
    }

    /** The whole pages in this length: 1 for {@code 1 3/8}. */
    public int wholePages() {
        return value / PER_PAGE;
    }

    /** The eighths beyond the whole pages: 3 for {@code 1 3/8}. */
    public int remainder() {
        return value % PER_PAGE;
    }

    /** The length in pages as a number: 1.375 for {@code 1 3/8}. */
    public double inPages() {
        return value / (double) PER_PAGE;
    }

    @Override
    public int compareTo(Eighths other) {
        return Integer.compare(value, other.value);
    }

    /** The length with its unit: {@code 3/8 page}, {@code 1 page}, {@code 1 1/8 pages}, {@code 0 pages}. */
    public String withUnit() {
        return this + (value > 0 && value <= PER_PAGE ? " page" : " pages");
    }

    /** The length as a production office writes it: {@code 3/8}, {@code 1 4/8}, {@code 2}, {@code 0}. */
    @Override
    public String toString() {
        int whole = wholePages();
        int rest = remainder();
        if (rest == 0) {
            return Integer.toString(whole);
        }
        return (whole > 0 ? whole + " " : "") + rest + "/8";
    }

    /** A cursor over the text being parsed, for errors that name their column. */
    private static final class Reader {
        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        boolean done() {
            return at >= text.length();
        }

        char peek() {
            return text.charAt(at);
        }

        void spaces() {
            while (!done() && peek() == ' ') {
                at++;
            }
        }

        int number() {
            int start = at;
            while (!done() && peek() >= '0' && peek() <= '9') {
                at++;
            }
            if (start == at) {
                throw error(done() ? "a number is missing" : "expected a number, found '" + peek() + "'");
            }
            try {
                return Integer.parseInt(text.substring(start, at));
            } catch (NumberFormatException tooLong) {
                at = start;
                throw error("the number is too large");
            }
        }

        void expect(char c) {
            if (done() || peek() != c) {
                throw error("expected '" + c + "'" + (done() ? "" : ", found '" + peek() + "'"));
            }
            at++;
        }

        void expectEight() {
            int start = at;
            int n = number();
            if (n != PER_PAGE) {
                at = start;
                throw error("a length is counted in eighths (/8), not /" + n);
            }
        }

        void end() {
            if (!done()) {
                throw error("unexpected '" + peek() + "'");
            }
        }

        IllegalArgumentException error(String problem) {
            return new IllegalArgumentException("\"" + text + "\" is not a length in eighths, column " + (at + 1) + ": " + problem);
        }
    }
}
