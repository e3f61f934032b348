package dev.showrunner.studio.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.layout.Pages;
import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.scripts.ScriptFiles;
import java.util.List;

class NoteFilesFuzzTest {

    static final String DRAFT = NoteFilesTest.DRAFT;
    static final Pages PAGES = ScriptFiles.layout(Fountain.read(DRAFT));

    /** Any bytes sent as an annotated PDF give notes whose anchors hold the draft's own words, or a 400/413; nothing else. */
    @FuzzTest(maxDuration = "20s")
    void pdf_anyBytes_notesInTheDraftOrRefused(FuzzedDataProvider data) {
        byte[] bytes = data.consumeRemainingAsBytes();
        List<PdfNotes.Found> found;
        try {
            found = PdfNotes.read(bytes, DRAFT, PAGES);
        } catch (StudioException e) {
            assertThat(e.status()).isIn(400, 413);
            assertThat(e.detail()).startsWith("file:");
            return;
        }
        for (PdfNotes.Found f : found) {
            assertThat(f.body()).isNotBlank();
            if (f.anchor() != null) {
                assertThat(DRAFT.substring(f.anchor().start(), f.anchor().end())).isEqualTo(f.anchor().exact());
            }
        }
    }

    /** Any Fountain copy with [[notes]] gives notes whose anchors hold the draft's own words, or a 400. */
    @FuzzTest(maxDuration = "10s")
    void fountain_anyText_notesInTheDraftOrRefused(FuzzedDataProvider data) {
        String file = data.consumeRemainingAsString();
        List<PdfNotes.Found> found;
        try {
            found = FountainNotes.read(file, DRAFT);
        } catch (StudioException e) {
            assertThat(e.status()).isEqualTo(400);
            return;
        }
        for (PdfNotes.Found f : found) {
            assertThat(f.body()).isNotBlank();
            if (f.anchor() != null) {
                assertThat(DRAFT.substring(f.anchor().start(), f.anchor().end())).isEqualTo(f.anchor().exact());
            }
        }
    }
}
