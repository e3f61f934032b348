package dev.showrunner.screenplay.fountain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.screenplay.model.Screenplay;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Writing a corpus script and reading it back says the same thing, and writing is stable. */
class CorpusRoundTripTest {

    @ParameterizedTest
    @ValueSource(strings = {"big-fish", "brick-n-steel", "gumshoe", "mostly-genius"})
    void write_corpusScript_readsBackToEqualModel(String name) throws Exception {
        Screenplay read = Fountain.read(CorpusReadTest.corpus(name), name);

        String written = Fountain.write(read);
        Screenplay again = Fountain.read(written);

        assertThat(Dump.of(again.withoutSpans())).isEqualTo(Dump.of(read.withoutSpans()));
        assertThat(again.withoutSpans()).isEqualTo(read.withoutSpans());
        assertThat(Fountain.write(again)).isEqualTo(written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"big-fish", "brick-n-steel", "gumshoe", "mostly-genius"})
    void readBytes_corpusScript_equalsReadOfDecodedText(String name) throws Exception {
        byte[] bytes = CorpusReadTest.corpus(name);

        assertThat(Fountain.read(bytes, name)).isEqualTo(Fountain.read(new String(bytes, StandardCharsets.UTF_8)));
    }
}
