package dev.showrunner.studio.cli;

import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.fdx.FdxDocument;
import dev.showrunner.screenplay.layout.PageFormat;
import dev.showrunner.screenplay.layout.Paper;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.revision.Lock;
import dev.showrunner.screenplay.revision.SceneNumbers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The page-format options of every command that counts pages (pdf, html, pages, stats,
 * breakdown): the script's own format unless {@code --format} or {@code --paper} says otherwise.
 */
final class FormatArgs {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "feature, one-hour, half-hour or multi-camera; default: the script's Format: title key, else feature.")
    String format;

    @Option(names = "--paper", paramLabel = "PAPER", description = "letter or a4; default: the format's (letter).")
    String paper;

    /** A script with the page format it is laid out in. */
    record Loaded(Screenplay script, PageFormat format) {}

    /**
     * Reads the script and chooses its format: a Final Draft file's own layout, else the
     * Fountain title page's {@code Format:}; then {@code --format} and {@code --paper} override.
     */
    Loaded read(Path file) throws IOException, ScriptFormatException {
        if (ScriptFiles.Format.of(file) == ScriptFiles.Format.FDX) {
            FdxDocument document = ScriptFiles.readFdx(file);
            return new Loaded(document.screenplay(), format(PageFormat.fromFinalDraft(document.layout())));
        }
        Screenplay script = ScriptFiles.read(file);
        return new Loaded(script, format(PageFormat.forScript(script)));
    }

    /**
     * The script as production reads it: when its lock file ({@code SCRIPT.lock.json}, as
     * {@code lock} and {@code revise} write it) is beside it, numbered as {@code revise} numbers
     * it (12A, A1), omitted scenes left out (docs/revisions.md, rule 14); else as {@link #read}.
     */
    Loaded readShooting(Path file) throws IOException, ScriptFormatException {
        Loaded loaded = read(file);
        if (file.toString().equals("-") || !Files.exists(LockCommand.sidecar(file))) {
            return loaded;
        }
        Lock lock = LockCommand.readLock(file);
        return new Loaded(SceneNumbers.shooting(lock, loaded.script()), loaded.format());
    }

    private PageFormat format(PageFormat stated) {
        PageFormat chosen = stated;
        if (format != null) {
            chosen = PageFormat.named(format).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                    "--format must be feature, one-hour, half-hour or multi-camera, not '" + format + "'"));
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
}
