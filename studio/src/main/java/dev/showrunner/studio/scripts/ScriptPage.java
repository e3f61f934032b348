package dev.showrunner.studio.scripts;

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
        String text, boolean restoredWork, LivePages.Result preview, List<Draft> drafts) {

    public String baseLabel() {
        for (Draft d : drafts) {
            if (d.number() == base) {
                return d.label();
            }
        }
        return "no draft yet";
    }
}
