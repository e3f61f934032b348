package dev.showrunner.studio.web.view;

import dev.showrunner.studio.scripts.Comparison;
import dev.showrunner.studio.scripts.Draft;
import dev.showrunner.studio.series.Episode;
import dev.showrunner.studio.series.Series;
import java.util.List;

/** Two drafts compared line by line. */
public record ComparePage(Chrome chrome, Series series, Episode episode, Draft from, Draft to, List<Comparison.Row> rows,
        List<Draft> drafts) {

    public long added() {
        return rows.stream().filter(r -> r.kind() == Comparison.Kind.ADDED).count();
    }

    public long removed() {
        return rows.stream().filter(r -> r.kind() == Comparison.Kind.REMOVED).count();
    }
}
