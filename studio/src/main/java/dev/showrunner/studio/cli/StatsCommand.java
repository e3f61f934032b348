package dev.showrunner.studio.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.showrunner.screenplay.layout.Eighths;
import dev.showrunner.screenplay.stats.CharacterStat;
import dev.showrunner.screenplay.stats.LocationStat;
import dev.showrunner.screenplay.stats.SceneStat;
import dev.showrunner.screenplay.stats.ScriptStatistics;
import dev.showrunner.studio.json.StatisticsJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Pages, scene lengths in eighths, scenes, characters (speeches, words, scenes), locations, INT/EXT and DAY/NIGHT split of a script.")
final class StatsCommand implements Callable<Integer> {

    static final String UNPAGINATED = "page counts and eighths were not computed (the script was not paginated)";

    @Parameters(index = "0", paramLabel = "FILE", description = "A Fountain or Final Draft (.fdx) script; - reads standard input.")
    Path file;

    @Mixin
    FormatArgs formatArgs;

    @Option(names = "--json", description = "Print JSON instead of a readable report.")
    boolean json;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to this file instead of standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        FormatArgs.Loaded loaded = formatArgs.readShooting(file);
        ScriptStatistics stats = ScriptStatistics.paginated(loaded.script(), loaded.format());
        String report = json ? json(stats) : text(stats);
        Output.write(output, report.getBytes(StandardCharsets.UTF_8));
        return Showrunner.EXIT_OK;
    }

    static String json(ScriptStatistics stats) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        return mapper.writeValueAsString(StatisticsJson.of(stats, UNPAGINATED)) + "\n";
    }

    static String text(ScriptStatistics stats) {
        StringBuilder out = new StringBuilder();
        out.append("Scenes: %d   Speaking characters: %d   Locations: %d%n".formatted(
                stats.scenes().size(), stats.characters().size(), stats.locations().size()));
        if (stats.paginated()) {
            int eighths = stats.eighths().orElseThrow();
            out.append("Pages: %d   Scene lengths: %s pages%n".formatted(stats.pageCount().orElseThrow(), Eighths.of(eighths)));
        } else {
            out.append("Pages: unknown (" + UNPAGINATED + ")\n");
        }
        out.append("Words: %,d action, %,d dialogue%n".formatted(stats.actionWords(), stats.dialogueWords()));
        out.append("INT/EXT: ").append(split(stats.settings())).append('\n');
        out.append("Time of day: ").append(split(stats.light())).append("\n\n");

        out.append("SCENES\n");
        for (SceneStat s : stats.scenes()) {
            String number = s.number() == null ? String.valueOf(s.index()) : s.number();
            String length = s.eighths() == null ? "" : "  " + Eighths.of(s.eighths());
            out.append("%5s  %s%s%n".formatted(number, s.heading(), length));
        }
        out.append("\nCHARACTERS            speeches    words  scenes\n");
        for (CharacterStat c : stats.characters()) {
            out.append("%-22s %8d %8d %7d%n".formatted(c.name(), c.speeches(), c.words(), c.scenes().size()));
        }
        out.append("\nLOCATIONS                                     scenes\n");
        for (LocationStat l : stats.locations()) {
            out.append("%-45s %6d%n".formatted(l.name(), l.scenes()));
        }
        return out.toString();
    }

    private static String split(Map<? extends Enum<?>, Integer> counts) {
        StringBuilder out = new StringBuilder();
        counts.forEach((key, count) -> {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(key.name().toLowerCase(Locale.ROOT).replace('_', '/')).append(' ').append(count);
        });
        return out.isEmpty() ? "none" : out.toString();
    }
}
