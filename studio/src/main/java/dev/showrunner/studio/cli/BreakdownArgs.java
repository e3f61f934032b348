package dev.showrunner.studio.cli;

import dev.showrunner.planning.breakdown.Breakdown;
import dev.showrunner.planning.breakdown.CastList;
import dev.showrunner.planning.breakdown.Elements;
import dev.showrunner.planning.breakdown.ElementsFile;
import dev.showrunner.planning.breakdown.SceneNumbers;
import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.layout.Layout;
import dev.showrunner.screenplay.layout.LayoutOptions;
import dev.showrunner.screenplay.layout.PageFormat;
import dev.showrunner.screenplay.layout.SceneLengths;
import dev.showrunner.screenplay.model.Screenplay;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * How breakdown and schedule turn a script into breakdown sheets: the page format its eighths
 * are measured in ({@link FormatArgs}), the elements the user adds by scene and the user's
 * corrections to the cast.
 */
final class BreakdownArgs {

    @Mixin
    FormatArgs formatArgs;

    @Option(names = "--elements", paramLabel = "FILE",
            description = "Elements to add, by scene: lines like  12: props: pocket watch, fishing rod; extras: 40 circus crowd")
    Path elements;

    @Option(names = "--cast", paramLabel = "FILE",
            description = "Corrections to the cast the breakdown finds: lines like  KARL THE GIANT = KARL,"
                    + "  not cast: BRIGHT SUNLIGHT,  extras: OFFICE LADIES,  cast: THE TWINS")
    Path cast;

    /** A script, the format it was laid out in, and its breakdown. */
    record Loaded(Screenplay script, PageFormat format, Breakdown breakdown) {}

    /**
     * Reads (under its locked numbers when its lock file is beside it), lays out and breaks down {@code file}, with the elements and cast files when
     * given; what looks wrong in them but can be read goes to {@code warnings}.
     */
    Loaded read(Path file, PrintWriter warnings) throws IOException, ScriptFormatException {
        FormatArgs.Loaded loaded = formatArgs.readShooting(file);
        Layout.Summary layout = Layout.stream(loaded.script(), loaded.format(), LayoutOptions.DEFAULTS, page -> { });
        Elements added = elements == null ? Elements.none()
                : InputFiles.read(elements, (in, source) -> ElementsFile.read(in, source, SceneNumbers.of(loaded.script())));
        SceneLengths lengths = SceneLengths.of(layout);
        Breakdown breakdown = Breakdown.of(loaded.script(), lengths, added);
        if (cast != null) {
            Breakdown found = breakdown;
            CastList corrections = InputFiles.read(cast, (in, source) -> CastList.read(in, source, found.cast()));
            InputFiles.warn(warnings, corrections.warnings());
            breakdown = Breakdown.of(loaded.script(), lengths, added, corrections);
        }
        return new Loaded(loaded.script(), loaded.format(), breakdown);
    }

    /** Whether any of these options was given (they only mean something for a script). */
    boolean given() {
        return elements != null || cast != null || formatArgs.format != null || formatArgs.paper != null;
    }
}
