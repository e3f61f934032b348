package dev.showrunner.planning.breakdown;

import dev.showrunner.screenplay.layout.Eighths;
import dev.showrunner.screenplay.model.Setting;
import dev.showrunner.screenplay.stats.TimeOfDay;
import java.util.List;
import java.util.Map;

/**
 * One breakdown sheet: a scene and everything it needs.
 *
 * @param index 1-based position of the scene in the script
 * @param number the scene number written in the script, or {@code null}
 * @param heading the heading as written
 * @param setting INT, EXT, INT./EXT., ...
 * @param set the location (set) as written in the heading
 * @param timeOfDay the time of day as written ("NIGHT", "LATER"), may be empty
 * @param light DAY, NIGHT, DAWN, DUSK or unspecified, from the time of day
 * @param eighths length in eighths of a page from the page layout, or {@code null} when the
 *     breakdown was made without pagination
 * @param speakingCast who speaks, in order of first speech
 * @param nonSpeakingCast who appears in the action in capitals without speaking here
 * @param voiceOver who is only heard here, in voice-over (V.O.): recorded apart, not needed
 *     on set for this scene
 * @param elements what the user added, by category
 * @param line the heading's 1-based source line (0 when not read from text)
 */
public record Sheet(
        int index,
        String number,
        String heading,
        Setting setting,
        String set,
        String timeOfDay,
        TimeOfDay light,
        Integer eighths,
        List<String> speakingCast,
        List<String> nonSpeakingCast,
        List<String> voiceOver,
        Map<Category, List<String>> elements,
        int line) {

    public Sheet {
        speakingCast = List.copyOf(speakingCast);
        nonSpeakingCast = List.copyOf(nonSpeakingCast);
        voiceOver = List.copyOf(voiceOver);
        elements = Map.copyOf(elements);
    }

    /**
     * Who must be on set for this scene, in capitals: the speaking cast, then the others seen,
     * each once. Voice-over is not on set.
     */
    public List<String> cast() {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        speakingCast.forEach(name -> names.add(name.toUpperCase(java.util.Locale.ROOT)));
        nonSpeakingCast.forEach(name -> names.add(name.toUpperCase(java.util.Locale.ROOT)));
        return List.copyOf(names);
    }

    /** The number to print on strips and sheets: the script's, else the position. */
    public String displayNumber() {
        return number != null ? number : Integer.toString(index);
    }

    /** Length as the industry writes it: "1 3/8", "4/8", "2"; "?" when unknown. */
    public String pages() {
        if (eighths == null) {
            return "?";
        }
        return Eighths.of(eighths).toString();
    }
}
