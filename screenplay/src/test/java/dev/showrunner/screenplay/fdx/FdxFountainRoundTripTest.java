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

    static final List<String> SCRIPTS = Corpus.FDX;

    private static final Pattern TYPE = Pattern.compile("<Paragraph [^>]*?Type=\"([^\"]*)\"");

    private static String fountain(byte[] fdx, String name) throws ScriptFormatException {
        return Fountain.write(Fdx.read(fdx, name).screenplay());
    }

    @ParameterizedTest
    @FieldSource("SCRIPTS")
    void fdxThroughFountainAndBack_corpusScript_givesTheSameFountainText(String script) throws ScriptFormatException {
        String first = fountain(Corpus.bytes(script, "source.fdx"), script + ".fdx");
        Screenplay read = Fountain.read(first.getBytes(StandardCharsets.UTF_8), script + ".fountain");
        String second = fountain(Fdx.write(read).getBytes(StandardCharsets.UTF_8), script + "-2.fdx");

        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest
    @FieldSource("SCRIPTS")
    void fdxThroughFountainAndBack_corpusScript_keepsEachParagraphsType(String script) throws ScriptFormatException {
        String original = new String(Corpus.bytes(script, "source.fdx"), StandardCharsets.UTF_8);
        String fountain = fountain(Corpus.bytes(script, "source.fdx"), script + ".fdx");
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
