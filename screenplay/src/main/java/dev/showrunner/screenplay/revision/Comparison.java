package dev.showrunner.screenplay.revision;

import dev.showrunner.screenplay.model.Screenplay;
import java.util.List;
import java.util.Objects;

/**
 * The difference between two drafts, scene by scene, in the new draft's order (a removed scene
 * stands where it stood, after the scene that preceded it). Compare with {@link #of}; render
 * with {@link DiffReport} (plain text) or {@link DiffHtml} (side by side).
 *
 * @param scenes every scene of both drafts, each once; unchanged scenes included
 */
public record Comparison(List<SceneChange> scenes) {

    public Comparison {
        scenes = List.copyOf(scenes);
    }

    /**
     * Compares two drafts. Scenes are matched by their content first (an identical scene is the
     * same scene wherever it went), then by heading and wording (a rewritten scene is still the
     * scene it was when enough of its heading and words remain); the matched scenes that keep
     * their order form the longest run possible, and the others are {@link SceneChange.Moved}.
     * Never throws for any pair of drafts.
     */
    public static Comparison of(Screenplay before, Screenplay after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        return SceneAligner.align(before, after);
    }

    /** The scenes that changed, in the order of {@link #scenes()}. */
    public List<SceneChange> changes() {
        return scenes.stream().filter(SceneChange::isChange).toList();
    }

    /** True when the two drafts say the same thing, scene for scene. */
    public boolean isEmpty() {
        return scenes.stream().noneMatch(SceneChange::isChange);
    }

    /** How many scene changes of one kind, e.g. {@code count(SceneChange.Moved.class)}. */
    public long count(Class<? extends SceneChange> kind) {
        return scenes.stream().filter(kind::isInstance).count();
    }
}
