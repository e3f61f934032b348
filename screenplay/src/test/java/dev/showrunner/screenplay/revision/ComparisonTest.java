package dev.showrunner.screenplay.revision;

import static dev.showrunner.screenplay.revision.Drafts.scene;
import static dev.showrunner.screenplay.revision.Drafts.scenes;
import static dev.showrunner.screenplay.revision.Drafts.script;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.screenplay.model.Action;
import dev.showrunner.screenplay.model.Element;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.model.Span;
import dev.showrunner.screenplay.model.StyledText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private static final Screenplay SHORT = script(List.of(
            scene("INT. KITCHEN - NIGHT", "He walks to the door.", "MARY: Wait!"),
            scene("EXT. GARDEN - DAY", "Roses everywhere.", "The gate creaks."),
            scene("INT. CAR - DAY", "Rain on the windshield.")));

    @Test
    void compare_sameDraft_noChanges() {
        Comparison comparison = Comparison.of(SHORT, SHORT);
        assertThat(comparison.isEmpty()).isTrue();
        assertThat(comparison.scenes()).hasSize(3).allMatch(s -> s instanceof SceneChange.Unchanged);
    }

    @Test
    void compare_onlySpansDiffer_noChanges() {
        List<Element> spanned = new ArrayList<>(SHORT.elements());
        spanned.set(1, new Action(StyledText.plain("He walks to the door."), false, new Span(10, 31, 2, 1)));
        assertThat(Comparison.of(SHORT, new Screenplay(SHORT.titlePage(), spanned)).isEmpty()).isTrue();
    }

    @Test
    void compare_wordChangedInAction_changedSceneWithWordEdit() {
        Screenplay revised = script(List.of(
                scene("INT. KITCHEN - NIGHT", "He runs to the door.", "MARY: Wait!"),
                scene("EXT. GARDEN - DAY", "Roses everywhere.", "The gate creaks."),
                scene("INT. CAR - DAY", "Rain on the windshield.")));
        Comparison comparison = Comparison.of(SHORT, revised);
        assertThat(comparison.changes()).hasSize(1);
        SceneChange.Changed changed = (SceneChange.Changed) comparison.changes().getFirst();
        assertThat(changed.elements()).filteredOn(ElementChange::isChange).singleElement()
                .isInstanceOfSatisfying(ElementChange.Edited.class, e -> assertThat(e.words())
                        .contains(new TextEdit(LineDiff.Kind.REPLACE, "walks", "runs")));
    }

    @Test
    void compare_sceneMovedToTheEnd_oneMoveNoAddOrRemove() {
        List<List<Element>> base = scenes(10, 3);
        List<List<Element>> moved = new ArrayList<>(base);
        moved.add(moved.remove(2));
        Comparison comparison = Comparison.of(script(base), script(moved));
        assertThat(comparison.changes()).singleElement().isInstanceOfSatisfying(SceneChange.Moved.class, m -> {
            assertThat(m.old().ordinal()).isEqualTo(3);
            assertThat(m.now().ordinal()).isEqualTo(10);
            assertThat(m.isEdited()).isFalse();
        });
    }

    @Test
    void compare_sceneMovedAndRewritten_oneEditedMove() {
        List<List<Element>> base = scenes(10, 4);
        List<List<Element>> moved = new ArrayList<>(base);
        List<Element> scene = new ArrayList<>(moved.remove(7));
        scene.set(1, Action.of("A brand new line of action."));
        moved.add(1, scene);
        Comparison comparison = Comparison.of(script(base), script(moved));
        assertThat(comparison.changes()).singleElement().isInstanceOfSatisfying(SceneChange.Moved.class, m -> {
            assertThat(m.old().ordinal()).isEqualTo(8);
            assertThat(m.now().ordinal()).isEqualTo(2);
            assertThat(m.isEdited()).isTrue();
        });
    }

    @Test
    void compare_sceneRemovedAndOneAdded_reportedInPlace() {
        List<List<Element>> base = scenes(6, 3);
        List<List<Element>> revised = new ArrayList<>(base);
        revised.remove(1);
        revised.add(3, scene("EXT. LIGHTHOUSE - NIGHT", "A beam sweeps the sea."));
        Comparison comparison = Comparison.of(script(base), script(revised));
        assertThat(comparison.changes()).hasSize(2);
        assertThat(comparison.scenes().get(1)).isInstanceOfSatisfying(SceneChange.Removed.class,
                r -> assertThat(r.old().title()).isEqualTo("INT. ROOM 2 - DAY"));
        assertThat(comparison.changes().get(1)).isInstanceOfSatisfying(SceneChange.Added.class,
                a -> assertThat(a.now().title()).isEqualTo("EXT. LIGHTHOUSE - NIGHT"));
    }

    @Test
    void compare_headingChangedBodyKept_sameSceneChanged() {
        Screenplay revised = script(List.of(
                scene("INT. KITCHEN - DAY", "He walks to the door.", "MARY: Wait!"),
                scene("EXT. GARDEN - DAY", "Roses everywhere.", "The gate creaks."),
                scene("INT. CAR - DAY", "Rain on the windshield.")));
        assertThat(Comparison.of(SHORT, revised).changes()).singleElement().isInstanceOf(SceneChange.Changed.class);
    }

    @Test
    void report_oneWordChange_goldenText() {
        Screenplay revised = script(List.of(
                scene("INT. KITCHEN - NIGHT", "He runs to the door.", "MARY: Wait!", "She follows."),
                scene("INT. CAR - DAY", "Rain on the windshield.")));
        assertThat(DiffReport.of(Comparison.of(SHORT, revised))).isEqualTo("""
                Changes: 1 changed, 0 added, 1 removed, 0 moved.

                CHANGED  scene 1 (was 1)  INT. KITCHEN - NIGHT
                  ~ Action: He [-walks-]{+runs+} to the door.
                  + Action: She follows.

                REMOVED  (was scene 2)  EXT. GARDEN - DAY
                  - Scene heading: EXT. GARDEN - DAY
                  - Action: Roses everywhere.
                  - Action: The gate creaks.
                """);
    }

    @Test
    void html_markupInText_escaped() {
        Screenplay revised = script(List.of(
                scene("INT. KITCHEN - NIGHT", "He walks to the <script>alert('x')</script> door & out.", "MARY: Wait!"),
                scene("EXT. GARDEN - DAY", "Roses everywhere.", "The gate creaks."),
                scene("INT. CAR - DAY", "Rain on the windshield.")));
        String html = DiffHtml.fragment(Comparison.of(SHORT, revised));
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("&amp; out").contains("<tr class=\"sr-edit\">").contains("<ins>");
        assertThat(DiffHtml.page(Comparison.of(SHORT, revised), "A <b> title")).startsWith("<!DOCTYPE html>")
                .contains("<title>A &lt;b&gt; title</title>");
    }

    @Test
    void html_longScriptOneSceneAddedOneRewritten_summaryLinksEachChangeAndUnchangedRunsFoldToOneRow() {
        List<List<Element>> before = new ArrayList<>();
        for (int n = 1; n <= 20; n++) {
            before.add(scene("INT. ROOM " + n + " - DAY", "Scene " + n + " happens here, as it did."));
        }
        List<List<Element>> after = new ArrayList<>(before);
        after.set(14, scene("INT. ROOM 15 - DAY", "Scene 15 happens here, as it did not."));
        after.add(5, scene("EXT. NEW ALLEY - NIGHT", "Rain."));
        Comparison comparison = Comparison.of(script(before), script(after));

        String summary = DiffHtml.summary(comparison);
        String table = DiffHtml.fragment(comparison);

        assertThat(summary).contains("1 scene added, 0 cut, 0 moved, 1 rewritten.")
                .contains("<a href=\"#change-1\">Added: EXT. NEW ALLEY - NIGHT</a>")
                .contains("<a href=\"#change-2\">Rewritten: INT. ROOM 15 - DAY</a>");
        assertThat(table).contains("id=\"change-1\"").contains("id=\"change-2\"").doesNotContain("id=\"change-3\"")
                .contains("<a href=\"#change-2\" class=\"sr-next\">next change</a>")
                .contains("<a href=\"#change-1\" class=\"sr-previous\">previous change</a>")
                .contains("5 scenes unchanged: INT. ROOM 1 - DAY … INT. ROOM 5 - DAY")
                .contains("9 scenes unchanged: INT. ROOM 6 - DAY … INT. ROOM 14 - DAY")
                .doesNotContain("<th>INT. ROOM 3 - DAY</th>");
        assertThat(DiffHtml.summary(Comparison.of(script(before), script(before)))).contains("No scene changed.");
    }
}
