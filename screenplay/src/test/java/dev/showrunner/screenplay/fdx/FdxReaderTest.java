package dev.showrunner.screenplay.fdx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.model.Action;
import dev.showrunner.screenplay.model.Centered;
import dev.showrunner.screenplay.model.Cue;
import dev.showrunner.screenplay.model.Dialogue;
import dev.showrunner.screenplay.model.DialogueBlock;
import dev.showrunner.screenplay.model.DualDialogue;
import dev.showrunner.screenplay.model.Element;
import dev.showrunner.screenplay.model.General;
import dev.showrunner.screenplay.model.InlineNote;
import dev.showrunner.screenplay.model.Lyrics;
import dev.showrunner.screenplay.model.Note;
import dev.showrunner.screenplay.model.PageBreak;
import dev.showrunner.screenplay.model.Parenthetical;
import dev.showrunner.screenplay.model.Run;
import dev.showrunner.screenplay.model.SceneHeading;
import dev.showrunner.screenplay.model.Shot;
import dev.showrunner.screenplay.model.Style;
import dev.showrunner.screenplay.model.StyledText;
import dev.showrunner.screenplay.model.Transition;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FdxReaderTest {

    static FdxDocument read(String body) throws ScriptFormatException {
        return read(body, "");
    }

    static FdxDocument read(String body, String after) throws ScriptFormatException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\" ?>\n"
                + "<FinalDraft DocumentType=\"Script\" Template=\"No\" Version=\"5\">\n<Content>\n" + body
                + "\n</Content>\n" + after + "</FinalDraft>\n";
        return Fdx.read(xml.getBytes(StandardCharsets.UTF_8), "test.fdx");
    }

    static List<Element> elements(String body) throws ScriptFormatException {
        return read(body).screenplay().withoutSpans().elements();
    }

    @Test
    void read_characterNameSplitAcrossRuns_comesOutWhole() throws ScriptFormatException {
        List<Element> elements = elements("""
                <Paragraph Type="Character"><Text>ED</Text><Text>WA</Text><Text Style="">RD (V.</Text><Text>O.)</Text></Paragraph>
                <Paragraph Type="Dialogue"><Text>Hel</Text><Text>lo </Text><Text Style="Bold">there</Text><Text Style="Bold">, you</Text></Paragraph>
                """);
        DialogueBlock block = (DialogueBlock) elements.getFirst();
        assertThat(block.cue()).isEqualTo(Cue.of("EDWARD", "V.O."));
        assertThat(block.parts()).containsExactly(new Dialogue(new StyledText(List.of(
                Run.plain("Hello "), Run.of("there, you", Style.BOLD))), dev.showrunner.screenplay.model.Span.NONE));
    }

    @Test
    void read_everyParagraphType_mapsToItsElement() throws ScriptFormatException {
        List<Element> elements = elements("""
                <Paragraph Type="Scene Heading" Number="12A"><Text>INT. HOUSE - NIGHT</Text></Paragraph>
                <Paragraph Type="Action"><Text>She waits.</Text></Paragraph>
                <Paragraph Type="Action" Alignment="Center"><Text>THE END</Text></Paragraph>
                <Paragraph Type="Character"><Text>ANN</Text></Paragraph>
                <Paragraph Type="Parenthetical"><Text>(quietly)</Text></Paragraph>
                <Paragraph Type="Dialogue"><Text>Go.</Text></Paragraph>
                <Paragraph Type="Transition"><Text>CUT TO:</Text></Paragraph>
                <Paragraph Type="Shot"><Text>ANGLE ON ANN</Text></Paragraph>
                <Paragraph Type="Lyric"><Text>La la</Text></Paragraph>
                <Paragraph Type="General"><Text>plain</Text></Paragraph>
                <Paragraph Type="Cast List"><Text>ANN, BOB</Text></Paragraph>
                <Paragraph Type="New Act"><Text>ACT ONE</Text></Paragraph>
                <Paragraph Type="End of Act"><Text>END OF ACT ONE</Text></Paragraph>
                <Paragraph Type="Cold Opening"><Text>COLD OPEN</Text></Paragraph>
                """);
        assertThat(elements).containsExactly(
                SceneHeading.of(StyledText.plain("INT. HOUSE - NIGHT"), "12A", false, dev.showrunner.screenplay.model.Span.NONE),
                Action.of("She waits."),
                Centered.of("THE END"),
                DialogueBlock.of(Cue.of("ANN"), Parenthetical.of("(quietly)"), Dialogue.of("Go.")),
                Transition.of("CUT TO:"),
                Shot.of("ANGLE ON ANN"),
                Lyrics.of("La la"),
                general("plain", "General"),
                general("ANN, BOB", "Cast List"),
                general("ACT ONE", "New Act"),
                general("END OF ACT ONE", "End of Act"),
                general("COLD OPEN", "Cold Opening"));
    }

    static General general(String text, String type) {
        return new General(StyledText.plain(text), type, dev.showrunner.screenplay.model.Span.NONE);
    }

    @Test
    void read_unknownParagraphType_keptAsGeneralAndReported() throws ScriptFormatException {
        FdxDocument document = read("<Paragraph Type=\"Montage Beat\"><Text>Running.</Text></Paragraph>");
        assertThat(document.screenplay().withoutSpans().elements()).containsExactly(general("Running.", "Montage Beat"));
        assertThat(document.warnings()).singleElement().satisfies(w -> {
            assertThat(w.message()).contains("Montage Beat");
            assertThat(w.line()).isEqualTo(4);
        });
    }

    @Test
    void read_alignmentOtherThanTheTypes_reportedOnce() throws ScriptFormatException {
        FdxDocument document = read("""
                <Paragraph Type="Action" Alignment="Right"><Text>One.</Text></Paragraph>
                <Paragraph Type="Action" Alignment="Right"><Text>Two.</Text></Paragraph>
                <Paragraph Type="Transition" Alignment="Right"><Text>CUT TO:</Text></Paragraph>
                <Paragraph Type="New Act" Alignment="Center"><Text>ACT ONE</Text></Paragraph>
                """);
        assertThat(document.screenplay().withoutSpans().elements()).containsExactly(
                Action.of("One."), Action.of("Two."), Transition.of("CUT TO:"), general("ACT ONE", "New Act"));
        assertThat(document.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("\"Right\" of this Action paragraph"));
    }

    @Test
    void read_dialogueWithNoCue_keptAsGeneralAndReported() throws ScriptFormatException {
        FdxDocument document = read("<Paragraph Type=\"Dialogue\"><Text>Who said this?</Text></Paragraph>");
        assertThat(document.screenplay().withoutSpans().elements()).containsExactly(general("Who said this?", "Dialogue"));
        assertThat(document.warnings()).hasSize(1);
    }

    @Test
    void read_dualDialogue_givesLeftAndRightSpeeches() throws ScriptFormatException {
        List<Element> elements = elements("""
                <Paragraph Type="General"><DualDialogue>
                  <Paragraph Type="Character"><Text>BRICK</Text></Paragraph>
                  <Paragraph Type="Dialogue"><Text>Now!</Text></Paragraph>
                  <Paragraph Type="Character"><Text>STEEL</Text></Paragraph>
                  <Paragraph Type="Parenthetical"><Text>(same)</Text></Paragraph>
                  <Paragraph Type="Dialogue"><Text>Now!</Text></Paragraph>
                </DualDialogue><Text></Text></Paragraph>
                """);
        assertThat(elements).containsExactly(new DualDialogue(
                DialogueBlock.of(Cue.of("BRICK"), Dialogue.of("Now!")),
                DialogueBlock.of(new Cue("STEEL", List.of(), true, false, dev.showrunner.screenplay.model.Span.NONE),
                        Parenthetical.of("(same)"), Dialogue.of("Now!")),
                dev.showrunner.screenplay.model.Span.NONE));
    }

    @Test
    void read_startsNewPage_givesPageBreakBeforeTheElement() throws ScriptFormatException {
        List<Element> elements = elements("""
                <Paragraph Type="Action"><Text>One.</Text></Paragraph>
                <Paragraph Type="Character" StartsNewPage="Yes"><Text>ANN</Text></Paragraph>
                <Paragraph Type="Dialogue"><Text>Two.</Text></Paragraph>
                """);
        assertThat(elements).containsExactly(Action.of("One."), PageBreak.of(),
                DialogueBlock.of(Cue.of("ANN"), Dialogue.of("Two.")));
    }

    @Test
    void read_stylesAndAllCaps_keptAsModelStylesAndCapitals() throws ScriptFormatException {
        FdxDocument document = read("""
                <Paragraph Type="Action"><Text Style="Bold+Italic+Underline">all</Text><Text Style="AllCaps"> loud</Text><Text Style="Strikeout"> gone?</Text></Paragraph>
                """);
        Action action = (Action) document.screenplay().elements().getFirst();
        assertThat(action.text().runs()).containsExactly(
                Run.of("all", Style.BOLD, Style.ITALIC, Style.UNDERLINE), Run.plain(" LOUD gone?"));
        assertThat(document.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("Strikeout"));
    }

    @Test
    void read_scriptNotesWithRanges_anchoredToTheirText() throws ScriptFormatException {
        // "Hum." is 0-3, its break 4; the dual dialogue 5-6, its break 7; "Go on." starts at 8.
        FdxDocument document = read("""
                <Paragraph Type="Action"><Text>Hum.</Text></Paragraph>
                <Paragraph Type="General"><DualDialogue>
                  <Paragraph Type="Character"><Text>A</Text></Paragraph><Paragraph Type="Dialogue"><Text>Yes.</Text></Paragraph>
                  <Paragraph Type="Character"><Text>B</Text></Paragraph><Paragraph Type="Dialogue"><Text>No.</Text></Paragraph>
                </DualDialogue></Paragraph>
                <Paragraph Type="Action"><Text>Go on.</Text></Paragraph>
                """, """
                <ScriptNotes>
                  <ScriptNote ID="1" Range="2,4"><Paragraph><Text>first</Text></Paragraph><Paragraph><Text>second line</Text></Paragraph></ScriptNote>
                  <ScriptNote ID="2" Range="11,14"><Paragraph><Text>on "on"</Text></Paragraph></ScriptNote>
                  <ScriptNote ID="3" Range="junk"><Paragraph><Text>lost place</Text></Paragraph></ScriptNote>
                </ScriptNotes>
                """);
        List<Element> elements = document.screenplay().withoutSpans().elements();
        assertThat(((Action) elements.get(0)).text().notes()).containsExactly(new InlineNote(2, "first\nsecond line"));
        assertThat(((Action) elements.get(2)).text().notes()).containsExactly(new InlineNote(3, "on \"on\""));
        assertThat(elements.getLast()).isEqualTo(Note.of("lost place"));
        assertThat(document.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("junk"));
    }

    @Test
    void read_noteInsideParagraph_anchoredWhereItStands() throws ScriptFormatException {
        List<Element> elements = elements("""
                <Paragraph Type="Action"><Text>Before </Text><ScriptNote><Paragraph><Text>here</Text></Paragraph></ScriptNote><Text>after.</Text></Paragraph>
                """);
        assertThat(((Action) elements.getFirst()).text().notes()).containsExactly(new InlineNote(7, "here"));
    }

    @Test
    void read_revisions_setsAndMarksKept() throws ScriptFormatException {
        FdxDocument document = read("""
                <Paragraph Type="Action"><Text>Old </Text><Text RevisionID="2">new</Text><Text RevisionID="2"> words</Text></Paragraph>
                <Paragraph Type="Character"><Text RevisionID="1">ANN</Text></Paragraph>
                <Paragraph Type="Dialogue"><Text>Hi.</Text><Text RevisionID="1">!</Text></Paragraph>
                """, """
                <Revisions ActiveSet="2" RevisionMode="Yes" ShowAllMarks="No">
                  <Revision Color="#0000FF" FullRevision="No" ID="1" Mark="*" Name="Blue" Style=""/>
                  <Revision Color="#FF00FF" FullRevision="No" ID="2" Mark="+" Name="Pink" Style=""/>
                </Revisions>
                """);
        FdxDocument.Revisions revisions = document.revisions();
        assertThat(revisions.attributes()).containsEntry("ActiveSet", "2");
        assertThat(revisions.sets()).extracting(FdxDocument.RevisionSet::name).containsExactly("Blue", "Pink");
        assertThat(revisions.sets().get(1).mark()).isEqualTo("+");
        assertThat(revisions.marks()).containsExactly(
                new FdxDocument.RevisionMark(0, 0, 4, 13, 2),
                new FdxDocument.RevisionMark(1, 0, 0, 3, 1),
                new FdxDocument.RevisionMark(1, 1, 3, 4, 1));
    }

    @Test
    void read_locks_keptAsWritten() throws ScriptFormatException {
        FdxDocument document = read("<Paragraph Type=\"Scene Heading\" Number=\"4A\"><Text>INT. A - DAY</Text></Paragraph>", """
                <SceneNumberOptions LeftLocation="0.75" Locked="Yes" ShowNumbersOnLeft="Yes"/>
                <LockedPages Locked="Yes"><LockedPage Number="12A"/></LockedPages>
                """);
        assertThat(document.locks().sceneNumbersLocked()).isTrue();
        assertThat(document.locks().pagesLocked()).isTrue();
        assertThat(document.locks().lockedPageEntries()).containsExactly(java.util.Map.of("#name", "LockedPage", "Number", "12A"));
        assertThat(((SceneHeading) document.screenplay().elements().getFirst()).sceneNumber()).isEqualTo("4A");
    }

    @Test
    void read_entitiesAndWhitespace_keptInText() throws ScriptFormatException {
        List<Element> elements = elements("<Paragraph Type=\"Action\"><Text>  We&#x27;re &amp; &lt;here&gt;\t </Text></Paragraph>");
        assertThat(elements).containsExactly(Action.of("  We're & <here>\t "));
    }

    @Test
    void read_titlePageFromFinalDraft_mapsBlocksToKeys() throws ScriptFormatException {
        FdxDocument document = read("<Paragraph Type=\"Action\"><Text>x</Text></Paragraph>", """
                <TitlePage><Content>
                  <Paragraph Alignment="Left"><Text></Text></Paragraph>
                  <Paragraph Alignment="Center"><Text Style="Bold">THE</Text><Text> TITLE</Text></Paragraph>
                  <Paragraph Alignment="Center"><Text></Text></Paragraph>
                  <Paragraph Alignment="Center"><Text>Written by</Text></Paragraph>
                  <Paragraph Alignment="Center"><Text></Text></Paragraph>
                  <Paragraph Alignment="Center"><Text>Ann Writer</Text></Paragraph>
                  <Paragraph Alignment="Center"><Text>&amp; Bob Writer</Text></Paragraph>
                  <Paragraph Alignment="Center"><Text></Text></Paragraph>
                  <Paragraph Alignment="Center"><Text>Based on the play by Cee</Text></Paragraph>
                  <Paragraph Alignment="Center"><Text>Second production</Text></Paragraph>
                  <Paragraph Alignment="Left"><Text></Text></Paragraph>
                  <Paragraph Alignment="Left"><Text>Agency</Text></Paragraph>
                  <Paragraph Alignment="Left"><Text>555-0100</Text></Paragraph>
                  <Paragraph Alignment="Right"><Text>1 May 2026</Text></Paragraph>
                </Content></TitlePage>
                """);
        assertThat(document.screenplay().titlePage().fields()).extracting(f -> f.key() + "=" + f.plain()).containsExactly(
                "Title=THE TITLE", "Credit=Written by", "Author=Ann Writer\n& Bob Writer",
                "Source=Based on the play by Cee\nSecond production", "Contact=Agency\n555-0100", "Draft date=1 May 2026");
        assertThat(document.screenplay().titlePage().fields().getFirst().lines().getFirst().runs().getFirst())
                .isEqualTo(Run.of("THE", Style.BOLD));
    }
}
