package dev.showrunner.studio.json;

import dev.showrunner.planning.breakdown.Breakdown;
import dev.showrunner.planning.breakdown.Category;
import dev.showrunner.planning.breakdown.Sheet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Breakdown sheets as JSON, one shape for the command line ({@code breakdown --json}) and the studio's API. */
public final class PlanningJson {

    private PlanningJson() {}

    /**
     * One breakdown sheet: where the scene is in the script, its set, INT/EXT and time of day,
     * its length in eighths (null when the script was not paginated) and as pages, who is in it,
     * and its elements by category (every category present, empty when it has none).
     */
    public record Scene(int index, String number, String heading, String intExt, String set, String timeOfDay,
            String light, Integer eighths, String pages, List<String> speakingCast, List<String> nonSpeakingCast,
            List<String> voiceOver, Map<String, List<String>> elements, int line) {

        static Scene of(Sheet s) {
            Map<String, List<String>> elements = new LinkedHashMap<>();
            for (Category c : Category.values()) {
                elements.put(c.name().toLowerCase(Locale.ROOT), s.elements().getOrDefault(c, List.of()));
            }
            return new Scene(s.index(), s.displayNumber(), s.heading(), s.setting().name().toLowerCase(Locale.ROOT),
                    s.set(), s.timeOfDay(), s.light().name().toLowerCase(Locale.ROOT), s.eighths(), s.pages(),
                    s.speakingCast(), s.nonSpeakingCast(), s.voiceOver(), elements, s.line());
        }
    }

    /** One object per breakdown sheet, in script order. */
    public static List<Scene> scenes(Breakdown breakdown) {
        return breakdown.sheets().stream().map(Scene::of).toList();
    }
}
