package dev.showrunner.studio.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.showrunner.print.PdfWriter;
import dev.showrunner.print.Watermark;
import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.layout.Pages;
import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.scripts.ScriptFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationTextMarkup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** Notes that come in as files: an annotated PDF of the delivery, and Fountain [[notes]]. */
class NoteFilesTest {

    static final String DRAFT = """
            Title: Harbour Lights

            INT. HARBOUR OFFICE - NIGHT

            Mara counts the crates, one by one, and does not look up. The radio hisses. Outside, the fog horn sounds twice and then stops.

            MARA
            They are late again. They are always late when the tide turns.

            EXT. PIER - DAWN

            Gulls over the water. A rusted swing creaks on the empty pier.

            TOMAS
            (quietly)
            They are late again.
            """;

    /** The characters printed upright on a page, each with where it stands. */
    record Glyphs(String text, List<TextPosition> positions) {}

    static List<Glyphs> glyphs(PDDocument doc) throws IOException {
        List<Glyphs> pages = new ArrayList<>();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            StringBuilder text = new StringBuilder();
            List<TextPosition> at = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    if (Math.abs(t.getTextMatrix().getValue(0, 1)) < 0.01f) {
                        text.append(t.getUnicode());
                        at.add(t);
                    }
                }
            };
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            stripper.getText(doc);
            pages.add(new Glyphs(text.toString(), at));
        }
        return pages;
    }

    /** A highlight over the printed characters of {@code phrase} (spaces are not printed glyphs), line by line. */
    static PDAnnotationTextMarkup highlight(PDPage page, Glyphs g, String phrase, int occurrence, String comment) {
        String printed = g.text().contains(phrase) ? phrase : phrase.replace(" ", "");
        int from = -1;
        for (int k = 0; k <= occurrence; k++) {
            from = g.text().indexOf(printed, from + 1);
        }
        assertThat(from).as(phrase + " in " + g.text()).isGreaterThanOrEqualTo(0);
        float height = page.getMediaBox().getHeight();
        List<float[]> quads = new ArrayList<>();
        float[] line = null;
        for (int i = from; i < from + printed.length(); i++) {
            TextPosition t = g.positions().get(i);
            float x1 = t.getXDirAdj();
            float x2 = x1 + t.getWidthDirAdj();
            float top = height - (t.getYDirAdj() - t.getHeightDir());
            float bottom = height - t.getYDirAdj() - 2;
            if (line == null || Math.abs(line[1] - top) > 1) {
                line = new float[] {x1, top, x2, top, x1, bottom, x2, bottom};
                quads.add(line);
            } else {
                line[2] = x2;
                line[6] = x2;
            }
        }
        float[] all = new float[quads.size() * 8];
        for (int q = 0; q < quads.size(); q++) {
            System.arraycopy(quads.get(q), 0, all, q * 8, 8);
        }
        PDAnnotationTextMarkup h = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight();
        h.setQuadPoints(all);
        h.setRectangle(new PDRectangle(0, 0, page.getMediaBox().getWidth(), height));
        h.setContents(comment);
        return h;
    }

    static byte[] delivered() throws IOException {
        return Watermark.apply(ScriptFiles.toPdf(DRAFT), "Dana Whitfield", "Network draft");
    }

    @Test
    void annotatedPdf_roundTrip_anchorsEveryHighlightToItsWords() throws IOException {
        String[][] marks = {
                {"Mara counts the crates", "0", "Why crates?"},
                {"fog horn sounds twice", "0", "Sound budget"},
                {"They are late again.", "1", "Tomas echoes Mara: deliberate?"},
                {"They are late again.", "0", "Flat"},
                {"A rusted swing creaks", "0", "Love this"},
                {"HARBOUR OFFICE", "0", "Where is it?"},
        };
        byte[] annotated;
        try (PDDocument doc = Loader.loadPDF(delivered())) {
            List<Glyphs> pages = glyphs(doc);
            int body = 1; // page 0 is the title page
            for (String[] m : marks) {
                PDPage page = doc.getPage(body);
                page.getAnnotations().add(highlight(page, pages.get(body), m[0], Integer.parseInt(m[1]), m[2]));
            }
            PDAnnotationText sticky = new PDAnnotationText();
            PDPage page = doc.getPage(body);
            TextPosition gulls = pages.get(body).positions().get(pages.get(body).text().indexOf("Gulls"));
            float top = page.getMediaBox().getHeight() - (gulls.getYDirAdj() - gulls.getHeightDir()) + 1;
            sticky.setRectangle(new PDRectangle(560, top - 20, 20, 20));
            sticky.setContents("Cut the gulls?");
            page.getAnnotations().add(sticky);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            annotated = out.toByteArray();
        }
        Pages pages = ScriptFiles.layout(Fountain.read(DRAFT));
        List<PdfNotes.Found> found = PdfNotes.read(annotated, DRAFT, pages);

        assertThat(found).hasSize(marks.length + 1);
        for (int i = 0; i < marks.length; i++) {
            PdfNotes.Found f = found.get(i);
            assertThat(f.body()).isEqualTo(marks[i][2]);
            assertThat(f.anchor()).as(marks[i][0]).isNotNull();
            assertThat(DRAFT.substring(f.anchor().start(), f.anchor().end())).as(marks[i][2]).isEqualTo(marks[i][0]);
        }
        // the echo is Tomas's line, the flat one Mara's: each highlight keeps its own occurrence
        assertThat(found.get(2).anchor().start()).isGreaterThan(DRAFT.indexOf("TOMAS"));
        assertThat(found.get(3).anchor().start()).isLessThan(DRAFT.indexOf("TOMAS"));
        PdfNotes.Found sticky = found.getLast();
        assertThat(sticky.body()).isEqualTo("Cut the gulls?");
        assertThat(sticky.anchor().exact()).startsWith("Gulls over the water.");
    }

    @Test
    void pdf_notAPdf_orTooManyAnnotations_isRefusedNamingTheFile() throws IOException {
        Pages pages = ScriptFiles.layout(Fountain.read(DRAFT));
        assertThatThrownBy(() -> PdfNotes.read("%PDF-1.7 garbage".getBytes(), DRAFT, pages))
                .isInstanceOf(StudioException.class).hasMessageStartingWith("file: not a PDF");
        byte[] many;
        try (PDDocument doc = Loader.loadPDF(delivered())) {
            for (int i = 0; i <= PdfNotes.MAX_ANNOTATIONS; i++) {
                PDAnnotationText t = new PDAnnotationText();
                t.setRectangle(new PDRectangle(10, 10, 5, 5));
                t.setContents("n" + i);
                doc.getPage(1).getAnnotations().add(t);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            many = out.toByteArray();
        }
        assertThatThrownBy(() -> PdfNotes.read(many, DRAFT, pages)).hasMessageContaining("more than " + PdfNotes.MAX_ANNOTATIONS);
    }

    @Test
    void fountainNotes_eachAnchoredToTheWordsOfItsLine_orTheLineAbove() {
        String copy = DRAFT.replace("Gulls over the water.", "Gulls over the water. [[Cut the gulls?]]")
                .replace("(quietly)\n", "(quietly)\n[[Louder?]]\n")
                .replace("EXT. PIER - DAWN", "EXT. PIER - DAWN [[Night\nrather?]]");
        List<PdfNotes.Found> found = FountainNotes.read(copy, DRAFT);
        assertThat(found).extracting(PdfNotes.Found::body).containsExactly("Night\nrather?", "Cut the gulls?", "Louder?");
        assertThat(found.get(0).anchor().exact()).isEqualTo("EXT. PIER - DAWN");
        assertThat(found.get(1).anchor().exact()).isEqualTo("Gulls over the water. A rusted swing creaks on the empty pier.");
        assertThat(found.get(2).anchor().exact()).isEqualTo("(quietly)");
        assertThat(FountainNotes.read("NOT IN THE DRAFT [[hm]]\n[[ unclosed", DRAFT))
                .singleElement().satisfies(f -> assertThat(f.anchor()).isNull());
    }
}
