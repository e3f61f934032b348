package dev.showrunner.screenplay.fdx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.model.DialogueBlock;
import dev.showrunner.screenplay.model.Element;
import dev.showrunner.screenplay.model.General;
import dev.showrunner.screenplay.model.SceneHeading;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every Final Draft file of the corpus: read whole, round trip, layout as Final Draft states it. */
class FdxCorpusTest {

    static final java.util.List<String> SCRIPTS = Corpus.FDX;

    /**
     * Where the file and Final Draft's extracted settings disagree, the reader reports the file.
     * Big Fish's source.fdx sets Cold Opening at 1.50 in; the settings Final Draft paginated with say
     * 1.00 (the script has no Cold Opening paragraph, so its pages do not depend on it).
     */
    static final java.util.Set<String> KNOWN_DIFFERENCES = java.util.Set.of("big-fish/Cold Opening/left_indent");

    @org.junit.jupiter.api.Test
    void layout_bigFishColdOpening_isWhatTheFileSays() throws ScriptFormatException {
        FdxLayout layout = Fdx.read(Corpus.bytes("big-fish", "source.fdx"), "big-fish.fdx").layout();
        assertThat(layout.element("Cold Opening").orElseThrow().leftIndent()).isEqualTo(1.5);
        assertThat(layout.pageWidth()).isEqualTo(8.5);
        assertThat(layout.pageHeight()).isEqualTo(11.0);
        assertThat(layout.topMargin()).isEqualTo(72.0);
        assertThat(layout.bottomMargin()).isEqualTo(72.0);
        assertThat(layout.headerMargin()).isEqualTo(36.0);
        assertThat(layout.footerMargin()).isEqualTo(36.0);
        assertThat(layout.element("Parenthetical").orElseThrow().firstIndent()).isEqualTo(-0.1);
        assertThat(layout.element("Scene Heading").orElseThrow().allCaps()).isTrue();
        assertThat(layout.element("New Act").orElseThrow().startsNewPage()).isTrue();
        assertThat(layout.mores().dialogueBreaks()).containsEntry("DialogueBottom", "(MORE)").containsEntry("DialogueTop", "(CONT'D)");
        assertThat(layout.header().headerText()).isEqualTo("\t{Collated Revisions}\t{Page #}.");
        assertThat(layout.header().headerParagraph()).containsEntry("LeftIndent", "1.25").containsEntry("RightIndent", "-1.00")
                .containsEntry("Alignment", "Left");
        assertThat(layout.header().headerTabs()).containsExactly(
                new FdxLayout.TabStop(4.5, "Center"), new FdxLayout.TabStop(7.25, "Right"));
        assertThat(layout.header().footerParagraph()).containsEntry("Alignment", "Right");
    }

