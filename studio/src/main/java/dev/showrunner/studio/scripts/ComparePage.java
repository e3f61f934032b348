package dev.showrunner.studio.scripts;

import dev.showrunner.studio.web.Chrome;
import dev.showrunner.studio.scripts.Comparison;
import dev.showrunner.studio.scripts.Draft;
import dev.showrunner.studio.series.Episode;
import dev.showrunner.studio.series.Series;
import java.util.List;

/**
 * Two drafts compared: scene by scene (the revision engine's view, {@code sceneHtml}, escaped by
 * the engine) or line by line.
 */
public record ComparePage(Chrome chrome, Series series, Episode episode, Draft from, Draft to, List<Comparison.Row> rows,
        List<Draft> drafts, boolean byScene, String summaryHtml, String sceneHtml) {

    /** A line as shown: {@code kind} is same, added, removed, or skip (a run of unchanged lines). */
    public record Line(String kind, String text, int number) {}

    static final int CONTEXT = 3;

    /** The changed lines with {@value #CONTEXT} lines of context; longer unchanged runs fold. */
    public List<Line> lines() {
        int n = rows.size();
        boolean[] show = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (rows.get(i).kind() != Comparison.Kind.SAME) {
                for (int j = Math.max(0, i - CONTEXT); j <= Math.min(n - 1, i + CONTEXT); j++) {
                    show[j] = true;
                }
            }
        }
        List<Line> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < n) {
            if (show[i]) {
                Comparison.Row r = rows.get(i);
                switch (r.kind()) {
                    case ADDED -> out.add(new Line("added", r.text(), r.newLine()));
                    case REMOVED -> out.add(new Line("removed", r.text(), r.oldLine()));
                    case SAME -> out.add(new Line("same", r.text(), r.newLine()));
                }
                i++;
            } else {
                int start = i;
                while (i < n && !show[i]) {
                    i++;
                }
                out.add(new Line("skip", (i - start) + " unchanged " + (i - start == 1 ? "line" : "lines"), 0));
            }
        }
        return out;
    }

    public long added() {
        return rows.stream().filter(r -> r.kind() == Comparison.Kind.ADDED).count();
    }

    public long removed() {
        return rows.stream().filter(r -> r.kind() == Comparison.Kind.REMOVED).count();
    }
}
