package dev.showrunner.studio.cli;

import dev.showrunner.screenplay.layout.LayoutOptions;
import dev.showrunner.screenplay.layout.PageFormat;
import dev.showrunner.screenplay.layout.Paper;
import dev.showrunner.screenplay.model.Screenplay;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The page-layout options shared by pdf, html and pages. */
final class LayoutArgs {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "feature, one-hour or multi-camera; default: the script's Format: title key, else feature.")
    String format;

    @Option(names = "--paper", paramLabel = "PAPER", description = "letter or a4; default: the format's (letter).")
    String paper;

    @Option(names = "--scene-numbers", paramLabel = "WHICH", defaultValue = "written",
            description = "Scene numbers in both margins: none, written (those in the script, the default) or all.")
    String sceneNumbers;

    @Option(names = "--continued", description = "Print (CONTINUED) and CONTINUED: where a scene runs across pages.")
    boolean continued;

    @Option(names = "--no-auto-contd", description = "Do not add (CONT'D) when a character speaks again after action.")
    boolean noAutoContd;

    @Option(names = "--no-title-page", description = "Leave the title page out.")
    boolean noTitlePage;

    /** A script read for printing, with the page format it asks for. */
    record Loaded(Screenplay script, PageFormat format) {}

    /**
     * Reads the script and chooses its format: a Final Draft file's own layout, else the
     * Fountain title page's {@code Format:}; then {@code --format} and {@code --paper} override.
     */
    Loaded read(java.nio.file.Path file) throws java.io.IOException, dev.showrunner.screenplay.ScriptFormatException {
        if (ScriptFiles.Format.of(file) == ScriptFiles.Format.FDX) {
            dev.showrunner.screenplay.fdx.FdxDocument document = ScriptFiles.readFdx(file);
            return new Loaded(document.screenplay(), format(PageFormat.fromFinalDraft(document.layout())));
        }
        Screenplay script = ScriptFiles.read(file);
        return new Loaded(script, format(PageFormat.forScript(script)));
    }

    private PageFormat format(PageFormat stated) {
        PageFormat chosen = stated;
        if (format != null) {
            chosen = PageFormat.named(format).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                    "--format must be feature, one-hour or multi-camera, not '" + format + "'"));
        }
        if (paper != null) {
            chosen = switch (paper.toLowerCase(Locale.ROOT)) {
                case "letter", "us-letter", "usletter" -> chosen.on(Paper.LETTER);
                case "a4" -> chosen.on(Paper.A4);
                default -> throw new CommandLine.ParameterException(spec.commandLine(), "--paper must be letter or a4, not '" + paper + "'");
            };
        }
        return chosen;
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
