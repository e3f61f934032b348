package dev.showrunner.screenplay.revision;

import java.util.Objects;

/**
 * One printed line of a script as the layout engine sets it, before or after it is put on a
 * page: what locked pagination needs to know of the layout.
 *
 * @param element index into {@code Screenplay.elements()} of the element the line prints
 * @param part which text of the element: -1 the element's own text (for a speech, the cue),
 *     else the index of the dialogue part in its block (for dual dialogue, the right block's
 *     parts follow the left's)
 * @param start offset of the line's first character in that text
 * @param end offset just past its last character
 * @param text the line's text as printed, without margins, scene numbers or revision marks
 * @param spaceBefore blank lines the format puts before this line (dropped at the top of a page)
 * @param synthetic true for a line the pagination adds, such as {@code (MORE)} or a
 *     {@code (CONT'D)} cue; such lines are never locked, compared or marked
 */
public record PrintedLine(int element, int part, int start, int end, String text, int spaceBefore, boolean synthetic) {
    public PrintedLine {
        Objects.requireNonNull(text, "text");
        if (element < 0 || part < -1 || start < 0 || end < start || spaceBefore < 0) {
            throw new IllegalArgumentException("invalid printed line " + element + "/" + part + " " + start + ".." + end);
        }
    }

    /** True when the line starts inside its element (a speech continued from the page before). */
    public boolean continues() {
        return part > 0 || start > 0;
    }
}
