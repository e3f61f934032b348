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

class CastListTest {

    private static final Screenplay SCRIPT = Fountain.read("""
            EXT. HILL - DAY

            KARL THE GIANT (30s) looms over the town. A MOB of about 50 have gathered.

            VOICE (O.S.)
            Go away!

            KARL
            I said go away.

            EXT. ROAD - DAY

            BRIGHT SUNLIGHT falls on the road. THE TWINS (8) skip along.

            THE TWINS
            Hello, Karl.

            KARL
            Hello.
            """);

    private static CastList read(String text) throws ScriptFormatException {
        return CastList.read(new StringReader(text), "cast.txt", Breakdown.withoutLengths(SCRIPT, Elements.none()).cast());
    }

    private static Breakdown corrected(String text) throws ScriptFormatException {
        return Breakdown.of(SCRIPT, lengths(), Elements.none(), read(text));
    }

    private static dev.showrunner.screenplay.layout.SceneLengths lengths() {
        return new dev.showrunner.screenplay.layout.SceneLengths() {
            @Override
            public int pageCount() {
                return 1;
            }

            @Override
            public int eighths(int sceneIndex) {
                return 4;
            }

            @Override
            public String startPage(int sceneIndex) {
                return "1";
            }
        };
    }

    @Test
    void breakdown_withoutCorrections_groupsAreExtrasButJunkCapitalsStay() {
        Breakdown plain = Breakdown.withoutLengths(SCRIPT, Elements.none());

        assertThat(plain.sheets().get(0).cast()).containsExactly("VOICE", "KARL", "KARL THE GIANT");
        assertThat(plain.sheets().get(0).elements()).isEqualTo(Map.of(Category.EXTRAS, List.of("MOB")));
        // "THE TWINS" ends in no group word: cast; the sunlight is found as a name
        assertThat(plain.sheets().get(1).cast()).containsExactly("THE TWINS", "KARL", "BRIGHT SUNLIGHT");
    }

    @Test
    void breakdown_withCorrections_aliasesMergeDropsAndExtrasMove() throws ScriptFormatException {
        Breakdown breakdown = corrected("""
                # the first AD's corrections
                Karl the Giant = KARL
                not cast: bright sunlight, VOICE
                extras: THE TWINS
                """);

        assertThat(breakdown.sheets().get(0).cast()).containsExactly("KARL");
        assertThat(breakdown.sheets().get(1).cast()).containsExactly("KARL");
        assertThat(breakdown.sheets().get(1).elements()).isEqualTo(Map.of(Category.EXTRAS, List.of("TWINS")));
        assertThat(breakdown.cast()).containsExactly("KARL");
    }

    @Test
    void breakdown_castLine_keepsAGroupNameAsCast() throws ScriptFormatException {
        Breakdown breakdown = corrected("cast: MOB\n");

        assertThat(breakdown.sheets().get(0).cast()).contains("MOB");
        assertThat(breakdown.sheets().get(0).elements()).isEmpty();
    }

    @Test
    void read_aliasChain_resolvesToTheLastName() throws ScriptFormatException {
        CastList list = read("VOICE = KARL THE GIANT\nKARL THE GIANT = KARL\n");

        assertThat(list.resolve("voice")).isEqualTo("KARL");
        assertThat(list.resolve("Karl  the giant")).isEqualTo("KARL");
        assertThat(list.resolve("THE TWINS")).isEqualTo("THE TWINS");
    }

    @Test
    void read_unknownName_warnsWithLineAndColumn() throws ScriptFormatException {
        CastList list = read("KARL THE GAINT = KARL\nnot cast: VOICE, SUNLIGHT\n");

        assertThat(list.warnings()).extracting(Object::toString).containsExactly(
                "cast.txt:1:1: warning: the breakdown has no cast member KARL THE GAINT",
                "cast.txt:2:18: warning: the breakdown has no cast member SUNLIGHT");
    }

    @Test
    void read_badLines_errorsNameLineAndColumn() {
        assertThatThrownBy(() -> read("KARL\n")).isInstanceOf(ScriptFormatException.class)
                .hasMessageContaining("cast.txt:1:1").hasMessageContaining("expected NAME = NAME");
        assertThatThrownBy(() -> read("\n  = KARL\n")).hasMessageContaining("cast.txt:2:3")
                .hasMessageContaining("missing the name before =");
        assertThatThrownBy(() -> read("VOICE =\n")).hasMessageContaining("expected one name after =");
        assertThatThrownBy(() -> read("KARL = KARL\n")).hasMessageContaining("aliased to itself");
        assertThatThrownBy(() -> read("props: VOICE\n")).hasMessageContaining("cast.txt:1:1")
                .hasMessageContaining("unknown list \"props\"");
        assertThatThrownBy(() -> read("not cast: VOICE,, KARL\n")).hasMessageContaining("cast.txt:1:17")
                .hasMessageContaining("missing name");
    }

    @Test
    void read_contradictions_nameBothLines() {
        assertThatThrownBy(() -> read("VOICE = KARL\nVOICE = THE TWINS\n"))
                .hasMessageContaining("cast.txt:2:1").hasMessageContaining("VOICE is KARL on line 1 and THE TWINS here");
        assertThatThrownBy(() -> read("not cast: VOICE\nextras: VOICE\n"))
                .hasMessageContaining("cast.txt:2:9").hasMessageContaining("not cast on line 1 and as extras here");
        assertThatThrownBy(() -> read("VOICE = KARL\nnot cast: VOICE\n"))
                .hasMessageContaining("VOICE is KARL on line 1; give the treatment to KARL instead");
        assertThatThrownBy(() -> read("not cast: VOICE\nVOICE = KARL\n"))
                .hasMessageContaining("listed as not cast on line 1");
        assertThatThrownBy(() -> read("VOICE = KARL\nKARL = VOICE\n")).hasMessageContaining("go round in a loop");
    }
}
