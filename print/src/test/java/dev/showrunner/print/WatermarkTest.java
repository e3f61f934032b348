package dev.showrunner.print;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.layout.Layout;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WatermarkTest {

    static byte[] script(int scenes) throws IOException {
        StringBuilder text = new StringBuilder("Title: Harbour Lights\n\n");
        for (int i = 1; i <= scenes; i++) {
            text.append("INT. HARBOUR OFFICE - NIGHT\n\nMara counts the crates, one by one, and does not look up.\n\n")
                    .append("MARA\nThey are late again.\n\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(Layout.paginate(Fountain.read(text.toString())), out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dana Whitfield", "Łucja Żurek", "Жанна Орлова"})
    void apply_everyPage_carriesTheRecipientsName_andTheMetadataNamesThem(String name) throws IOException {
        byte[] original = script(40);
        byte[] marked = Watermark.apply(original, name, "Network draft · 2027-03-01");
        try (PDDocument before = Loader.loadPDF(original); PDDocument after = Loader.loadPDF(marked)) {
            assertThat(after.getNumberOfPages()).isEqualTo(before.getNumberOfPages()).isGreaterThan(2);
            assertThat(after.getDocumentInformation().getCustomMetadataValue(Watermark.RECIPIENT_KEY)).isEqualTo(name);
            assertThat(after.getDocumentInformation().getSubject()).contains(name);
            for (int p = 1; p <= after.getNumberOfPages(); p++) {
                assertThat(slanted(after, p)).as("page " + p).startsWith(name.replaceAll("\\s+", ""));
                assertThat(slanted(before, p)).as("page " + p + " before").isEmpty();
            }
        }
    }

    /** The characters of page {@code p} drawn at a slant (the script's own text is upright), in drawing order. */
    static String slanted(PDDocument document, int p) throws IOException {
        StringBuilder out = new StringBuilder();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                float skew = text.getTextMatrix().getValue(0, 1);
                if (Math.abs(skew) > 0.1f && !text.getUnicode().isBlank()) {
                    out.append(text.getUnicode());
                }
            }
        };
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        stripper.getText(document);
        return out.toString();
    }

    @org.junit.jupiter.api.Test
    void apply_aNameWithControlsOrTooLong_isDrawnCleanAndCut() throws IOException {
        byte[] marked = Watermark.apply(script(1), "Eve\u0000\nEvil" + "x".repeat(200), "");
        try (PDDocument after = Loader.loadPDF(marked)) {
            String recipient = after.getDocumentInformation().getCustomMetadataValue(Watermark.RECIPIENT_KEY);
            assertThat(recipient).startsWith("Eve").doesNotContain("\n").doesNotContain("\u0000").hasSize(60);
        }
    }
}
