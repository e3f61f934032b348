package dev.showrunner.screenplay.stats;

import dev.showrunner.screenplay.model.Setting;
import java.util.List;

/**
 * One scene.
 *
 * @param index 1-based position in the script
 * @param number the scene number written in the script, or {@code null}
 * @param heading the heading as written
 * @param speakingCharacters who speaks in the scene, in order of first speech
 * @param eighths length in eighths of a page, or {@code null} when not paginated
 * @param startPage the page the scene starts on, or {@code null} when not paginated
 * @param line the heading's 1-based source line (0 when not read from text)
 */
public record SceneStat(
        int index, String number, String heading, Setting setting, String location, String timeOfDay,
        TimeOfDay light, List<String> speakingCharacters, Integer eighths, String startPage, int line) {
    public SceneStat {
        speakingCharacters = List.copyOf(speakingCharacters);
    }
}
