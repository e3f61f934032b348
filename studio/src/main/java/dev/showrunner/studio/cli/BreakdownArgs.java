package dev.showrunner.studio.cli;

import dev.showrunner.planning.breakdown.Breakdown;
import dev.showrunner.planning.breakdown.Elements;
import dev.showrunner.planning.breakdown.ElementsFile;
import dev.showrunner.planning.breakdown.SceneNumbers;
import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.layout.Layout;
import dev.showrunner.screenplay.layout.LayoutOptions;
import dev.showrunner.screenplay.layout.PageFormat;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.stats.SceneLengths;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * How breakdown and schedule turn a script into breakdown sheets: the page format its eighths
 * are measured in ({@link FormatArgs}) and the elements the user adds by scene.
 */
final class BreakdownArgs {

    @Mixin
    FormatArgs formatArgs;

    @Option(names = "--elements", paramLabel = "FILE",
            description = "Elements to add, by scene: lines like  12: props: pocket watch, fishing rod; extras: 40 circus crowd")
    Path elements;

    /** A script, the format it was laid out in, and its breakdown. */
    record Loaded(Screenplay script, PageFormat format, Breakdown breakdown) {}

    /** Reads, lays out and breaks down {@code file}, with the elements file when one is given. */
    Loaded read(Path file) throws IOException, ScriptFormatException {
        FormatArgs.Loaded loaded = formatArgs.read(file);
        Layout.Summary layout = Layout.stream(loaded.script(), loaded.format(), LayoutOptions.DEFAULTS, page -> { });
        Elements added = elements == null ? Elements.none()
                : InputFiles.read(elements, (in, source) -> ElementsFile.read(in, source, SceneNumbers.of(loaded.script())));
        return new Loaded(loaded.script(), loaded.format(), Breakdown.of(loaded.script(), SceneLengths.of(layout), added));
    }

    /** Whether any of these options was given (they only mean something for a script). */
    boolean given() {
        return elements != null || formatArgs.format != null || formatArgs.paper != null;
    }
}
