package dev.showrunner.studio.scripts;

import dev.showrunner.screenplay.revision.RevisionColor;
import dev.showrunner.studio.web.Chrome;
import dev.showrunner.studio.scripts.Draft;
import dev.showrunner.studio.scripts.Issue;
import dev.showrunner.studio.series.Episode;
import dev.showrunner.studio.series.Series;
import java.util.List;

/** An episode's drafts, newest first, with the form to compare two, and the production lock's issues. */
public record HistoryPage(Chrome chrome, Series series, Episode episode, List<Draft> drafts, boolean canEdit,
        boolean mayIssue, List<Issue> issues) {

    /** The colours a revision may take, the next in the industry's order first: Blue, Pink, ... Double Cherry. */
    public List<String> colours() {
        int next = issues.isEmpty() ? 1 : issues.size();
        List<String> names = new java.util.ArrayList<>();
        for (int i = 1; i < 18; i++) {
            names.add(new RevisionColor(i).displayName());
        }
        String first = new RevisionColor(next).displayName();
        names.remove(first);
        names.addFirst(first);
        return names;
    }


    /** The issue made from a draft, if any (a draft may be locked or the source of a revision). */
    public Issue issueOf(Draft draft) {
        for (Issue issue : issues) {
            if (issue.draftNumber() == draft.number()) {
                return issue;
            }
        }
        return null;
    }
}
