package dev.showrunner.studio.scripts.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThreeWayMergeTest {

    private static final String BASE = """
            INT. KITCHEN - NIGHT

            Mara washes a cup.

            MARA
            You're late.

            EXT. HARBOUR - NIGHT

            Fog. A bell.
            """;

    @Test
    void merge_onlyTheirsChanged_takesTheirs() {
        String theirs = BASE.replace("A bell.", "A distant bell.");
        MergeResult r = ThreeWayMerge.merge(BASE, BASE, theirs);
        assertThat(r.clean()).isTrue();
        assertThat(r.text("", "")).isEqualTo(theirs);
    }

    @Test
    void merge_differentScenesChanged_keepsBothEdits() {
        String mine = BASE.replace("You're late.", "You're late again.");
        String theirs = BASE.replace("Fog. A bell.", "Fog rolls in. A bell.");
        MergeResult r = ThreeWayMerge.merge(BASE, mine, theirs);
        assertThat(r.clean()).isTrue();
        assertThat(r.text("", "")).contains("You're late again.").contains("Fog rolls in. A bell.");
    }

    @Test
    void merge_sameLineChangedDifferently_conflictsUnderItsScene() {
        String mine = BASE.replace("Mara washes a cup.", "Mara smashes a cup.");
        String theirs = BASE.replace("Mara washes a cup.", "Mara dries a cup.");
        MergeResult r = ThreeWayMerge.merge(BASE, mine, theirs);
        assertThat(r.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.base()).containsExactly("Mara washes a cup.");
            assertThat(c.mine()).containsExactly("Mara smashes a cup.");
            assertThat(c.theirs()).containsExactly("Mara dries a cup.");
            assertThat(c.scene()).isEqualTo("INT. KITCHEN - NIGHT");
        });
        String marked = r.text("mine", "draft 2");
        assertThat(marked).contains("<<<<<<< mine\nMara smashes a cup.\n=======\nMara dries a cup.\n>>>>>>> draft 2");
        assertThat(MergeResult.hasMarkers(marked)).isTrue();
    }

    @Test
    void merge_bothAddNewScenesAtTheSamePlace_keepsBothScenesMineFirst() {
        String mine = BASE + "\nINT. LIGHTHOUSE - NIGHT\n\nThe lamp turns.\n";
        String theirs = BASE + "\nEXT. CLIFF - DAWN\n\nGulls.\n";
        MergeResult r = ThreeWayMerge.merge(BASE, mine, theirs);
        assertThat(r.clean()).isTrue();
        String text = r.text("", "");
        assertThat(text).contains("INT. LIGHTHOUSE - NIGHT").contains("EXT. CLIFF - DAWN");
        assertThat(text.indexOf("LIGHTHOUSE")).isLessThan(text.indexOf("CLIFF"));
    }

    @Test
    void merge_bothAddDifferentActionAtTheSamePlace_conflicts() {
        String mine = BASE.replace("A bell.\n", "A bell.\n\nA gull cries.\n");
        String theirs = BASE.replace("A bell.\n", "A bell.\n\nA ship's horn.\n");
        assertThat(ThreeWayMerge.merge(BASE, mine, theirs).clean()).isFalse();
    }

    @Test
    void merge_sameChangeOnBothSides_isClean() {
        String both = BASE.replace("Fog.", "Thick fog.");
        MergeResult r = ThreeWayMerge.merge(BASE, both, both);
        assertThat(r.clean()).isTrue();
        assertThat(r.text("", "")).isEqualTo(both);
    }

    @Test
    void match_reorderedScenes_keepsLongestOrderedRun() {
        var a = java.util.List.of("A", "B", "C", "D");
        var b = java.util.List.of("A", "C", "B", "D");
        int[] m = dev.showrunner.screenplay.revision.LineDiff.matches(a, b);
        int matched = 0;
        int last = -1;
        for (int j : m) {
            if (j >= 0) {
                assertThat(j).isGreaterThan(last);
                last = j;
                matched++;
            }
        }
        assertThat(matched).isEqualTo(3);
    }
}
