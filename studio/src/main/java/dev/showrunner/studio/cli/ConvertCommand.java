package dev.showrunner.studio.cli;

import dev.showrunner.screenplay.fdx.Fdx;
import dev.showrunner.screenplay.fdx.FdxDocument;
import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.model.Screenplay;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code showrunner convert IN OUT}: Fountain to Final Draft and back, by the files' extensions. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert a script between Fountain and Final Draft, by the files' extensions:",
                "  .fountain, .spmd, .txt (Fountain); .fdx (Final Draft).",
                "From .fdx to .fdx the page layout, revisions and locks are kept too.",
                "What could not be kept exactly is listed as warnings on standard error."})
final class ConvertCommand implements Callable<Integer> {

    static final String FORMATS = ".fountain, .spmd, .txt (Fountain) or .fdx (Final Draft)";

    @Parameters(index = "0", paramLabel = "IN", description = "The script to read; - reads Fountain from standard input.")
    Path input;

    @Parameters(index = "1", paramLabel = "OUT", description = "The file to write (replaced only when the conversion succeeds); - writes Fountain to standard output.")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        boolean toStandardOutput = output.toString().equals("-");
        if (!toStandardOutput && !ScriptFiles.Format.named(output)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "cannot tell which format to write from \"" + output + "\"; name it " + FORMATS);
        }
        if (!input.toString().equals("-") && !ScriptFiles.Format.named(input)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "cannot tell which format \"" + input + "\" is in; name it " + FORMATS);
        }
        if (!toStandardOutput && Files.exists(output) && Files.exists(input) && Files.isSameFile(input, output)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "IN and OUT are the same file: " + input);
        }
        boolean toFdx = !toStandardOutput && ScriptFiles.Format.of(output) == ScriptFiles.Format.FDX;
        String written;
        if (!input.toString().equals("-") && ScriptFiles.Format.of(input) == ScriptFiles.Format.FDX) {
            FdxDocument document = ScriptFiles.readFdx(input);
            PrintWriter err = spec.commandLine().getErr();
            for (FdxDocument.Warning warning : document.warnings()) {
                err.println("showrunner: " + input + (warning.line() > 0 ? ":" + warning.line() + ":" + warning.column() : "")
                        + ": warning: " + warning.message());
            }
            err.flush();
            written = toFdx ? Fdx.write(document) : Fountain.write(document.screenplay());
        } else {
            Screenplay screenplay = ScriptFiles.read(input);
            written = toFdx ? Fdx.write(screenplay) : Fountain.write(screenplay);
        }
        Output.write(output, written.getBytes(StandardCharsets.UTF_8));
        return Showrunner.EXIT_OK;
    }
}
