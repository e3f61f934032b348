package dev.showrunner.studio.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.notes.Anchor;
import dev.showrunner.screenplay.notes.Carried;
import dev.showrunner.screenplay.notes.NoteCarry;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

class WebAnnotationsFuzzTest {

    private static final String DRAFT = "INT. KITCHEN - NIGHT\n\nMARY pours coffee.\n\nMARY\nYou're late. \uD83D\uDE00\n";
    private static final String NEXT = "EXT. YARD - DAY\n\nRain.\n\nINT. KITCHEN - NIGHT\n\nMARY pours tea.\n";

    /**
     * Any NOTES.json either reads, anchors on a draft and carries to another (its output reading
     * back as the same number of notes), or fails with a ScriptFormatException; nothing else
     * escapes.
     */
    @FuzzTest(maxDuration = "20s")
    void read_anyNotesFile_carriedOrFormatError(byte[] bytes) {
        if (bytes == null) {
            return;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        try {
            List<WebAnnotations.Note> notes = WebAnnotations.read(new StringReader(text), "fuzz.json");
            List<Anchor> anchors = new ArrayList<>();
            for (WebAnnotations.Note note : notes) {
                anchors.add(WebAnnotations.anchor(note, DRAFT, "old.fountain", "fuzz.json"));
            }
            List<Carried> carried = NoteCarry.between(DRAFT, NEXT).carry(anchors);
            String written = WebAnnotations.write(notes, carried);
            assertThat(WebAnnotations.read(new StringReader(written), "written.json")).hasSameSizeAs(notes);
        } catch (ScriptFormatException expected) {
            // bad input, reported
        }
    }
}