    @org.junit.jupiter.api.Test
    void layout_gumshoeWithoutPageLayout_leavesPageValuesUnset() throws ScriptFormatException {
        FdxLayout layout = Fdx.read(Corpus.bytes("gumshoe", "source.fdx"), "gumshoe.fdx").layout();
        assertThat(layout.pageWidth()).isNull();
        assertThat(layout.topMargin()).isNull();
        assertThat(layout.element("Dialogue").orElseThrow().spacing()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @FieldSource("SCRIPTS")
    void read_corpusScript_keepsEveryParagraphsText(String script) throws ScriptFormatException {
        byte[] bytes = Corpus.bytes(script, "source.fdx");
        FdxDocument document = Fdx.read(bytes, script + ".fdx");

        // Every <Text> of the body, in order, is in the model: count the paragraphs' characters.
        String xml = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        String body = xml.substring(xml.indexOf("<Content>"), xml.indexOf("</Content>"));
        long paragraphs = body.split("<Paragraph", -1).length - 1;
        assertThat(paragraphCount(document)).isEqualTo(paragraphs);
        assertThat(document.warnings()).isEmpty();
    }

    private static long paragraphCount(FdxDocument document) {
        long count = 0;
        for (Element element : document.screenplay().elements()) {
            count += switch (element) {
                case DialogueBlock block -> 1 + block.parts().size();
                case dev.showrunner.screenplay.model.DualDialogue dual -> 3 + dual.left().parts().size() + dual.right().parts().size();
                case dev.showrunner.screenplay.model.PageBreak pageBreak -> 0;
                default -> 1;
            };
        }
        return count;
    }

    @ParameterizedTest
    @FieldSource("SCRIPTS")
    void writeThenRead_corpusScript_givesEqualDocument(String script) throws ScriptFormatException {
        FdxDocument first = Fdx.read(Corpus.bytes(script, "source.fdx"), script + ".fdx");
        FdxDocument second = Fdx.read(Fdx.writeBytes(first), "written.fdx");

        assertThat(second.screenplay().withoutSpans()).isEqualTo(first.screenplay().withoutSpans());
        assertThat(second.layout()).isEqualTo(first.layout());
        assertThat(second.revisions()).isEqualTo(first.revisions());
        assertThat(second.locks()).isEqualTo(first.locks());
        assertThat(second.warnings()).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("SCRIPTS")
    void layout_corpusScript_matchesFinalDraftsSettingsFieldByField(String script) throws Exception {
        FdxLayout layout = Fdx.read(Corpus.bytes(script, "source.fdx"), script + ".fdx").layout();
        JsonNode settings = new ObjectMapper().readTree(Corpus.bytes(script, "fdx-settings.json"));

        JsonNode styles = settings.get("paragraph_styles");
        assertThat(layout.elements()).hasSize(styles.size());
        for (Iterator<Map.Entry<String, JsonNode>> it = styles.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            FdxLayout.ElementStyle style = layout.element(entry.getKey()).orElseThrow();
            JsonNode expected = entry.getValue();
            if (!KNOWN_DIFFERENCES.contains(script + "/" + entry.getKey() + "/left_indent")) {
                assertThat(style.leftIndent()).as(entry.getKey() + " left indent").isEqualTo(expected.get("left_indent").asDouble());
            }
            assertThat(style.rightIndent()).as(entry.getKey() + " right indent").isEqualTo(expected.get("right_indent").asDouble());
            assertThat(style.spaceBefore()).as(entry.getKey() + " space before").isEqualTo(expected.get("space_before").asDouble());
            assertThat(style.spacing()).as(entry.getKey() + " spacing").isEqualTo(expected.get("spacing").asDouble());
        }
        JsonNode document = settings.get("document");
        for (FdxLayout.ElementStyle style : layout.elements()) {
            assertThat(style.font()).isEqualTo(document.get("font").asText());
            assertThat(style.fontSize()).isEqualTo(document.get("font_size").asDouble());
        }
        Map<String, String> headerFooter = new ObjectMapper().convertValue(settings.get("header_footer"),
                new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() {});
        assertThat(layout.header().attributes()).isEqualTo(headerFooter);
        assertThat(layout.header().headerVisible()).isTrue();
        assertThat(layout.header().startingPage()).isEqualTo(1);
    }

    @ParameterizedTest
    @FieldSource("SCRIPTS")
    void read_corpusScript_titlePageAsFountainKeys(String script) throws ScriptFormatException {
        FdxDocument document = Fdx.read(Corpus.bytes(script, "source.fdx"), script + ".fdx");
        assertThat(document.screenplay().titlePage().value("Title")).isPresent();
    }

    @org.junit.jupiter.api.Test
    void read_bigFish_titlePageMapsCentredBlocksToFountainKeys() throws ScriptFormatException {
        var titlePage = Fdx.read(Corpus.bytes("big-fish", "source.fdx"), "big-fish.fdx").screenplay().titlePage();
        assertThat(titlePage.fields()).extracting(f -> f.key() + "=" + f.plain()).containsExactly(
                "Title=BIG FISH", "Credit=written by", "Author=John August",
                "Source=based on the novel by Daniel Wallace");
    }

    @org.junit.jupiter.api.Test
    void read_bigFish_cuesSplitIntoNameAndExtensions() throws ScriptFormatException {
        var elements = Fdx.read(Corpus.bytes("big-fish", "source.fdx"), "big-fish.fdx").screenplay().elements();
        DialogueBlock first = elements.stream().filter(DialogueBlock.class::isInstance).map(DialogueBlock.class::cast).findFirst().orElseThrow();
        assertThat(first.cue().name()).isEqualTo("EDWARD");
        assertThat(first.cue().extensions()).containsExactly("V.O.");
        assertThat(elements.stream().filter(SceneHeading.class::isInstance).count()).isEqualTo(192);
    }

    @org.junit.jupiter.api.Test
    void read_mostlyGenius_actsKeptAsGeneralWithTheirType() throws ScriptFormatException {
        var elements = Fdx.read(Corpus.bytes("mostly-genius", "source.fdx"), "mostly-genius.fdx").screenplay().elements();
        assertThat(elements.stream().filter(General.class::isInstance).map(General.class::cast)
                .filter(g -> g.type().equals("New Act")).map(g -> g.text().plain()).toList())
                .startsWith("ACT THREE", "ACT TWO", "ACT ONE");
        assertThat(elements.stream().filter(General.class::isInstance).map(General.class::cast)
                .filter(g -> g.type().equals("End of Act")).count()).isEqualTo(3);
    }
}
