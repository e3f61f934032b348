package dev.showrunner.screenplay.fountain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.screenplay.model.Screenplay;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each {@code golden/NAME.fountain} reads to the model dumped in
 * {@code golden/NAME.expected} (see {@link Dump} for the notation), and writes back to Fountain
 * that reads to the same model. One file per rule of docs/fountain.md, ambiguities included.
 *
 * <p>To regenerate the expected files after a deliberate rule change, run with
 * {@code -Dgolden.update=src/test/resources/fountain/golden} and review the diff line by line.
 */
class GoldenTest {

    static Stream<String> goldenFiles() throws IOException, URISyntaxException {
        Path dir = Path.of(GoldenTest.class.getResource("/fountain/golden").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".fountain"))
                    .map(n -> n.substring(0, n.length() - ".fountain".length()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    private static String resource(String name) throws IOException {
        try (var in = GoldenTest.class.getResourceAsStream("/fountain/golden/" + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @MethodSource("goldenFiles")
    void read_goldenFile_givesExpectedModel(String name) throws Exception {
        byte[] source = resource(name + ".fountain").getBytes(StandardCharsets.UTF_8);

        String actual = Dump.of(Fountain.read(source, name + ".fountain"));

        String update = System.getProperty("golden.update");
        if (update != null) {
            Files.writeString(Path.of(update, name + ".expected"), actual);
        }
        assertThat(resource(name + ".expected")).as("expected file for " + name).isNotNull();
        assertThat(actual).isEqualTo(resource(name + ".expected"));
    }

    @ParameterizedTest
    @MethodSource("goldenFiles")
    void write_goldenModel_readsBackToSameModel(String name) throws Exception {
        Screenplay model = Fountain.read(resource(name + ".fountain"));

        String written = Fountain.write(model);

        assertThat(Dump.of(Fountain.read(written).withoutSpans())).as(written).isEqualTo(Dump.of(model.withoutSpans()));
        assertThat(Fountain.write(Fountain.read(written))).isEqualTo(written);
    }
}
