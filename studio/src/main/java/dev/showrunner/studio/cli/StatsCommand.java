package dev.showrunner.studio.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.showrunner.screenplay.layout.Eighths;
import dev.showrunner.screenplay.model.Setting;
import dev.showrunner.screenplay.stats.CharacterStat;
import dev.showrunner.screenplay.stats.LocationStat;
import dev.showrunner.screenplay.stats.SceneStat;
import dev.showrunner.screenplay.stats.ScriptStatistics;
import dev.showrunner.screenplay.stats.TimeOfDay;
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
        FormatArgs.Loaded loaded = formatArgs.read(file);
        ScriptStatistics stats = ScriptStatistics.paginated(loaded.script(), loaded.format());
        String report = json ? json(stats) : text(stats);
        Output.write(output, report.getBytes(StandardCharsets.UTF_8));
        return Showrunner.EXIT_OK;
    }

    static String json(ScriptStatistics stats) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ObjectNode summary = root.putObject("summary");
        summary.put("scenes", stats.scenes().size());
        summary.put("speaking_characters", stats.characters().size());
        summary.put("locations", stats.locations().size());
        summary.put("action_words", stats.actionWords());
        summary.put("dialogue_words", stats.dialogueWords());
        if (stats.paginated()) {
            summary.put("pages", stats.pageCount().orElseThrow());
            summary.put("eighths", stats.eighths().orElseThrow());
        } else {
            summary.putNull("pages");
            summary.putNull("eighths");
            summary.put("lengths_note", UNPAGINATED);
        }
        ObjectNode settings = root.putObject("int_ext");
        for (Map.Entry<Setting, Integer> e : stats.settings().entrySet()) {
            settings.put(e.getKey().name().toLowerCase(Locale.ROOT), e.getValue());
        }
        ObjectNode light = root.putObject("time_of_day");
        for (Map.Entry<TimeOfDay, Integer> e : stats.light().entrySet()) {
            light.put(e.getKey().name().toLowerCase(Locale.ROOT), e.getValue());
        }
        ArrayNode scenes = root.putArray("scenes");
        for (SceneStat s : stats.scenes()) {
            ObjectNode scene = scenes.addObject();
            scene.put("index", s.index());
            scene.put("number", s.number());
            scene.put("heading", s.heading());
            scene.put("setting", s.setting().name().toLowerCase(Locale.ROOT));
            scene.put("location", s.location());
            scene.put("time_of_day", s.timeOfDay());
            scene.put("light", s.light().name().toLowerCase(Locale.ROOT));
            scene.put("eighths", s.eighths());
            scene.put("start_page", s.startPage());
            scene.put("line", s.line());
            ArrayNode speakers = scene.putArray("speaking_characters");
            s.speakingCharacters().forEach(speakers::add);
        }
        ArrayNode characters = root.putArray("characters");
        for (CharacterStat c : stats.characters()) {
            ObjectNode character = characters.addObject();
            character.put("name", c.name());
            character.put("speeches", c.speeches());
            character.put("words", c.words());
            character.put("scene_count", c.scenes().size());
            ArrayNode in = character.putArray("scenes");
            c.scenes().forEach(in::add);
        }
        ArrayNode locations = root.putArray("locations");
        for (LocationStat l : stats.locations()) {
            ObjectNode location = locations.addObject();
            location.put("name", l.name());
            location.put("scenes", l.scenes());
            ArrayNode used = location.putArray("settings");
            l.settings().forEach(s -> used.add(s.name().toLowerCase(Locale.ROOT)));
        }
        return mapper.writeValueAsString(root) + "\n";
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
