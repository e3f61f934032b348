package dev.showrunner.studio.production;

import dev.showrunner.studio.web.Chrome;
import dev.showrunner.studio.production.ScheduleSearches;
import dev.showrunner.studio.series.Episode;
import dev.showrunner.studio.series.Series;
import java.util.Locale;

/**
 * A schedule search running in the background: how far it is, the best board's cost and the
 * bound so far, and a button that stops it early. The page reloads itself until the search
 * ends; then its address leads to the board found. {@code path} is the search's own address.
 */
public record SearchPage(Chrome chrome, Series series, Episode episode, ScheduleSearches.Search search,
        ScheduleSearches.State state, String path) {

    /**
     * Whether the search was running when the page was asked for: {@code state} is read once,
     * so a search that ends while the page is drawn is shown running, and the next reload
     * opens its board (read live, it could end between two questions and draw as failed).
     */
    public boolean running() {
        return state == ScheduleSearches.State.RUNNING;
    }

    /** "cost 773, lower bound 726 (within 6.1 % of the best)", or that no board is priced yet. */
    public String best() {
        var progress = search.progress();
        if (progress == null) {
            return "Laying out the first board…";
        }
        if (progress.cost() == progress.lowerBound()) {
            return "Best board so far: cost " + progress.cost() + ", the lower bound: no schedule costs less.";
        }
        return "Best board so far: cost " + progress.cost() + ", lower bound " + progress.lowerBound() + " (within "
                + String.format(Locale.ROOT, "%.1f %%", 100.0 * (progress.cost() - progress.lowerBound()) / progress.cost())
                + " of the best).";
    }
}
