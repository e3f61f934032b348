package dev.showrunner.screenplay.revision;

import java.util.Objects;

/**
 * One printed line of a script as the layout engine sets it, before or after it is put on a
 * page: what locked pagination needs to know of the layout.
 *
 * @param element index into {@code Screenplay.elements()} of the element the line prints
 * @param index 0 for an element's first printed line, then 1, 2, ...: a page that starts at a
 *     line with index above 0 starts inside the element (a speech split across pages)
 * @param text the line's text as printed, without margins, scene numbers or revision marks
 * @param spaceBefore blank lines the format puts before this line (dropped at the top of a page)
 * @param synthetic true for a line the pagination adds, such as {@code (MORE)} or a
 *     {@code (CONT'D)} cue; such lines are never locked, compared or marked
 */
public record PrintedLine(int element, int index, String text, int spaceBefore, boolean synthetic) {
    public PrintedLine {
        Objects.requireNonNull(text, "text");
        if (element < 0 || index < 0 || spaceBefore < 0) {
            throw new IllegalArgumentException("negative element, index or space");
        }
    }
}
