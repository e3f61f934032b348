package dev.showrunner.studio.cli;

import dev.showrunner.screenplay.fountain.Fountain;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "fmt", mixinStandardHelpOptions = true,
        description = "Print a script as canonical Fountain (to standard output, or to a file with -o).")
final class FmtCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "A Fountain or Final Draft (.fdx) script; - reads standard input.")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to this file instead of standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        String fountain = Fountain.write(ScriptFiles.read(file));
        Output.write(output, fountain.getBytes(StandardCharsets.UTF_8));
        return Showrunner.EXIT_OK;
    }
}
