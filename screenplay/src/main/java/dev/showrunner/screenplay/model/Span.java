package dev.showrunner.screenplay.model;

/**
 * Where an element came from in its source text.
 *
 * @param start offset of the first character (UTF-16 index into the decoded source)
 * @param end offset just past the last character
 * @param line 1-based line of {@code start}
 * @param column 1-based column of {@code start}
 */
public record Span(int start, int end, int line, int column) {

    /** The span of an element that was not read from text. */
    public static final Span NONE = new Span(0, 0, 0, 0);

    public Span {
        if (start < 0 || end < start || line < 0 || column < 0) {
            throw new IllegalArgumentException(
                    "invalid span start=%d end=%d line=%d column=%d".formatted(start, end, line, column));
        }
    }

    public int length() {
        return end - start;
    }

    /** True when this span covers the given source offset. */
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
