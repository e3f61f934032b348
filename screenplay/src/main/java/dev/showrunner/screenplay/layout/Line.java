package dev.showrunner.screenplay.layout;

import dev.showrunner.screenplay.model.Element;
import dev.showrunner.screenplay.model.Run;
import java.util.List;
import java.util.Objects;

/**
 * One printed line of a body page.
 *
 * @param row the line's row on the page, 0 for the first body line (6 rows to the inch)
 * @param type the paragraph style it is printed in
 * @param x inches from the left edge of the paper to the first character
 * @param runs the characters with their styles (never empty except for a blank line)
 * @param element the model element the line came from
 * @param column across the page, or a column of dual dialogue
 * @param part which text of the element: -1 the element's own text (for dialogue, the cue),
 *     else the index of the {@link dev.showrunner.screenplay.model.DialoguePart} in its block
 * @param start offset of the line's first character in that text's plain characters
 * @param end offset just past its last character; {@code start == end} for a line the layout
 *     added ({@code (MORE)}, a repeated cue)
 * @param sceneNumber the scene number printed in the margins of this line, or {@code null}
 */
public record Line(
        int row, ElementType type, double x, List<Run> runs, Element element, Column column, int part,
        int start, int end, String sceneNumber) {

    public Line {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(column, "column");
        runs = List.copyOf(runs);
    }

    /** The characters of the line, styles dropped. */
    public String text() {
        if (runs.size() == 1) {
            return runs.getFirst().text();
        }
        StringBuilder out = new StringBuilder();
        for (Run run : runs) {
            out.append(run.text());
        }
        return out.toString();
    }
}
