package dev.showrunner.planning.breakdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.layout.SceneLengths;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.model.Setting;
import dev.showrunner.screenplay.stats.TimeOfDay;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BreakdownTest {

    private static final Screenplay SCRIPT = Fountain.read("""
            INT. DINER - NIGHT

            MARY sits alone. A WAITRESS pours coffee. BANG! The door slams.

            MARY
            More, please.

            EXT. PARKING LOT - DAY

            JOHN SMITH (40s) leans on a truck. MARY watches from the window.

            JOHN SMITH
            She's late.
            """);

    private static SceneLengths lengths(int... eighths) {
        return new SceneLengths() {
            @Override
            public int pageCount() {
                return 1;
            }

            @Override
            public int eighths(int sceneIndex) {
                return eighths[sceneIndex];
            }

            @Override
            public String startPage(int sceneIndex) {
                return "1";
            }
        };
    }

    @Test
    void breakdown_voiceOverOnly_heardNotOnSet() {
        Screenplay script = Fountain.read("""
                INT. KITCHEN - DAY

                WILL pours coffee.

                EDWARD (V.O.)
                There are some fish that cannot be caught.

                WILL
                Dad?

                EXT. RIVER - DAY

                EDWARD (V.O.)
                It wasn't that it was faster or stronger.

                EDWARD
                It was touched by something extra.
                """);

        Breakdown breakdown = Breakdown.of(script, Elements.none());

        Sheet kitchen = breakdown.sheets().get(0);
        assertThat(kitchen.speakingCast()).containsExactly("WILL");
        assertThat(kitchen.voiceOver()).containsExactly("EDWARD");
        assertThat(kitchen.cast()).containsExactly("WILL");
        Sheet river = breakdown.sheets().get(1);
        assertThat(river.speakingCast()).containsExactly("EDWARD");
        assertThat(river.voiceOver()).isEmpty();
        assertThat(breakdown.cast()).contains("EDWARD", "WILL");
    }

    @Test
    void position_isThePlaceInScriptOrder_whateverTheSceneIsNumbered() {
        Breakdown breakdown = Breakdown.of(Fountain.read("""
                INT. KITCHEN - DAY #12A#

                A kettle.

                EXT. GARDEN - NIGHT #3#

                An owl.
                """), Elements.none());
        Breakdown other = Breakdown.of(Fountain.read("INT. HALL - DAY\n\nA clock.\n"), Elements.none());

        assertThat(breakdown.position(breakdown.sheets().get(0))).isEqualTo(1);
        assertThat(breakdown.position(breakdown.sheets().get(1))).isEqualTo(2);
        assertThatThrownBy(() -> breakdown.position(other.sheets().get(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in this breakdown");
    }

    @Test
    void together_cueOfTwoWhoEachSpeak_castsBoth() {
        Set<String> speakers = Set.of("MARY", "JOHN SMITH", "MARY AND JOHN SMITH", "SALT AND PEPPER");

        assertThat(Breakdown.together(List.of("MARY AND JOHN SMITH", "MARY"), speakers))
                .containsExactly("MARY", "JOHN SMITH");
        // a name with "and" in it, whose parts never speak alone, stays one cast member
        assertThat(Breakdown.together(List.of("SALT AND PEPPER"), speakers)).containsExactly("SALT AND PEPPER");
    }

    @Test
    void capitalised_soundsAndActionsInCapitals_areNotCast() {
        String action = "The crowd ROARS. APPLAUSE fills the tent. HACKING comes from the bed. "
                + "LAUGHTER, and a STEWARDESS leans in. MUSIC plays while KARL THE GIANT ducks.";

        assertThat(Breakdown.capitalised(action, java.util.Set.of("KARL THE GIANT")))
                .containsExactly("STEWARDESS", "KARL THE GIANT");
    }

    @Test
    void capitalised_objectsInCapitals_areNotCast() {
        String action = "The SCREEN DOOR slides open and DICK STEEL emerges. A POLICE CAR pulls up. "
                + "A POLICE OFFICER gets out. The PHONE rings; THE KEY, shown to MAX THE DOOR, turns.";

        assertThat(Breakdown.capitalised(action, java.util.Set.of("DICK STEEL", "MAX THE DOOR")))
                .containsExactly("DICK STEEL", "POLICE OFFICER", "MAX THE DOOR");
    }

    @Test
    void breakdown_twoScenes_givesSettingSetLightAndCast() {
        Breakdown breakdown = Breakdown.of(SCRIPT, lengths(3, 9), Elements.none());

        List<Sheet> sheets = breakdown.sheets();
        assertThat(sheets).hasSize(2);
        Sheet diner = sheets.get(0);
        assertThat(diner.setting()).isEqualTo(Setting.INTERIOR);
        assertThat(diner.set()).isEqualTo("DINER");
        assertThat(diner.light()).isEqualTo(TimeOfDay.NIGHT);
        assertThat(diner.speakingCast()).containsExactly("MARY");
        assertThat(diner.nonSpeakingCast()).containsExactly("WAITRESS");
        assertThat(diner.pages()).isEqualTo("3/8");
        Sheet lot = sheets.get(1);
        assertThat(lot.setting()).isEqualTo(Setting.EXTERIOR);
        assertThat(lot.light()).isEqualTo(TimeOfDay.DAY);
        assertThat(lot.speakingCast()).containsExactly("JOHN SMITH");
        assertThat(lot.nonSpeakingCast()).containsExactly("MARY");
        assertThat(lot.pages()).isEqualTo("1 1/8");
        assertThat(breakdown.totalEighths()).isEqualTo(12);
    }

    @Test
    void breakdown_userElements_listedByCategoryOnTheirScene() {
        Elements elements = Elements.none()
                .with(1, Category.PROPS, "coffee pot")
                .with(2, Category.VEHICLES, "pickup truck")
                .with(2, Category.EXTRAS, "2 diners");

        Breakdown breakdown = Breakdown.of(SCRIPT, lengths(3, 9), elements);

        assertThat(breakdown.sheets().get(0).elements()).containsEntry(Category.PROPS, List.of("coffee pot"));
        assertThat(breakdown.sheets().get(1).elements())
                .containsEntry(Category.VEHICLES, List.of("pickup truck"))
                .containsEntry(Category.EXTRAS, List.of("2 diners"));
    }

    @Test
    void breakdown_withoutLengths_neverInventsEighths() {
        Breakdown breakdown = Breakdown.withoutLengths(SCRIPT, Elements.none());

        assertThat(breakdown.sheets()).allSatisfy(s -> assertThat(s.eighths()).isNull());
        assertThat(breakdown.totalEighths()).isNull();
        assertThat(breakdown.sheets().get(0).pages()).isEqualTo("?");
    }

    @Test
    void breakdown_paginated_givesEveryScenePositiveEighths() {
        Breakdown breakdown = Breakdown.of(SCRIPT, Elements.none());

        assertThat(breakdown.sheets()).allSatisfy(s -> assertThat(s.eighths()).isPositive());
    }
}
