package dev.showrunner.studio.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.showrunner.screenplay.layout.Line;
import dev.showrunner.screenplay.layout.Page;
import dev.showrunner.screenplay.layout.Pages;
import dev.showrunner.screenplay.layout.SceneLength;
import dev.showrunner.screenplay.layout.Layout;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "pages", mixinStandardHelpOptions = true,
        description = "The page map of a script: where every page starts, each scene's page and length in eighths.")
final class PagesCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "A Fountain or Final Draft (.fdx) script; - reads standard input (Fountain).")
    Path file;

    @Option(names = "--json", description = "Print every page's lines as JSON (row, type, column, text, source line).")
    boolean json;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to this file instead of standard output.")
    Path output;

    @Mixin
    LayoutArgs layout;

    @Override
    public Integer call() throws Exception {
        FormatArgs.Loaded loaded = layout.read(file);
        Pages pages = Layout.paginate(loaded.script(), loaded.format(), layout.options());
        byte[] report = json ? json(pages) : text(pages).getBytes(StandardCharsets.UTF_8);
        Output.write(output, report);
        return Showrunner.EXIT_OK;
    }

    static String text(Pages pages) {
        StringBuilder out = new StringBuilder();
        out.append("%d pages (%s, %s, %d lines a page)%n".formatted(pages.count(), pages.format().name(),
                pages.format().paper().name().toLowerCase(Locale.ROOT), pages.format().linesPerPage()));
        for (Page page : pages.pages()) {
            String first = page.lines().isEmpty() ? "" : page.lines().getFirst().text().strip();
            out.append("%5d.  %s%n".formatted(page.number(), first));
        }
        out.append("\nSCENES\n");
        for (SceneLength scene : pages.scenes()) {
            out.append("%5s  p.%-4d %-7s %s%n".formatted(scene.number(), scene.firstPage(), scene.display(),
                    scene.heading().text().plain()));
        }
        return out.toString();
    }

    static byte[] json(Pages pages) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (JsonGenerator g = new JsonFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", pages.format().name());
            g.writeStringField("paper", pages.format().paper().name().toLowerCase(Locale.ROOT));
            g.writeNumberField("lines_per_page", pages.format().linesPerPage());
            g.writeBooleanField("title_page", pages.hasTitlePage());
            g.writeNumberField("page_count", pages.count());
            g.writeArrayFieldStart("pages");
            for (Page page : pages.pages()) {
                g.writeStartObject();
                g.writeNumberField("number", page.number());
                g.writeArrayFieldStart("lines");
                for (Line line : page.lines()) {
                    g.writeStartObject();
                    g.writeNumberField("row", line.row());
                    g.writeStringField("type", line.type().name().toLowerCase(Locale.ROOT));
                    g.writeNumberField("x", Math.round(line.x() * 1000) / 1000.0);
                    if (line.column() != dev.showrunner.screenplay.layout.Column.FULL) {
                        g.writeStringField("column", line.column().name().toLowerCase(Locale.ROOT));
                    }
                    g.writeStringField("text", line.text());
                    if (line.element() != null && line.element().span().line() > 0) {
                        g.writeNumberField("source_line", line.element().span().line());
                    }
                    g.writeNumberField("part", line.part());
                    g.writeNumberField("start", line.start());
                    g.writeNumberField("end", line.end());
                    if (line.sceneNumber() != null) {
                        g.writeStringField("scene_number", line.sceneNumber());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("scenes");
            for (SceneLength scene : pages.scenes()) {
                g.writeStartObject();
                g.writeStringField("number", scene.number());
                g.writeStringField("heading", scene.heading().text().plain());
                g.writeNumberField("page", scene.firstPage());
                g.writeNumberField("eighths", scene.eighths());
                g.writeStringField("length", scene.display());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }
}
