package dev.showrunner.screenplay.notes;

import dev.showrunner.screenplay.revision.Scene;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one note's anchor in the new draft.
 *
 * @param status kept, changed or orphaned
 * @param anchor the anchor in the new draft's text: for {@link Status#KEPT} the same words at
 *     their new place; for {@link Status#CHANGED} their new version; for {@link Status#ORPHANED}
 *     the old quote with an empty range at the place in the new text where the words stood
 * @param scene the new draft's scene the anchor is in (for an orphan whose text was cut, the
 *     scene it stays on); empty when the note's scene was cut, or the anchor is on the title page
 * @param oldScene the old draft's scene the anchor was in; empty on the title page, or when the
 *     quote is not in the old draft at all
 * @param cause why an orphan is one; empty unless orphaned
 */
public record Carried(Status status, Anchor anchor, Optional<Scene> scene, Optional<Scene> oldScene, Optional<Cause> cause) {

    public Carried {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(scene, "scene");
        Objects.requireNonNull(oldScene, "oldScene");
        Objects.requireNonNull(cause, "cause");
        if (cause.isPresent() != (status == Status.ORPHANED)) {
            throw new IllegalArgumentException("a cause goes with an orphan, and only with one");
        }
    }

    /** The three outcomes of the rule. */
    public enum Status {
        /** The same words, perhaps moved, perhaps with their scene. */
        KEPT,
        /** The words were rewritten in place; the anchor covers their new version. */
        CHANGED,
        /** The words, or their scene, were cut. */
        ORPHANED;

        /** The name written in the notes' files: {@code kept}, {@code changed}, {@code orphaned}. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Why a note is orphaned. */
    public enum Cause {
        /** Its scene is not in the new draft. */
        SCENE_CUT,
        /** Its scene is, but its words were cut or rewritten past recognition. */
        TEXT_CUT,
        /** Its quote is not in the old draft: the note was not made on it. */
        NOT_IN_OLD
    }
}
