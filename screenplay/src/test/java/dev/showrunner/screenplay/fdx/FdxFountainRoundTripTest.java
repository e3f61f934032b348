package dev.showrunner.screenplay.fdx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.model.Screenplay;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * FDX → Fountain → FDX → Fountain, on every corpus script with a Final Draft file: the second
 * Fountain text is the first, and the FDX written from the Fountain keeps each paragraph's type.
 */
class FdxFountainRoundTripTest {

    /** Every corpus script with a Final Draft file, and a television pilot with each TV element. */
    static final List<String> SCRIPTS = java.util.stream.Stream.concat(
            Corpus.FDX.stream().map(s -> "/corpus/" + s + "/source.fdx"), java.util.stream.Stream.of("/tv/pilot.fdx")).toList();

    private static byte[] bytes(String path) {
        try (java.io.InputStream in = FdxFountainRoundTripTest.class.getResourceAsStream(path)) {
            return java.util.Objects.requireNonNull(in, path).readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final Pattern TYPE = Pattern.compile("<Paragraph [^>]*?Type=\"([^\"]*)\"");

    private static String fountain(byte[] fdx, String name) throws ScriptFormatException {
        return Fountain.write(Fdx.read(fdx, name).screenplay());
    }

    @ParameterizedTest
    @FieldSource("SCRIPTS")
    void fdxThroughFountainAndBack_corpusScript_givesTheSameFountainText(String script) throws ScriptFormatException {
        String first = fountain(bytes(script), script);
        Screenplay read = Fountain.read(first.getBytes(StandardCharsets.UTF_8), script + ".fountain");
        String second = fountain(Fdx.write(read).getBytes(StandardCharsets.UTF_8), script + "-2.fdx");

        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest
    @FieldSource("SCRIPTS")
    void fdxThroughFountainAndBack_corpusScript_keepsEachParagraphsType(String script) throws ScriptFormatException {
        String original = new String(bytes(script), StandardCharsets.UTF_8);
        String fountain = fountain(bytes(script), script);
        String back = Fdx.write(Fountain.read(fountain.getBytes(StandardCharsets.UTF_8), script + ".fountain"));

        assertThat(types(back)).isEqualTo(types(original));
    }

    /** The body's paragraph types in order, the empty paragraphs that only carry a page break left out. */
    private static List<String> types(String fdx) {
        String content = fdx.substring(fdx.indexOf("<Content>"), fdx.indexOf("</Content>"));
        List<String> types = new ArrayList<>();
        Matcher m = TYPE.matcher(content);
        while (m.find()) {
            types.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        return types;
    }
}
