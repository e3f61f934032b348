package dev.showrunner.screenplay.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.screenplay.layout.SceneLengths;
import dev.showrunner.screenplay.model.Action;
import dev.showrunner.screenplay.model.Cue;
import dev.showrunner.screenplay.model.Dialogue;
import dev.showrunner.screenplay.model.DialogueBlock;
import dev.showrunner.screenplay.model.DualDialogue;
import dev.showrunner.screenplay.model.Parenthetical;
import dev.showrunner.screenplay.model.SceneHeading;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.model.Setting;
import dev.showrunner.screenplay.model.Span;
import org.junit.jupiter.api.Test;

class ScriptStatisticsTest {

    private static DialogueBlock says(String cue, String text) {
        return DialogueBlock.of(Cue.of(cue), Dialogue.of(text));
    }

    private final Screenplay script = Screenplay.of(
            Action.of("FADE IN:"),
            SceneHeading.of("INT. KITCHEN - NIGHT"),
            Action.of("MARY pours coffee."),
            says("MARY", "You're late."),
            DialogueBlock.of(new Cue("JOHN", java.util.List.of("O.S."), false, false, Span.NONE),
                    Parenthetical.of("(shouting)"), Dialogue.of("Traffic was murder!")),
            SceneHeading.of("EXT. GARDEN - DAY"),
            says("mary", "Look at the roses."),
            new DualDialogue(says("JOHN", "Lovely."), says("MARY", "Aren't they?"), Span.NONE),
            SceneHeading.of("INT. KITCHEN - LATER"),
            says("JOHN (CONT'D)", "More coffee?"));

    @Test
    void scenes_eachHeadingOnce_inOrderWithParts() {
        ScriptStatistics stats = ScriptStatistics.of(script);

        assertThat(stats.scenes()).extracting(SceneStat::index, SceneStat::heading, SceneStat::setting,
                        SceneStat::location, SceneStat::light)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "INT. KITCHEN - NIGHT", Setting.INTERIOR, "KITCHEN", TimeOfDay.NIGHT),
                        org.assertj.core.groups.Tuple.tuple(2, "EXT. GARDEN - DAY", Setting.EXTERIOR, "GARDEN", TimeOfDay.DAY),
                        org.assertj.core.groups.Tuple.tuple(3, "INT. KITCHEN - LATER", Setting.INTERIOR, "KITCHEN", TimeOfDay.UNSPECIFIED));
        assertThat(stats.scenes().get(1).speakingCharacters()).containsExactly("MARY", "JOHN");
    }

    @Test
    void characters_countSpeechesWordsAndScenes_foldingCaseAndExtensions() {
        ScriptStatistics stats = ScriptStatistics.of(script);

        assertThat(stats.characters()).containsExactly(
                new CharacterStat("JOHN", 3, 6, java.util.List.of(1, 2, 3)),
                new CharacterStat("MARY", 3, 8, java.util.List.of(1, 2)));
        assertThat(stats.dialogueWords()).isEqualTo(14);
        assertThat(stats.actionWords()).isEqualTo(5);
    }

    @Test
    void locationsAndSplits_countScenes() {
        ScriptStatistics stats = ScriptStatistics.of(script);

        assertThat(stats.locations()).containsExactly(
                new LocationStat("KITCHEN", 2, java.util.List.of(Setting.INTERIOR)),
                new LocationStat("GARDEN", 1, java.util.List.of(Setting.EXTERIOR)));
        assertThat(stats.settings()).containsEntry(Setting.INTERIOR, 2).containsEntry(Setting.EXTERIOR, 1);
        assertThat(stats.light()).containsEntry(TimeOfDay.NIGHT, 1).containsEntry(TimeOfDay.DAY, 1)
                .containsEntry(TimeOfDay.UNSPECIFIED, 1);
    }

    @Test
    void lengths_withoutPagination_areUnknownNotGuessed() {
        ScriptStatistics stats = ScriptStatistics.of(script);

        assertThat(stats.paginated()).isFalse();
        assertThat(stats.pageCount()).isEmpty();
        assertThat(stats.scenes()).allSatisfy(s -> assertThat(s.eighths()).isNull());
    }

    @Test
    void lengths_fromPagination_areCarriedAndSummed() {
        SceneLengths lengths = new SceneLengths() {
            public int pageCount() { return 2; }
            public int eighths(int scene) { return new int[] {9, 3, 1}[scene]; }
            public String startPage(int scene) { return new String[] {"1", "2", "2"}[scene]; }
        };

        ScriptStatistics stats = ScriptStatistics.of(script, lengths);

        assertThat(stats.pageCount()).contains(2);
        assertThat(stats.eighths()).contains(13);
        assertThat(stats.scenes()).extracting(SceneStat::eighths).containsExactly(9, 3, 1);
        assertThat(stats.scenes()).extracting(SceneStat::startPage).containsExactly("1", "2", "2");
    }

    @Test
    void timeOfDay_classifiesCommonPhrases() {
        assertThat(TimeOfDay.classify("LATER THAT NIGHT")).isEqualTo(TimeOfDay.NIGHT);
        assertThat(TimeOfDay.classify("EARLY MORNING")).isEqualTo(TimeOfDay.DAY);
        assertThat(TimeOfDay.classify("DAY (FLASHBACK)")).isEqualTo(TimeOfDay.DAY);
        assertThat(TimeOfDay.classify("SUNSET")).isEqualTo(TimeOfDay.DUSK);
        assertThat(TimeOfDay.classify("CONTINUOUS")).isEqualTo(TimeOfDay.UNSPECIFIED);
        assertThat(TimeOfDay.classify("DAYS LATER")).isEqualTo(TimeOfDay.UNSPECIFIED);
        assertThat(TimeOfDay.classify("")).isEqualTo(TimeOfDay.UNSPECIFIED);
    }

    @Test
    void words_countLikeWriters() {
        assertThat(Words.count("Don't go -- it's a trap!")).isEqualTo(5);
        assertThat(Words.count("well-known 42 ... ")).isEqualTo(2);
        assertThat(Words.count("")).isZero();
    }
}
