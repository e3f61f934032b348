package dev.showrunner.studio.notes;

import dev.showrunner.studio.accounts.Role;
import dev.showrunner.studio.scripts.Draft;
import dev.showrunner.studio.scripts.LivePages;
import dev.showrunner.studio.series.Episode;
import dev.showrunner.studio.series.Series;
import dev.showrunner.studio.web.Chrome;
import java.util.Arrays;
import java.util.List;

/** A delivery's page: the delivered draft's pages, the notes beside them, and the forms the reader's role allows. */
public record DeliveryPage(Chrome chrome, Series series, Episode episode, Role role, NotesJson.DeliveryDetail detail,
        LivePages.Result pages, List<Draft> drafts) {

    public boolean answers() {
        return role.writes();
    }

    public boolean room() {
        return role.room();
    }

    public List<Note.Category> categories() {
        return Arrays.asList(Note.Category.values());
    }

    public List<Note.Status> statuses() {
        return Arrays.asList(Note.Status.values());
    }

    public String when(long millis) {
        return java.time.Instant.ofEpochMilli(millis).toString().substring(0, 16).replace('T', ' ') + " UTC";
    }
}
