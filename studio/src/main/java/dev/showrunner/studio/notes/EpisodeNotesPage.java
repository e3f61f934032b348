package dev.showrunner.studio.notes;

import dev.showrunner.studio.accounts.Access;
import dev.showrunner.studio.accounts.Role;
import dev.showrunner.studio.scripts.Draft;
import dev.showrunner.studio.series.Episode;
import dev.showrunner.studio.series.Series;
import dev.showrunner.studio.web.Chrome;
import java.util.List;

/** An episode's notes: its deliveries, where the notes stand, and (for the room's writers) the form to deliver. */
public record EpisodeNotesPage(Chrome chrome, Series series, Episode episode, Role role, List<Delivery> deliveries,
        Standing standing, List<Draft> drafts, List<Access.Member> members) {

    public boolean canDeliver() {
        return role.writes() && !drafts.isEmpty();
    }
}
