package dev.showrunner.screenplay.revision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.screenplay.model.Action;
import dev.showrunner.screenplay.model.Element;
import dev.showrunner.screenplay.model.Screenplay;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ComparisonProperties {

    @Property(tries = 100)
    void compare_draftWithItself_findsNoChange(@ForAll @IntRange(min = 0, max = 30) int count, @ForAll long seed) {
        Screenplay draft = edited(Drafts.scenes(count, 3), seed, 5);
        assertThat(Comparison.of(draft, draft).isEmpty()).isTrue();
    }

    @Property(tries = 100)
    void compare_bothWays_mirrorImages(@ForAll @IntRange(min = 1, max = 25) int count, @ForAll long seed) {
        List<List<Element>> base = Drafts.scenes(count, 3);
        Screenplay a = Drafts.script(base);
        Screenplay b = edited(base, seed, 4);
        Comparison forward = Comparison.of(a, b);
        Comparison backward = Comparison.of(b, a);
        assertThat(forward.count(SceneChange.Added.class)).isEqualTo(backward.count(SceneChange.Removed.class));
        assertThat(forward.count(SceneChange.Removed.class)).isEqualTo(backward.count(SceneChange.Added.class));
        assertThat(forward.count(SceneChange.Moved.class)).isEqualTo(backward.count(SceneChange.Moved.class));
        // Which of two swapped scenes counts as the moved one is a tie either way round, so
        // compare the rewritten scenes, moved or not, rather than Changed alone.
        assertThat(rewritten(forward)).isEqualTo(rewritten(backward));
        assertThat(forward.isEmpty()).isEqualTo(backward.isEmpty());
    }

    @Property(tries = 100)
    void compare_anyEdits_everySceneOfBothDraftsAppearsOnce(@ForAll @IntRange(min = 0, max = 25) int count, @ForAll long seed) {
        List<List<Element>> base = Drafts.scenes(count, 2);
        Screenplay a = Drafts.script(base);
        Screenplay b = edited(base, seed, 6);
        Comparison comparison = Comparison.of(a, b);
        assertThat(comparison.scenes().stream().filter(s -> s.before().isPresent()).count()).isEqualTo(Scene.of(a).size());
        assertThat(comparison.scenes().stream().flatMap(s -> s.after().stream()).map(Scene::ordinal).toList())
                .isEqualTo(Scene.of(b).stream().map(Scene::ordinal).toList());
    }

    private static long rewritten(Comparison comparison) {
        return comparison.scenes().stream()
                .filter(s -> s instanceof SceneChange.Changed || (s instanceof SceneChange.Moved m && m.isEdited()))
                .count();
    }

    /** Applies up to {@code edits} random edits: cut, add, move, or reword a scene. */
    static Screenplay edited(List<List<Element>> base, long seed, int edits) {
        Random random = new Random(seed);
        List<List<Element>> scenes = new ArrayList<>(base);
        int n = random.nextInt(edits + 1);
        for (int e = 0; e < n; e++) {
            int kind = random.nextInt(4);
            if (scenes.isEmpty()) {
                kind = 1;
            }
            switch (kind) {
                case 0 -> scenes.remove(random.nextInt(scenes.size()));
                case 1 -> scenes.add(random.nextInt(scenes.size() + 1),
                        Drafts.scene("EXT. NEW PLACE " + seed + "-" + e + " - NIGHT", "Something new happens, number " + e + " of " + seed + "."));
                case 2 -> scenes.add(random.nextInt(scenes.size()), scenes.remove(random.nextInt(scenes.size())));
                default -> {
                    int i = random.nextInt(scenes.size());
                    List<Element> scene = new ArrayList<>(scenes.get(i));
                    scene.add(Action.of("An added beat " + e + "."));
                    scenes.set(i, scene);
                }
            }
        }
        return Drafts.script(scenes);
    }
}
