package dev.showrunner.studio.cli;

import dev.showrunner.screenplay.revision.Comparison;
import dev.showrunner.screenplay.revision.DiffHtml;
import dev.showrunner.screenplay.revision.DiffReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare two drafts scene by scene: scenes added, removed, moved and changed, with the changed words.",
            "Exit code 0 whether or not they differ (like git diff without --exit-code); use --exit-code to get 3 when they do."})
final class DiffCommand implements Callable<Integer> {

    /** The exit code for "the drafts differ" with {@code --exit-code}. */
    static final int EXIT_DIFFERENT = 3;

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier draft (Fountain); - reads standard input.")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later draft (Fountain).")
    Path after;

    @Option(names = "--html", description = "Print a side-by-side HTML page instead of the text report.")
    boolean html;

    @Option(names = "--exit-code", description = "Exit with 3 when the drafts differ.")
    boolean exitCode;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to this file instead of standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        Comparison comparison = Comparison.of(ScriptFiles.read(before), ScriptFiles.read(after));
        String report = html
                ? DiffHtml.page(comparison, before.getFileName() + " \u2192 " + after.getFileName())
                : DiffReport.of(comparison);
        Output.write(output, report.getBytes(StandardCharsets.UTF_8));
        return exitCode && !comparison.isEmpty() ? EXIT_DIFFERENT : Showrunner.EXIT_OK;
    }
}
