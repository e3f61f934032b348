package dev.showrunner.print;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.layout.PageFormat;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.revision.LayoutPages;
import dev.showrunner.screenplay.revision.Lock;
import dev.showrunner.screenplay.revision.Revision;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class RevisionPdfWriterTest {

    private static String script(boolean withNewScene) {
        StringBuilder out = new StringBuilder();
        for (int n = 1; n <= 30; n++) {
            out.append("INT. ROOM ").append(n).append(" - DAY\n\n");
            for (int k = 1; k <= 3; k++) {
                out.append("Scene ").append(n).append(", beat ").append(k).append(".\n\n");
            }
            if (n == 12 && withNewScene) {
                out.append("EXT. NEW ALLEY - NIGHT\n\nA new beat in a new place.\n\n");
            }
        }
        return out.toString();
    }

    @Test
    void write_pagesOnlyWithTint_onePdfPagePerChangedPageWithHeaderAndMarks() throws Exception {
        Screenplay white = Fountain.read(script(false));
        Screenplay blue = Fountain.read(script(true));
        LayoutPages layout = LayoutPages.forScript(white);
        Lock lock = Revision.lock(white, layout, LocalDate.of(2026, 11, 2), "");
        Revision.Revised revised = Revision.revise(lock, blue, layout, lock.current().next(LocalDate.of(2026, 11, 9), ""),
                Revision.Options.DEFAULTS);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RevisionPdfWriter.write(revised, PageFormat.FEATURE, true, true, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(revised.changedPages().size()).isPositive();
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Blue Revision 11/9/26").contains("12A").contains("EXT. NEW ALLEY - NIGHT").contains("*");
            String firstNumber = revised.changedPages().getFirst().number() + ".";
            assertThat(text).contains(firstNumber);
        }
    }

    @Test
    void write_wholeScript_everyPage() throws Exception {
        Screenplay white = Fountain.read(script(false));
        LayoutPages layout = LayoutPages.forScript(white);
        Lock lock = Revision.lock(white, layout, LocalDate.of(2026, 11, 2), "");
        Revision.Revised same = Revision.revise(lock, white, layout, lock.current().next(LocalDate.of(2026, 11, 9), ""),
                Revision.Options.DEFAULTS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RevisionPdfWriter.write(same, PageFormat.FEATURE, false, false, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(lock.pages().size());
            assertThat(new PDFTextStripper().getText(pdf)).doesNotContain("Revision").contains("INT. ROOM 30 - DAY");
        }
    }

    /** An act heading (Final Draft's New Act, {@code > ACT ONE <}) prints centred, in its own settings. */
    @Test
    void write_actHeading_printsCentred() throws Exception {
        Screenplay white = Fountain.read("> ACT ONE <\n\n" + script(false));
        LayoutPages layout = LayoutPages.forScript(white);
        Lock lock = Revision.lock(white, layout, LocalDate.of(2026, 11, 2), "");
        Revision.Revised same = Revision.revise(lock, white, layout, lock.current().next(LocalDate.of(2026, 11, 9), ""),
                Revision.Options.DEFAULTS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RevisionPdfWriter.write(same, PageFormat.ONE_HOUR, false, false, out);
        java.util.List<Float> xs = new java.util.ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, java.util.List<org.apache.pdfbox.text.TextPosition> positions) {
                    if (text.strip().equals("ACT ONE")) {
                        xs.add(positions.getFirst().getXDirAdj());
                    }
                }
            };
            stripper.setEndPage(1);
            stripper.getText(pdf);
        }
        // centred between 1.5 and 7.5 in: 7 characters start 4.15 in from the edge (flush left: 1.5 in)
        assertThat(xs).singleElement().satisfies(x -> assertThat(x / 72.0).isCloseTo(4.15, org.assertj.core.data.Offset.offset(0.05)));
    }

    /** Regression: the tint's fill colour leaked into the text drawn after it (light blue text). */
    @Test
    void write_tint_backgroundColourKeptInsideItsOwnGraphicsState() throws Exception {
        Screenplay white = Fountain.read(script(false));
        Screenplay blue = Fountain.read(script(true));
        LayoutPages layout = LayoutPages.forScript(white);
        Lock lock = Revision.lock(white, layout, LocalDate.of(2026, 11, 2), "");
        Revision.Revised revised = Revision.revise(lock, blue, layout, lock.current().next(LocalDate.of(2026, 11, 9), ""),
                Revision.Options.DEFAULTS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RevisionPdfWriter.write(revised, PageFormat.FEATURE, true, true, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            var streams = pdf.getPage(0).getContentStreams();
            String background = new String(streams.next().toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1).strip();
            assertThat(background).startsWith("q").endsWith("Q").contains(" rg");
        }
    }
}
