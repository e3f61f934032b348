package dev.showrunner.studio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrintCommandsTest {

    private static final String SCRIPT = """
            Title: The Kitchen
            Author: A. Writer

            INT. KITCHEN - NIGHT

            MARY pours coffee.

            MARY
            You're late.

            EXT. GARDEN - DAY

            JOHN
            Look at the *roses*.
            """;

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path script() throws Exception {
        return Files.writeString(dir.resolve("kitchen.fountain"), SCRIPT);
    }

    @Test
    void pdf_withoutOutput_writesThePdfBesideTheScript() throws Exception {
        CliRun result = run("pdf", script().toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        Path pdf = dir.resolve("kitchen.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(new PDFTextStripper().getText(document)).contains("THE KITCHEN", "INT. KITCHEN - NIGHT", "roses");
        }
    }

    @Test
    void pdf_a4AndNoTitlePage_followsTheOptions() throws Exception {
        Path out = dir.resolve("out.pdf");
        CliRun result = run("pdf", script().toString(), "-o", out.toString(), "--paper", "a4", "--no-title-page");

        assertThat(result.exitCode()).as(result.err()).isZero();
        try (PDDocument document = Loader.loadPDF(out.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getHeight()).isGreaterThan(800);
        }
    }

    @Test
    void pdf_unknownFormat_isAUsageError() throws Exception {
        CliRun result = run("pdf", script().toString(), "--format", "opera");
        assertThat(result.exitCode()).isEqualTo(Showrunner.EXIT_USAGE);
        assertThat(result.err()).contains("--format").contains("opera");
    }

    @Test
    void pdf_missingFile_isBadInputNamingTheFile() {
        CliRun result = run("pdf", dir.resolve("missing.fountain").toString());
        assertThat(result.exitCode()).isEqualTo(Showrunner.EXIT_BAD_INPUT);
        assertThat(result.err()).contains("missing.fountain");
    }

    @Test
    void pdf_missingFont_isBadInputNamingTheFont() throws Exception {
        CliRun result = run("pdf", script().toString(), "--font", dir.resolve("nope.ttf").toString());
        assertThat(result.exitCode()).isEqualTo(Showrunner.EXIT_BAD_INPUT);
        assertThat(result.err()).contains("nope.ttf");
        assertThat(dir.resolve("kitchen.pdf")).doesNotExist();
    }

    @Test
    void html_printsOneSectionPerPage() throws Exception {
        CliRun result = run("html", script().toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("<!DOCTYPE html>").contains("<section class=\"page\" data-page=\"1\"")
                .contains("INT. KITCHEN - NIGHT").contains("<i>roses</i>");
    }

    @Test
    void pages_json_givesThePageMapWithSourceLines() throws Exception {
        CliRun result = run("pages", script().toString(), "--json", "--format", "multi-camera");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("format").asText()).isEqualTo("multi-camera");
        assertThat(json.get("lines_per_page").asInt()).isEqualTo(54);
        assertThat(json.get("page_count").asInt()).isEqualTo(1);
        assertThat(json.at("/pages/0/lines/0/type").asText()).isEqualTo("scene_heading");
        assertThat(json.at("/pages/0/lines/0/source_line").asInt()).isEqualTo(4);
        assertThat(json.at("/scenes/1/heading").asText()).isEqualTo("EXT. GARDEN - DAY");
        assertThat(json.at("/scenes/1/eighths").asInt()).isPositive();
    }

    @Test
    void pages_text_listsPagesAndSceneLengths() throws Exception {
        CliRun result = run("pages", script().toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("1 pages (feature, letter, 54 lines a page)").contains("INT. KITCHEN - NIGHT");
    }
}
