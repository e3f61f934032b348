package dev.showrunner.planning.breakdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.model.Screenplay;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ElementsFileTest {

    private static final Screenplay SCRIPT = Fountain.read("""
            EXT. RIVER - DAY #12#

            EDWARD fishes.

            EXT. CIRCUS - NIGHT #12A#

            A crowd cheers.

            INT. CAR - DAY

            EDWARD drives.
            """);

    private static Elements read(String text) throws ScriptFormatException {
        return ElementsFile.read(new StringReader(text), "elements.txt", SceneNumbers.of(SCRIPT));
    }

    @Test
    void read_categoriesAndItems_bySceneNumber() throws ScriptFormatException {
        Elements elements = read("""
                # props first
                12: props: pocket watch, fishing rod; vehicles: 1959 Chevy; extras: 40 circus crowd
                12a: Extra: clowns;
                scene 3: vehicle: 1959  Chevy
                12: prop: fishing rod, bait
                """);

        assertThat(elements.of(1)).isEqualTo(Map.of(
                Category.PROPS, List.of("pocket watch", "fishing rod", "bait"),
                Category.VEHICLES, List.of("1959 Chevy"),
                Category.EXTRAS, List.of("40 circus crowd")));
        assertThat(elements.of(2)).isEqualTo(Map.of(Category.EXTRAS, List.of("clowns")));
        assertThat(elements.of(3)).isEqualTo(Map.of(Category.VEHICLES, List.of("1959 Chevy")));
    }

    @Test
    void read_intoTheBreakdown_sheetsCarryThem() throws ScriptFormatException {
        Breakdown breakdown = Breakdown.of(SCRIPT, read("12A: effects: rain\n"));

        assertThat(breakdown.sheets().get(1).elements()).isEqualTo(Map.of(Category.EFFECTS, List.of("rain")));
        assertThat(breakdown.sheets().get(0).elements()).isEmpty();
    }

    @Test
    void read_unknownCategory_errorListsTheCategories() {
        assertThatThrownBy(() -> read("12: props: watch; animals: dog\n"))
                .isInstanceOf(ScriptFormatException.class)
                .hasMessage("elements.txt:1:19: unknown category \"animals\": expected one of "
                        + "extras, props, vehicles, wardrobe, stunts, effects");
    }

    @Test
    void read_unknownScene_errorAtTheNumber() {
        assertThatThrownBy(() -> read("\n13: props: watch\n"))
                .hasMessageStartingWith("elements.txt:2:1: the script has no scene 13 (3 scenes");
    }

    @Test
    void read_malformed_errorSaysWhatIsExpected() {
        assertThatThrownBy(() -> read("12 props watch\n")).hasMessageStartingWith("elements.txt:1:1: expected SCENE: CATEGORY: ITEM");
        assertThatThrownBy(() -> read("12: pocket watch\n")).hasMessageStartingWith("elements.txt:1:5: expected CATEGORY: ITEMS here");
        assertThatThrownBy(() -> read("12: props: watch,\n")).hasMessageStartingWith("elements.txt:1:18: missing item after \"props:\"");
        assertThatThrownBy(() -> read(": props: watch\n")).hasMessageStartingWith("elements.txt:1:1: missing scene number");
    }
}
