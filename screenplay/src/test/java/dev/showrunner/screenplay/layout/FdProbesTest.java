package dev.showrunner.screenplay.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.model.DialogueBlock;
import dev.showrunner.screenplay.model.DialoguePart;
import dev.showrunner.screenplay.model.Element;
import dev.showrunner.screenplay.model.Screenplay;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Final Draft's observed decisions on jumpcut's probe scripts (test resources fd-probes/, MIT):
 * each probe is a page-54 window where Final Draft either split a speech (and where) or pushed
 * it whole to the next page.
 */
class FdProbesTest {

    static Stream<String> probes() {
        return Stream.of(
                "dialogue-parenthetical-four-words", "long-sentence-fragment", "mayor-speech-go-key",
                "page-54-minus-one-line", "page-54-no-parenthetical", "page-54-parenthetical-vs-first-sentence",
                "page-54-plus-one-line", "page-54-unexplained-split", "two-short-sentences",
                "two-short-sentences-plus-one-liner", "very-long-sentence-22-padding", "very-long-sentence-23-padding");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("probes")
    void probe_laidOutAtFiftyFourLines_breaksWhereFinalDraftDid(String probe) throws IOException {
        JsonNode expected = json("/fd-probes/" + probe + "/expected.json");
        Screenplay script = Fountain.read(text("/fd-probes/" + probe + "/source.fountain"));
        Pages pages = Layout.paginate(script, PageFormat.FEATURE, LayoutOptions.DEFAULTS);
        assertThat(pages.format().linesPerPage()).isEqualTo(expected.get("lines_per_page").asInt());

        String contains = expected.get("target").get("contains_text").asText();
        Element target = script.elements().stream()
                .filter(e -> e instanceof DialogueBlock block && spoken(block).contains(contains))
                .findFirst().orElseThrow();
        JsonNode want = expected.get("expected");
        switch (want.get("kind").asText()) {
            case "split" -> {
                String top = fragment(pages, target, want.get("top_page").asInt());
                String bottom = fragment(pages, target, want.get("bottom_page").asInt());
                assertThat(top).endsWith(want.get("top_fragment_ends_with").asText());
                assertThat(bottom).startsWith(want.get("bottom_fragment_starts_with").asText());
            }
            case "push-whole" -> {
                assertThat(fragment(pages, target, want.get("absent_from_page").asInt())).isEmpty();
                String whole = fragment(pages, target, want.get("whole_on_page").asInt());
                // contains, not startsWith: the draft probe page-54-parenthetical-vs-first-sentence
                // names a sentence inside the block as its "starts_with".
                assertThat(whole).contains(want.get("starts_with").asText());
                assertThat(whole).isEqualTo(String.join(" ", spokenParts((DialogueBlock) target)).replaceAll("\\s+", " "));
            }
            default -> throw new AssertionError("unknown probe kind in " + probe);
        }
    }

    /** The speech's parenthetical and dialogue text printed on a page, lines joined by spaces. */
    private static String fragment(Pages pages, Element target, int pageNumber) {
        if (pageNumber > pages.count()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (Line line : pages.page(pageNumber).lines()) {
            if (line.element() == target && (line.type() == ElementType.DIALOGUE || line.type() == ElementType.PARENTHETICAL)) {
                lines.add(line.text().strip());
            }
        }
        return String.join(" ", lines).replaceAll("\\s+", " ");
    }

    private static String spoken(DialogueBlock block) {
        return String.join(" ", spokenParts(block));
    }

    private static List<String> spokenParts(DialogueBlock block) {
        return block.parts().stream().map(DialoguePart::text).map(t -> t.plain().strip()).toList();
    }

    private static JsonNode json(String resource) throws IOException {
        try (InputStream in = FdProbesTest.class.getResourceAsStream(resource)) {
            return new ObjectMapper().readTree(in);
        }
    }

    static String text(String resource) throws IOException {
        try (InputStream in = FdProbesTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
