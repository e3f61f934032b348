package dev.showrunner.studio.cli;

import dev.showrunner.print.PdfOptions;
import dev.showrunner.print.PdfWriter;
import dev.showrunner.screenplay.model.Screenplay;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "pdf", mixinStandardHelpOptions = true,
        description = "Print a script to PDF with Final Draft's page breaks.")
final class PdfCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "A Fountain or Final Draft (.fdx) script; - reads standard input (Fountain).")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "The PDF to write; default: FILE with .pdf for its extension (standard output for -).")
    Path output;

    @Option(names = "--font", paramLabel = "TTF", description = "Embed this TrueType font (e.g. Courier Prime) instead of Courier.")
    Path font;

    @Mixin
    LayoutArgs layout;

    @Override
    public Integer call() throws Exception {
        PdfWriter.skipSystemFontScan(); // this process only writes
        FormatArgs.Loaded loaded = layout.read(file);
        Screenplay script = loaded.script();
        PdfOptions options = new PdfOptions(Optional.ofNullable(font));
        Path target = output != null ? output : file.toString().equals("-") ? null : withExtension(file, ".pdf");
        Output.write(target, out -> PdfWriter.write(script, loaded.format(), layout.options(), options, out));
        return Showrunner.EXIT_OK;
    }

    static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return file.resolveSibling(base + extension);
    }
}
