package dev.showrunner.studio.cli;

import dev.showrunner.screenplay.layout.LayoutOptions;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The page-layout options shared by pdf, html and pages: the format, and what to print. */
final class LayoutArgs {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    FormatArgs formatArgs;

    @Option(names = "--scene-numbers", paramLabel = "WHICH", defaultValue = "written",
            description = "Scene numbers in both margins: none, written (those in the script, the default) or all.")
    String sceneNumbers;

    @Option(names = "--continued", description = "Print (CONTINUED) and CONTINUED: where a scene runs across pages.")
    boolean continued;

    @Option(names = "--no-auto-contd", description = "Do not add (CONT'D) when a character speaks again after action.")
    boolean noAutoContd;

    @Option(names = "--no-title-page", description = "Leave the title page out.")
    boolean noTitlePage;

    /** Reads the script with the page format it asks for, as {@link FormatArgs#read} does. */
    FormatArgs.Loaded read(java.nio.file.Path file) throws java.io.IOException, dev.showrunner.screenplay.ScriptFormatException {
        return formatArgs.read(file);
    }

    LayoutOptions options() {
        LayoutOptions.SceneNumbers numbers = switch (sceneNumbers.toLowerCase(Locale.ROOT)) {
            case "none" -> LayoutOptions.SceneNumbers.NONE;
            case "written" -> LayoutOptions.SceneNumbers.AS_WRITTEN;
            case "all" -> LayoutOptions.SceneNumbers.ALL;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--scene-numbers must be none, written or all, not '" + sceneNumbers + "'");
        };
        return LayoutOptions.DEFAULTS.withSceneNumbers(numbers).withContinuedMarkers(continued)
                .withAutomaticContd(!noAutoContd).withTitlePage(!noTitlePage);
    }
}
