package dev.showrunner.studio.scripts;

import dev.showrunner.screenplay.revision.RevisionColor;
import dev.showrunner.studio.web.Chrome;
import dev.showrunner.studio.scripts.Draft;
import dev.showrunner.studio.scripts.LivePages;
import dev.showrunner.studio.series.Episode;
import dev.showrunner.studio.series.Season;
import dev.showrunner.studio.series.Series;
import java.util.List;

/**
 * The script page: the editor's text (the writer's work in progress when newer than the last
 * draft), the draft it started from, and the engine's pages of it.
 */
public record ScriptPage(Chrome chrome, Series series, Season season, Episode episode, boolean canEdit, int base,
        String text, boolean restoredWork, LivePages.Result preview, List<Draft> drafts, Issue latestIssue) {

    /**
     * What the page view says of the lock: "Locked · Blue revision current (from draft 4): the
     * pages as they print, …, changes since marked * on Pink pages, …"; null when not locked.
     */
    public String lockState() {
        if (latestIssue == null) {
            return null;
        }
        String current = latestIssue.level() == 0 ? "White (locked)" : latestIssue.color() + " revision";
        String next = RevisionColor.parse(latestIssue.color())
                .map(c -> c.next().displayName()).orElse("the next colour");
        return "Locked · " + current + " current (from draft " + latestIssue.draftNumber() + "): the pages as they"
                + " print, under their locked numbers; changes since are marked * on " + next + " pages, as the next"
                + " revision would issue them";
    }

    public String baseLabel() {
        for (Draft d : drafts) {
            if (d.number() == base) {
                return d.label();
            }
        }
        return "no draft yet";
    }
}
