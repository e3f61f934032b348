package dev.showrunner.screenplay.revision;

import java.util.List;
import java.util.Objects;

/**
 * A locked production script: the revision history, every scene's number, and every page's
 * number and content. A value: the studio stores it, the command line keeps it in a sidecar
 * file ({@link LockFile}). Later drafts are issued against it with {@link Revision#revise};
 * each issue returns the next lock. Unlocking is explicit: make a new lock from a draft whose
 * numbers were cleared with {@link SceneNumbers#renumber}.
 *
 * @param revisions the lock (level 0, White) and each revision issued since, in order
 * @param scenes every scene number in script order, omitted ones included
 * @param pages every page in order
 */
public record Lock(List<RevisionSet> revisions, List<Scene> scenes, List<Page> pages) {

    public Lock {
        revisions = List.copyOf(revisions);
        scenes = List.copyOf(scenes);
        pages = List.copyOf(pages);
        if (revisions.isEmpty()) {
            throw new IllegalArgumentException("a lock has at least its own revision set (level 0)");
        }
        for (int i = 0; i < revisions.size(); i++) {
            if (revisions.get(i).level() != i) {
                throw new IllegalArgumentException("revision levels must run 0, 1, 2, ...: found " + revisions.get(i).level() + " at " + i);
            }
        }
    }

    /** The latest revision issued (the lock itself when none was). */
    public RevisionSet current() {
        return revisions.getLast();
    }

    /** The revision set of a level, as recorded. */
    public RevisionSet revision(int level) {
        return revisions.get(level);
    }

    /**
     * A locked scene.
     *
     * @param number its number as printed ({@code 12}, {@code 12A})
     * @param heading the heading's text when locked (kept for omitted scenes, for reference)
     * @param omitted true once the scene was cut: it prints as {@code 12 OMITTED}
     * @param body the text of each element under the heading (see {@link ElementText}), which
     *     lets a later draft's scenes be matched to these; empty for omitted scenes
     */
    public record Scene(String number, String heading, boolean omitted, List<String> body) {
        public Scene {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(heading, "heading");
            body = List.copyOf(body);
        }
    }

    /**
     * A locked page.
     *
     * @param number as printed: {@code 23}, {@code 23A}, or a combined {@code 23-24}
     * @param revision the level of the revision whose paper this page is printed on
     * @param lines the page's printed lines (synthetic lines left out)
     */
    public record Page(String number, int revision, List<Line> lines) {
        public Page {
            Objects.requireNonNull(number, "number");
            lines = List.copyOf(lines);
        }
    }

    /**
     * A locked line.
     *
     * @param text as printed
     * @param revision the level of the revision that last changed it, 0 when never changed
     */
    public record Line(String text, int revision) {
        public Line {
            Objects.requireNonNull(text, "text");
        }
    }
}
