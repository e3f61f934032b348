package dev.showrunner.screenplay.layout;

import dev.showrunner.screenplay.model.SceneHeading;

/**
 * How long a scene runs on paper.
 *
 * @param heading the scene's heading
 * @param number the scene's number: written, else its place in order (1-based)
 * @param firstPage the page the heading is printed on
 * @param rows body rows from the heading to the next scene's heading, page breaks not counted
 * @param eighths the length in eighths of a page, rounded to the nearest eighth; a scene shorter
 *     than an eighth counts as one (the industry's rule)
 */
public record SceneLength(SceneHeading heading, String number, int firstPage, int rows, int eighths) {

    /** The length as a value. */
    public Eighths length() {
        return Eighths.of(eighths);
    }

    /** The length as a production office writes it: {@code 1 3/8}, {@code 5/8}, {@code 2}. */
    public String display() {
        return length().toString();
    }
}
