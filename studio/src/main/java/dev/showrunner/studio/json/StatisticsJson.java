package dev.showrunner.studio.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.showrunner.screenplay.stats.CharacterStat;
import dev.showrunner.screenplay.stats.LocationStat;
import dev.showrunner.screenplay.stats.SceneStat;
import dev.showrunner.screenplay.stats.ScriptStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A script's statistics as {@code showrunner stats --json} writes them: the counts, INT/EXT and
 * time of day, then every scene, character and location; field names in camelCase, as every
 * JSON the product writes.
 *
 * @param intExt scenes by INT, EXT, INT/EXT...
 * @param timeOfDay scenes by day, night...
 */
public record StatisticsJson(Summary summary, Map<String, Integer> intExt, Map<String, Integer> timeOfDay,
        List<Scene> scenes, List<Character> characters, List<Location> locations) {

    /**
     * The counts; {@code pages} and {@code eighths} are null, and {@code lengthsNote} says why,
     * when the script was not paginated.
     */
    public record Summary(int scenes, int speakingCharacters, int locations, int actionWords, int dialogueWords,
            Integer pages, Integer eighths, @JsonInclude(JsonInclude.Include.NON_NULL) String lengthsNote) {}

    /** One scene: where it is in the script, its heading's parts, its length and who speaks in it. */
    public record Scene(int index, String number, String heading, String setting, String location, String timeOfDay,
            String light, Integer eighths, String startPage, int line, List<String> speakingCharacters) {}

    /** One speaking character: speeches, words, and the scenes (indexes) they speak in. */
    public record Character(String name, int speeches, int words, int sceneCount, List<Integer> scenes) {}

    /** One location: how many scenes, and the settings (int, ext...) it is used in. */
    public record Location(String name, int scenes, List<String> settings) {}

    /** {@code note} is what {@code lengthsNote} says when the script was not paginated. */
    public static StatisticsJson of(ScriptStatistics stats, String note) {
        Summary summary = new Summary(stats.scenes().size(), stats.characters().size(), stats.locations().size(),
                stats.actionWords(), stats.dialogueWords(),
                stats.paginated() ? stats.pageCount().orElseThrow() : null,
                stats.paginated() ? stats.eighths().orElseThrow() : null, stats.paginated() ? null : note);
        Map<String, Integer> intExt = new LinkedHashMap<>();
        stats.settings().forEach((setting, n) -> intExt.put(lower(setting), n));
        Map<String, Integer> timeOfDay = new LinkedHashMap<>();
        stats.light().forEach((light, n) -> timeOfDay.put(lower(light), n));
        return new StatisticsJson(summary, intExt, timeOfDay,
                stats.scenes().stream().map(StatisticsJson::scene).toList(),
                stats.characters().stream().map(StatisticsJson::character).toList(),
                stats.locations().stream().map(StatisticsJson::location).toList());
    }

    private static Scene scene(SceneStat s) {
        return new Scene(s.index(), s.number(), s.heading(), lower(s.setting()), s.location(), s.timeOfDay(),
                lower(s.light()), s.eighths(), s.startPage(), s.line(), s.speakingCharacters());
    }

    private static Character character(CharacterStat c) {
        return new Character(c.name(), c.speeches(), c.words(), c.scenes().size(), c.scenes());
    }

    private static Location location(LocationStat l) {
        return new Location(l.name(), l.scenes(), l.settings().stream().map(StatisticsJson::lower).toList());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
