package dev.showrunner.studio.scripts;

import java.util.List;

/** The script feature's JSON shapes, as {@code /api/openapi.json} describes them. */
final class ScriptJson {

    private ScriptJson() {}

    /** A draft without its text: what lists and references give. */
    record DraftSummary(int number, String name, String label, String author, long createdAt, int base) {
        static DraftSummary of(Draft d) {
            return new DraftSummary(d.number(), d.name(), d.label(), d.authorName(), d.createdAt(), d.baseNumber());
        }
    }

    /** A draft with its Fountain text. */
    record DraftText(int number, String name, String label, String author, long createdAt, int base, String text) {
        static DraftText of(Draft d) {
            return new DraftText(d.number(), d.name(), d.label(), d.authorName(), d.createdAt(), d.baseNumber(), d.body());
        }
    }

    /** A saved draft, and the drafts saved since its base that it was merged with. */
    record SavedDraft(int number, String name, String label, String author, long createdAt, int base,
            List<Integer> mergedWith) {
        static SavedDraft of(SaveOutcome.Saved saved) {
            Draft d = saved.draft();
            return new SavedDraft(d.number(), d.name(), d.label(), d.authorName(), d.createdAt(), d.baseNumber(),
                    saved.mergedWith());
        }
    }

    /**
     * A save refused because lines clash (409): the draft it started from, the latest, the text
     * merged with conflict markers, and each clash.
     */
    record Conflict(String error, String detail, int base, DraftSummary latest, String merged, List<Clash> conflicts) {
        static Conflict of(SaveOutcome.Conflicted c) {
            String theirs = "draft " + c.latest().number() + " by " + c.latest().authorName();
            return new Conflict("conflict", theirs + " was saved since you started from draft " + c.base()
                    + ", and some lines clash", c.base(), DraftSummary.of(c.latest()), c.merge().text("yours", theirs),
                    c.merge().conflicts().stream().map(x -> new Clash(x.scene(), x.base(), x.mine(), x.theirs())).toList());
        }
    }

    /** One clash: the scene it is in, and the lines of the base, yours and theirs. */
    record Clash(String scene, List<String> base, List<String> mine, List<String> theirs) {}

    /** Two drafts compared line by line. */
    record Compared(DraftSummary from, DraftSummary to, List<Comparison.Row> rows) {}

    /** An issue of the locked script: the lock (level 0) or a revision. */
    record IssueSummary(int level, int draft, String color, String label, String title, String author, long createdAt) {
        static IssueSummary of(Issue i) {
            return new IssueSummary(i.level(), i.draftNumber(), i.color(), i.label(), i.title(), i.authorName(),
                    i.createdAt());
        }
    }

    /** The editor's live pages of a text: the pages as HTML, its scenes, page count, length and running time. */
    record LivePreview(String html, List<LivePages.Scene> scenes, int pageCount, double pages, String pagesLabel,
            int minutes, String runningTime) {
        static LivePreview of(LivePages.Result r) {
            return new LivePreview(r.html(), r.scenes(), r.pageCount(), r.pages(), r.pagesLabel(), r.minutes(),
                    r.runningTime());
        }
    }
}
