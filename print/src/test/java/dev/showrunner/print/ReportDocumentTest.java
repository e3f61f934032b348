package dev.showrunner.print;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.screenplay.layout.Paper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReportDocumentTest {

    private record Line(float height, ReportDocument.Draw draw) implements ReportDocument.Piece {}

    @Test
    void writePages_textOutsideWinAnsi_extractsBackWithTheHeaderOnEveryPage() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportDocument report = new ReportDocument(Paper.A4)) {
            List<List<Line>> pages = List.of(
                    List.of(new Line(12, top -> report.text(report.regular, 9, ReportDocument.MARGIN, top + 9, "Łucja Żurek"))),
                    List.of(new Line(12, top -> report.text(report.bold, 9, ReportDocument.MARGIN, top + 9, "CAFÉ Жанна Αλέξης"))));
            report.writePages("Call sheet — Жанна", "Day 1", pages, out);
        }
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Łucja Żurek", "CAFÉ Жанна Αλέξης", "Page 1 of 2", "Page 2 of 2");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Call sheet — Жанна");
            assertThat(document.getPage(0).getMediaBox().getWidth()).isGreaterThan(document.getPage(0).getMediaBox().getHeight());
        }
    }

    @Test
    void width_liberationSansStandsInWithHelveticasWidths() throws IOException {
        try (ReportDocument report = new ReportDocument(Paper.LETTER)) {
            // Ł is an L with a stroke and Ż a Z with a dot: Liberation Sans gives them Helvetica's L and Z
            assertThat(report.width(report.regular, 10, "Łucja Żurek"))
                    .isCloseTo(report.width(report.regular, 10, "Lucja Zurek"), org.assertj.core.data.Offset.offset(0.01f));
            assertThat(report.fit(report.regular, 10, "Αλέξης Жанна Łucja Żurek", 40)).endsWith("\u2026");
            assertThat(report.wrap(report.bold, 10, "Жанна Αλέξης Łucja", 45)).hasSizeGreaterThan(1);
        }
    }
}
