package dev.showrunner.studio.cli;

import dev.showrunner.print.HtmlWriter;
import dev.showrunner.screenplay.layout.Layout;
import dev.showrunner.screenplay.layout.Pages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "html", mixinStandardHelpOptions = true,
        description = "Print a script as an HTML page per page, with the same line and page breaks as the PDF.")
final class HtmlCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "A Fountain or Final Draft (.fdx) script; - reads standard input (Fountain).")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to this file instead of standard output.")
    Path output;

    @Mixin
    LayoutArgs layout;

    @Override
    public Integer call() throws Exception {
        FormatArgs.Loaded loaded = layout.read(file);
        Pages pages = Layout.paginate(loaded.script(), loaded.format(), layout.options());
        StringBuilder html = new StringBuilder(1 << 16);
        HtmlWriter.write(pages, html);
        Output.write(output, html.toString().getBytes(StandardCharsets.UTF_8));
        return Showrunner.EXIT_OK;
    }
}
