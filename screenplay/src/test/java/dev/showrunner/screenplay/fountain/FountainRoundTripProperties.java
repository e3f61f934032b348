package dev.showrunner.screenplay.fountain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.screenplay.model.Screenplay;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Writing a model and reading it back gives the same model, for every model Fountain can represent. */
class FountainRoundTripProperties {

    @Provide
    Arbitrary<Screenplay> screenplays() {
        return ScreenplayArbitraries.screenplays();
    }

    @Property(tries = 1000)
    void readOfWrite_generatedModel_isTheSameModel(@ForAll("screenplays") Screenplay model) {
        String written = Fountain.write(model);

        Screenplay read = Fountain.read(written);

        assertThat(Dump.of(read.withoutSpans())).as(written).isEqualTo(Dump.of(model.withoutSpans()));
        assertThat(read.withoutSpans()).isEqualTo(model.withoutSpans());
    }

    @Property(tries = 300)
    void write_generatedModel_isStableUnderReadAndWrite(@ForAll("screenplays") Screenplay model) {
        String written = Fountain.write(model);

        assertThat(Fountain.write(Fountain.read(written))).isEqualTo(written);
    }
}
