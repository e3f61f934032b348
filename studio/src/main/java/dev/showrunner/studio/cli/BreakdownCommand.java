package dev.showrunner.studio.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.showrunner.planning.breakdown.Breakdown;
import dev.showrunner.planning.breakdown.Category;
import dev.showrunner.planning.breakdown.Csv;
import dev.showrunner.planning.breakdown.Sheet;
import dev.showrunner.screenplay.layout.Eighths;
import dev.showrunner.screenplay.layout.Eighths;
import dev.showrunner.studio.json.PlanningJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code showrunner breakdown SCRIPT [--json|--csv]}: one breakdown sheet per scene. */
@Command(name = "breakdown", mixinStandardHelpOptions = true,
        description = "Breaks a script down: per scene its number, INT/EXT, set, time of day, length in eighths, speaking and non-speaking cast.")
final class BreakdownCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCRIPT", description = "A Fountain or Final Draft (.fdx) script; - reads standard input.")
    Path file;

    @ArgGroup(exclusive = true)
    Format format = new Format();

    static final class Format {
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Option(names = "--csv", description = "Print CSV, one row per scene.")
        boolean csv;
    }

    @Mixin
    BreakdownArgs breakdownArgs;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to this file instead of standard output.")
    Path output;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Breakdown breakdown = breakdownArgs.read(file, spec.commandLine().getErr()).breakdown();
        String report = format.json ? json(breakdown) : format.csv ? Csv.of(breakdown) : text(breakdown);
        Output.write(output, report.getBytes(StandardCharsets.UTF_8));
        return Showrunner.EXIT_OK;
    }

    static String json(Breakdown breakdown) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        return mapper.writeValueAsString(PlanningJson.scenes(breakdown)) + "\n";
    }

    static String text(Breakdown breakdown) {
        StringBuilder out = new StringBuilder();
        for (Sheet s : breakdown.sheets()) {
            String length = s.eighths() == null ? "? pages" : Eighths.of(s.eighths()).withUnit();
            out.append(String.format("%-5s %-40s %12s%n", s.displayNumber(), s.heading(), length));
            if (!s.speakingCast().isEmpty()) {
                out.append("      speaking: ").append(String.join(", ", s.speakingCast())).append('\n');
            }
            if (!s.nonSpeakingCast().isEmpty()) {
                out.append("      non-speaking: ").append(String.join(", ", s.nonSpeakingCast())).append('\n');
            }
            if (!s.voiceOver().isEmpty()) {
                out.append("      voice-over: ").append(String.join(", ", s.voiceOver())).append('\n');
            }
            for (Category c : Category.values()) {
                List<String> items = s.elements().getOrDefault(c, List.of());
                if (!items.isEmpty()) {
                    out.append("      ").append(c.name().toLowerCase(Locale.ROOT)).append(": ")
                            .append(String.join(", ", items)).append('\n');
                }
            }
        }
        Integer total = breakdown.totalEighths();
        out.append(breakdown.sheets().size()).append(" scenes");
        if (total != null) {
            out.append(", ").append(Eighths.of(total).withUnit());
        }
        out.append('\n');
        castSummary(breakdown, out);
        return out.toString();
    }

    /**
     * Everyone the breakdown casts, most scenes first, with the scenes they are on set for,
     * then who is only ever heard: the list a first AD reads to write a cast file.
     */
    private static void castSummary(Breakdown breakdown, StringBuilder out) {
        List<Breakdown.Appearances> onSet = breakdown.castOnSet();
        List<Breakdown.Appearances> heard = breakdown.heardOnly();
        if (onSet.isEmpty() && heard.isEmpty()) {
            return;
        }
        out.append('\n').append("cast on set: ").append(onSet.size()).append('\n');
        appendByScenes(onSet, out);
        if (!heard.isEmpty()) {
            out.append("heard only (voice-over): ").append(heard.size()).append('\n');
            appendByScenes(heard, out);
        }
    }

    private static void appendByScenes(List<Breakdown.Appearances> people, StringBuilder out) {
        int width = people.stream().mapToInt(p -> p.name().length()).max().orElse(0);
        for (Breakdown.Appearances p : people) {
            int count = p.scenes().size();
            out.append(String.format("  %-" + width + "s %3d %-7s %s%n", p.name(), count,
                    count == 1 ? "scene:" : "scenes:", String.join(" ", p.scenes())));
        }
    }
}
