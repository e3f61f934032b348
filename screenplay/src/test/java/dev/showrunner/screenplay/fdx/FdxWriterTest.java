package dev.showrunner.screenplay.fdx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.model.Action;
import dev.showrunner.screenplay.model.Cue;
import dev.showrunner.screenplay.model.Dialogue;
import dev.showrunner.screenplay.model.DialogueBlock;
import dev.showrunner.screenplay.model.DualDialogue;
import dev.showrunner.screenplay.model.Run;
import dev.showrunner.screenplay.model.SceneHeading;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.model.Section;
import dev.showrunner.screenplay.model.Span;
import dev.showrunner.screenplay.model.Style;
import dev.showrunner.screenplay.model.StyledText;
import dev.showrunner.screenplay.model.TitleField;
import dev.showrunner.screenplay.model.TitlePage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class FdxWriterTest {

    static final Screenplay SCRIPT = new Screenplay(
            new TitlePage(List.of(TitleField.of("Title", "The Ledger"), TitleField.of("Credit", "written by"),
                    TitleField.of("Author", "Ann Writer"), TitleField.of("Contact", "Agency", "555-0100")), Span.NONE),
            List.of(
                    SceneHeading.of(StyledText.plain("INT. WAREHOUSE - NIGHT"), "12A", false, Span.NONE),
                    new Action(new StyledText(List.of(Run.plain("Rain & "), Run.of("thunder", Style.BOLD, Style.ITALIC))), false, Span.NONE),
                    Section.of(1, "Act two"),
                    new DualDialogue(DialogueBlock.of(Cue.of("BRICK"), Dialogue.of("Now!")),
                            new DialogueBlock(new Cue("STEEL", List.of("O.S."), true, false, Span.NONE),
                                    List.of(Dialogue.of("<Now>!")), Span.NONE), Span.NONE)));

    private static Document dom(String xml) throws Exception {
        return DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void write_script_isAFinalDraft10Document() throws Exception {
        Document document = dom(Fdx.write(SCRIPT));
        var root = document.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("FinalDraft");
        assertThat(root.getAttribute("DocumentType")).isEqualTo("Script");
        assertThat(root.getAttribute("Template")).isEqualTo("No");
        assertThat(root.getAttribute("Version")).isEqualTo("5");
        NodeList settings = document.getElementsByTagName("ElementSettings");
        assertThat(settings.getLength()).isEqualTo(FdxLayout.DEFAULT.elements().size());
        assertThat(document.getElementsByTagName("PageSize").getLength()).isEqualTo(1);
        assertThat(document.getElementsByTagName("HeaderAndFooter").getLength()).isEqualTo(1);
    }

    @Test
    void write_dualDialogue_nestsBothSpeechesInOneParagraph() throws Exception {
        Document document = dom(Fdx.write(SCRIPT));
        NodeList dual = document.getElementsByTagName("DualDialogue");
        assertThat(dual.getLength()).isEqualTo(1);
        var paragraphs = ((org.w3c.dom.Element) dual.item(0)).getElementsByTagName("Paragraph");
        assertThat(paragraphs.getLength()).isEqualTo(4);
        assertThat(((org.w3c.dom.Element) paragraphs.item(2)).getAttribute("Type")).isEqualTo("Character");
        assertThat(paragraphs.item(2).getTextContent().strip()).isEqualTo("STEEL (O.S.)");
        assertThat(paragraphs.item(3).getTextContent().strip()).isEqualTo("<Now>!");
    }

    @Test
    void write_sceneNumberStylesAndSection_inFinalDraftsOwnTerms() {
        String xml = Fdx.write(SCRIPT);
        assertThat(xml).contains("<Paragraph Type=\"Scene Heading\" Number=\"12A\">")
                .contains("<Text>Rain &amp; </Text>")
                .contains("<Text Style=\"Bold+Italic\">thunder</Text>")
                .contains("<ScriptNote ID=\"1\" Name=\"Section\" Range=\"")
                .contains("ShowrunnerElement=\"Section\"");
    }

    @Test
    void write_titlePage_centresTitleAndPlacesContactLeft() throws Exception {
        Document document = dom(Fdx.write(SCRIPT));
        var titlePage = (org.w3c.dom.Element) document.getElementsByTagName("TitlePage").item(0);
        NodeList paragraphs = titlePage.getElementsByTagName("Paragraph");
        String titleAlignment = null;
        String contactAlignment = null;
        for (int i = 0; i < paragraphs.getLength(); i++) {
            var p = (org.w3c.dom.Element) paragraphs.item(i);
            if (p.getTextContent().strip().equals("The Ledger")) {
                titleAlignment = p.getAttribute("Alignment");
            }
            if (p.getTextContent().strip().equals("Agency")) {
                contactAlignment = p.getAttribute("Alignment");
            }
        }
        assertThat(titleAlignment).isEqualTo("Center");
        assertThat(contactAlignment).isEqualTo("Left");
    }

    @Test
    void write_titlePageWithoutMarks_readsBackByPlaceAsFinalDraftWouldSaveIt() throws ScriptFormatException {
        // Final Draft drops our attributes when it saves; the page's layout alone gives the keys back.
        String xml = Fdx.write(SCRIPT).replaceAll(" ShowrunnerKey=\"[^\"]*\"", "");
        TitlePage back = Fdx.read(xml.getBytes(StandardCharsets.UTF_8), "saved.fdx").screenplay().titlePage();
        assertThat(back.withoutSpans()).isEqualTo(SCRIPT.titlePage());
    }

    @Test
    void write_withCorpusLayout_carriesThatLayout() throws ScriptFormatException {
        FdxLayout layout = Fdx.read(Corpus.bytes("mostly-genius", "source.fdx"), "mg.fdx").layout();
        FdxDocument back = Fdx.read(Fdx.write(SCRIPT, layout).getBytes(StandardCharsets.UTF_8), "out.fdx");
        assertThat(back.layout()).isEqualTo(layout);
        assertThat(back.screenplay().withoutSpans()).isEqualTo(SCRIPT);
    }

    @Test
    void write_revisionMarks_writtenOnTheirRunsAndReadBack() throws ScriptFormatException {
        FdxDocument document = new FdxDocument(SCRIPT, FdxLayout.DEFAULT,
                new FdxDocument.Revisions(java.util.Map.of("ActiveSet", "1"),
                        List.of(new FdxDocument.RevisionSet(1, "Blue", "*", "#0000FF", java.util.Map.of())),
                        List.of(new FdxDocument.RevisionMark(1, 0, 2, 9, 1), new FdxDocument.RevisionMark(3, 3, 0, 3, 1))),
                FdxDocument.Locks.NONE, List.of());
        String xml = Fdx.write(document);
        assertThat(xml).contains("<Text>Ra</Text>").contains("<Text RevisionID=\"1\">in &amp; </Text>")
                .contains("<Text RevisionID=\"1\" Style=\"Bold+Italic\">th</Text>");
        FdxDocument back = Fdx.read(xml.getBytes(StandardCharsets.UTF_8), "rev.fdx");
        assertThat(back.revisions()).isEqualTo(document.revisions());
    }

    @Test
    void number_asFinalDraftWritesIt() {
        assertThat(FdxWriter.number(1.5, true)).isEqualTo("1.50");
        assertThat(FdxWriter.number(-0.1, true)).isEqualTo("-0.10");
        assertThat(FdxWriter.number(7.375, true)).isEqualTo("7.375");
        assertThat(FdxWriter.number(24, false)).isEqualTo("24");
        assertThat(FdxWriter.number(1.5, false)).isEqualTo("1.5");
    }
}
