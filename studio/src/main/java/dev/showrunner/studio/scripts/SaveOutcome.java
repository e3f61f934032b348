package dev.showrunner.studio.scripts;

import dev.showrunner.studio.scripts.merge.MergeResult;

/** What became of a save. */
public sealed interface SaveOutcome {

    /** Saved as a new draft; {@code mergedWith} lists the drafts merged in (empty when none). */
    record Saved(Draft draft, java.util.List<Integer> mergedWith) implements SaveOutcome {}

    /**
     * Not saved: lines clash with draft {@code latest}. {@code merge} shows where; save again
     * with {@code latest} as the base once resolved. The text is kept as work in progress.
     */
    record Conflicted(int base, Draft latest, MergeResult merge) implements SaveOutcome {}
}
