package dev.showrunner.screenplay.notes;

import java.util.Objects;

/**
 * Where a note points in a draft's Fountain text: a position ({@code start} to {@code end}, end
 * exclusive, counted in Unicode code points) and a quote ({@code exact}, with {@code prefix}
 * before it and {@code suffix} after it, either possibly empty). These are the W3C Web
 * Annotation's TextPositionSelector and TextQuoteSelector.
 */
public record Anchor(int start, int end, String exact, String prefix, String suffix) {

    /** How much text around a quote {@link #in} takes, in code points: enough to tell repeats apart. */
    public static final int CONTEXT = 32;

    public Anchor {
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid anchor range " + start + ".." + end);
        }
    }

    /**
     * The anchor of the code points {@code start} to {@code end} of {@code text}, with up to
     * {@link #CONTEXT} code points of text on either side.
     *
     * @throws IllegalArgumentException when the range is not inside the text
     */
    public static Anchor in(String text, int start, int end) {
        CodePoints points = CodePoints.of(text);
        if (start < 0 || end < start || end > points.length()) {
            throw new IllegalArgumentException("range " + start + ".." + end + " is not inside a text of "
                    + points.length() + " code points");
        }
        return points.anchor(points.charIndex(start), points.charIndex(end), CONTEXT, CONTEXT);
    }
}
