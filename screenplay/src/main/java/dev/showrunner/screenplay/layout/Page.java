package dev.showrunner.screenplay.layout;

import java.util.List;

/**
 * One body page.
 *
 * @param number the printed page number, 1 for the first body page
 * @param lines the lines in reading order (by row; in dual dialogue, left before right)
 * @param continuedFromPrevious the page begins in the middle of a scene
 * @param continuesOnNext a scene runs on to the next page
 */
public record Page(int number, List<Line> lines, boolean continuedFromPrevious, boolean continuesOnNext) {
    public Page {
        lines = List.copyOf(lines);
    }
}
