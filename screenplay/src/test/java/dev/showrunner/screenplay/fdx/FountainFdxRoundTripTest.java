package dev.showrunner.screenplay.fdx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.model.Screenplay;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Fountain → model → FDX → model is the same model, on every corpus script. */
class FountainFdxRoundTripTest {

    static final java.util.List<String> SCRIPTS = Corpus.ALL;

    @ParameterizedTest
    @FieldSource("SCRIPTS")
    void fountainThroughFdx_corpusScript_givesTheSameModel(String script) throws ScriptFormatException {
        Screenplay fromFountain = Fountain.read(Corpus.bytes(script, "source.fountain"), script + ".fountain").withoutSpans();
        String fdx = Fdx.write(fromFountain);
        FdxDocument back = Fdx.read(fdx.getBytes(StandardCharsets.UTF_8), script + ".fdx");

        assertThat(back.screenplay().withoutSpans()).isEqualTo(fromFountain);
        assertThat(back.warnings()).isEmpty();
    }
}
