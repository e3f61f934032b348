package dev.showrunner.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.layout.Layout;
import dev.showrunner.screenplay.layout.LayoutOptions;
import dev.showrunner.screenplay.layout.PageFormat;
import dev.showrunner.screenplay.layout.Pages;
import dev.showrunner.screenplay.layout.Paper;
import dev.showrunner.screenplay.model.Screenplay;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfWriterTest {

    private static final String SCRIPT = """
            Title: The Kitchen
            Credit: written by
            Author: A. Writer
            Draft date: 1 May 2026

            INT. KITCHEN - NIGHT #12A#

            MARY pours **strong** coffee into a _chipped_ mug. It's *late*.

            MARY
            You're late.

            JOHN (O.S.)
            (shouting)
            Traffic! On the bridge → again.

            > CUT TO:

            EXT. GARDEN - DAY

            MARY ^
            Look.

            JOHN ^
            Roses.
            """;

    @TempDir
    Path dir;

    private static byte[] pdf(Pages pages, PdfOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(pages, options, out);
        return out.toByteArray();
    }

    private static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    @Test
    void write_script_givesTitlePageThenBodyWithExtractableText() throws IOException {
        Pages pages = Layout.paginate(Fountain.read(SCRIPT));
        try (PDDocument document = Loader.loadPDF(pdf(pages, PdfOptions.DEFAULTS))) {
            assertThat(document.getNumberOfPages()).isEqualTo(pages.count() + 1);
            assertThat(text(document, 1)).contains("THE KITCHEN", "written by", "A. Writer", "1 May 2026");
            String body = text(document, 2);
            assertThat(body).contains("INT. KITCHEN - NIGHT", "MARY pours strong coffee into a chipped mug.",
                    "JOHN (O.S.)", "(shouting)", "CUT TO:", "MARY", "JOHN", "Roses.");
            assertThat(body).contains("12A"); // the written scene number, in the margins
            assertThat(body).contains("Traffic! On the bridge \u2192 again."); // outside WinAnsi: Liberation Mono
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("The Kitchen");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("A. Writer");
        }
    }

    private static final String NAMES = """
            Title: Łucja

            INT. CAFÉ - NIGHT

            ŁUCJA ŻUREK
            Жанна? Αλέξης?

            ЖАННА
            (to Łucja)
            Да.
            """;

    @Test
    void write_textOutsideWinAnsi_printsAsItselfInLiberationMonoWhereCourierWouldBe() throws IOException {
        Pages pages = Layout.paginate(Fountain.read(NAMES));
        try (PDDocument document = Loader.loadPDF(pdf(pages, PdfOptions.DEFAULTS))) {
            assertThat(text(document, 1)).contains("ŁUCJA");
            String body = text(document, 2);
            assertThat(body).contains("INT. CAFÉ - NIGHT", "ŁUCJA ŻUREK", "Жанна? Αλέξης?", "ЖАННА", "(to Łucja)", "Да.");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Łucja");
            List<String> fonts = new ArrayList<>();
            for (COSName name : document.getPage(1).getResources().getFontNames()) {
                fonts.add(document.getPage(1).getResources().getFont(name).getName());
            }
            assertThat(fonts).contains("Courier").anyMatch(f -> f.matches("[A-Z]{6}\\+LiberationMono")); // a subset
        }
    }

    @Test
    void write_textOutsideWinAnsi_movesNoCharacterAndNoPageBreak() throws IOException {
        // the same script with every letter outside ASCII an X: Liberation Mono keeps Courier's
        // tenth of an inch per character, so every character stands where the X's would
        String ascii = NAMES.chars().mapToObj(c -> c < 0x80 ? Character.toString(c) : "X")
                .collect(java.util.stream.Collectors.joining());
        Pages pages = Layout.paginate(Fountain.read(NAMES));
        Pages asciiPages = Layout.paginate(Fountain.read(ascii));
        try (PDDocument document = Loader.loadPDF(pdf(pages, PdfOptions.DEFAULTS));
                PDDocument plain = Loader.loadPDF(pdf(asciiPages, PdfOptions.DEFAULTS))) {
            assertThat(document.getNumberOfPages()).isEqualTo(plain.getNumberOfPages());
            assertThat(positions(document, 2)).hasSizeGreaterThan(40).isEqualTo(positions(plain, 2));
        }
    }

    @Test
    void write_textWinAnsiHolds_embedsNoFont() throws IOException {
        Pages pages = Layout.paginate(Fountain.read(SCRIPT.replace("\u2192", "->")));
        try (PDDocument document = Loader.loadPDF(pdf(pages, PdfOptions.DEFAULTS))) {
            for (COSName name : document.getPage(1).getResources().getFontNames()) {
                assertThat(document.getPage(1).getResources().getFont(name).getName()).startsWith("Courier");
            }
        }
    }

    /** Every character's place on the page, rounded to a hundredth of a point. */
    private static List<String> positions(PDDocument document, int page) throws IOException {
        List<String> places = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String line, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    places.add(Math.round(p.getXDirAdj() * 100) + "," + Math.round(p.getYDirAdj() * 100));
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return places;
    }

    @Test
    void write_secondBodyPage_isNumberedTopRight() throws IOException {
        Screenplay script = Fountain.read("INT. A - DAY\n\nOne.\n\n===\n\nTwo.\n");
        Pages pages = Layout.paginate(script);
        try (PDDocument document = Loader.loadPDF(pdf(pages, PdfOptions.DEFAULTS))) {
            assertThat(document.getNumberOfPages()).isEqualTo(2); // no title page in this script
            assertThat(text(document, 1)).doesNotContain("1.");
            assertThat(text(document, 2).strip()).startsWith("2.");
        }
    }

    @Test
    void write_continuedMarkersOn_marksASceneRunningOverABreak() throws IOException {
        StringBuilder fountain = new StringBuilder("INT. LONG SCENE - DAY\n\n");
        for (int i = 0; i < 40; i++) {
            fountain.append("Beat ").append(i).append(".\n\n");
        }
        fountain.append("EXT. NEXT SCENE - DAY\n\nDone.\n");
        Screenplay script = Fountain.read(fountain.toString());
        Pages plain = Layout.paginate(script, PageFormat.FEATURE, LayoutOptions.DEFAULTS);
        Pages marked = Layout.paginate(script, PageFormat.FEATURE, LayoutOptions.DEFAULTS.withContinuedMarkers(true));
        assertThat(marked.page(1).continuesOnNext()).isTrue();
        assertThat(marked.page(2).continuedFromPrevious()).isTrue();
        try (PDDocument withMarkers = Loader.loadPDF(pdf(marked, PdfOptions.DEFAULTS));
                PDDocument without = Loader.loadPDF(pdf(plain, PdfOptions.DEFAULTS))) {
            assertThat(text(withMarkers, 1)).contains("(CONTINUED)");
            assertThat(text(withMarkers, 2)).contains("CONTINUED:");
            assertThat(text(without, 1)).doesNotContain("CONTINUED");
            assertThat(withMarkers.getNumberOfPages()).isEqualTo(without.getNumberOfPages()); // markers move no break
        }
    }

    @Test
    void write_emptyScript_givesAValidOnePagePdf() throws IOException {
        Pages pages = Layout.paginate(Fountain.read(""));
        try (PDDocument document = Loader.loadPDF(pdf(pages, PdfOptions.DEFAULTS))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void write_a4Format_usesA4Paper() throws IOException {
        Screenplay script = Fountain.read(SCRIPT);
        Pages pages = Layout.paginate(script, PageFormat.FEATURE.on(Paper.A4), LayoutOptions.DEFAULTS);
        try (PDDocument document = Loader.loadPDF(pdf(pages, PdfOptions.DEFAULTS))) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(document.getPage(0).getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));
        }
    }

    @Test
    void stream_longScript_writesTheSamePagesAsTheWholeLayout() throws IOException {
        StringBuilder fountain = new StringBuilder("Title: Long\n\n");
        for (int i = 0; i < 300; i++) {
            fountain.append("INT. ROOM ").append(i).append(" - DAY\n\nSomeone waits. Then leaves.\n\nMARY\nI said it once. I will say it twice.\n\n");
        }
        Screenplay script = Fountain.read(fountain.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Layout.Summary summary = PdfWriter.write(script, PageFormat.FEATURE, LayoutOptions.DEFAULTS, PdfOptions.DEFAULTS, out);
        Pages whole = Layout.paginate(script);
        assertThat(summary.pageCount()).isEqualTo(whole.count());
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(whole.count() + 1);
        }
    }

    @Test
    void write_withTrueTypeFont_embedsItAndKeepsTextExtractable() throws IOException {
        Path font = dir.resolve("font.ttf");
        try (InputStream in = PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            Files.copy(in, font);
        }
        Pages pages = Layout.paginate(Fountain.read(SCRIPT));
        try (PDDocument document = Loader.loadPDF(pdf(pages, PdfOptions.withFont(font)))) {
            assertThat(text(document, 2)).contains("INT. KITCHEN - NIGHT", "Traffic! On the bridge → again.");
            assertThat(document.getPage(1).getResources().getFontNames()).isNotEmpty();
            var name = document.getPage(1).getResources().getFontNames().iterator().next();
            assertThat(document.getPage(1).getResources().getFont(name).isEmbedded()).isTrue();
        }
    }

    @Test
    void write_missingFontFile_failsNamingTheFile() {
        Pages pages = Layout.paginate(Fountain.read(SCRIPT));
        Path missing = dir.resolve("nope.ttf");
        assertThatThrownBy(() -> pdf(pages, PdfOptions.withFont(missing)))
                .isInstanceOf(IOException.class).hasMessageContaining("nope.ttf");
    }

    @Test
    void write_fileThatIsNotAFont_failsNamingTheFile() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.ttf"), "not a font");
        Pages pages = Layout.paginate(Fountain.read(SCRIPT));
        assertThatThrownBy(() -> pdf(pages, PdfOptions.withFont(bad)))
                .isInstanceOf(IOException.class).hasMessageContaining("bad.ttf");
    }
}
