package dev.showrunner.studio.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.showrunner.studio.json.ScreenplayJson;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Read a script and print its model: every element with its type, text, styles and source span.")
final class ParseCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "A Fountain or Final Draft (.fdx) script; - reads standard input.")
    Path file;

    @Option(names = "--json", required = true, description = "Print the model as JSON (the only output form for now).")
    boolean json;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to this file instead of standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        var screenplay = ScriptFiles.read(file);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (JsonGenerator generator = new JsonFactory().createGenerator(buffer, JsonEncoding.UTF8)) {
            generator.useDefaultPrettyPrinter();
            ScreenplayJson.write(screenplay, generator);
            generator.writeRaw('\n');
        }
        Output.write(output, buffer.toByteArray());
        return Showrunner.EXIT_OK;
    }
}
