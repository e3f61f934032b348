package dev.showrunner.screenplay.layout;

import java.util.Objects;

/**
 * How one kind of paragraph is printed: Final Draft's paragraph settings.
 *
 * @param leftIndent where lines start, in inches from the left edge of the paper
 * @param rightIndent where lines must end, in inches from the left edge of the paper
 * @param spaceBefore blank lines above the paragraph (dropped at the top of a page)
 * @param lineSpacing rows each printed line takes: 1 single-spaced, 2 double-spaced
 * @param uppercase printed in capitals whatever the case written
 * @param alignment where lines sit between the indents
 * @param startsNewPage the paragraph always begins a page
 * @param bold printed in bold
 * @param underline printed underlined
 * @param overhang Final Draft lets lines of this kind hold one character more than the
 *     indents allow (measured for action, parenthetical and dual dialogue; see
 *     docs/pagination.md §3)
 */
public record ElementStyle(
        double leftIndent, double rightIndent, int spaceBefore, int lineSpacing, boolean uppercase,
        Alignment alignment, boolean startsNewPage, boolean bold, boolean underline, boolean overhang) {

    public ElementStyle {
        Objects.requireNonNull(alignment, "alignment");
        if (rightIndent <= leftIndent) {
            throw new IllegalArgumentException("right indent %s is not right of left indent %s".formatted(rightIndent, leftIndent));
        }
        if (spaceBefore < 0 || lineSpacing < 1) {
            throw new IllegalArgumentException("spaceBefore must be >= 0 and lineSpacing >= 1");
        }
    }

    /** A left-aligned, single-spaced style. */
    public static ElementStyle of(double left, double right, int spaceBefore) {
        return new ElementStyle(left, right, spaceBefore, 1, false, Alignment.LEFT, false, false, false, false);
    }

    /** Characters a line holds at 10 characters per inch. */
    public int columns() {
        // Final Draft rounds a half column up: 3.75 in holds 38 characters (docs/pagination.md §3).
        int columns = (int) Math.round((rightIndent - leftIndent) * 10.0 + 1e-9);
        return Math.max(1, columns + (overhang ? 1 : 0));
    }

    public ElementStyle withIndents(double left, double right) {
        return new ElementStyle(left, right, spaceBefore, lineSpacing, uppercase, alignment, startsNewPage, bold, underline, overhang);
    }

    public ElementStyle withSpaceBefore(int lines) {
        return new ElementStyle(leftIndent, rightIndent, lines, lineSpacing, uppercase, alignment, startsNewPage, bold, underline, overhang);
    }

    public ElementStyle withLineSpacing(int rows) {
        return new ElementStyle(leftIndent, rightIndent, spaceBefore, rows, uppercase, alignment, startsNewPage, bold, underline, overhang);
    }

    public ElementStyle withUppercase(boolean upper) {
        return new ElementStyle(leftIndent, rightIndent, spaceBefore, lineSpacing, upper, alignment, startsNewPage, bold, underline, overhang);
    }

    public ElementStyle withAlignment(Alignment align) {
        return new ElementStyle(leftIndent, rightIndent, spaceBefore, lineSpacing, uppercase, align, startsNewPage, bold, underline, overhang);
    }

    public ElementStyle withStartsNewPage(boolean newPage) {
        return new ElementStyle(leftIndent, rightIndent, spaceBefore, lineSpacing, uppercase, alignment, newPage, bold, underline, overhang);
    }

    public ElementStyle withBold(boolean isBold) {
        return new ElementStyle(leftIndent, rightIndent, spaceBefore, lineSpacing, uppercase, alignment, startsNewPage, isBold, underline, overhang);
    }

    public ElementStyle withUnderline(boolean isUnderlined) {
        return new ElementStyle(leftIndent, rightIndent, spaceBefore, lineSpacing, uppercase, alignment, startsNewPage, bold, isUnderlined, overhang);
    }

    public ElementStyle withOverhang(boolean hangs) {
        return new ElementStyle(leftIndent, rightIndent, spaceBefore, lineSpacing, uppercase, alignment, startsNewPage, bold, underline, hangs);
    }
}
