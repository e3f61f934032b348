package dev.showrunner.studio.scripts;

import dev.showrunner.screenplay.revision.LineDiff;
import dev.showrunner.studio.scripts.merge.ThreeWayMerge;
import java.util.ArrayList;
import java.util.List;

/** A line-by-line comparison of two drafts, for the history's comparison view. */
public final class Comparison {

    /** How a line changed from the older draft to the newer. */
    public enum Kind { SAME, ADDED, REMOVED }

    /** One row: the line, how it changed, and its line numbers (0 when absent on that side). */
    public record Row(Kind kind, String text, int oldLine, int newLine) {}

    private Comparison() {}

    public static List<Row> of(String older, String newer) {
        List<String> a = ThreeWayMerge.lines(older);
        List<String> b = ThreeWayMerge.lines(newer);
        int[] match = LineDiff.matches(a, b);
        List<Row> rows = new ArrayList<>();
        int j = 0;
        for (int i = 0; i < a.size(); i++) {
            if (match[i] < 0) {
                rows.add(new Row(Kind.REMOVED, a.get(i), i + 1, 0));
                continue;
            }
            while (j < match[i]) {
                rows.add(new Row(Kind.ADDED, b.get(j), 0, j + 1));
                j++;
            }
            rows.add(new Row(Kind.SAME, a.get(i), i + 1, j + 1));
            j++;
        }
        while (j < b.size()) {
            rows.add(new Row(Kind.ADDED, b.get(j), 0, j + 1));
            j++;
        }
        return rows;
    }
}
