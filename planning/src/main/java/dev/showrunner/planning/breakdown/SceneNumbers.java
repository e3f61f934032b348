package dev.showrunner.planning.breakdown;

import dev.showrunner.planning.input.Field;
import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.stats.SceneStat;
import dev.showrunner.screenplay.stats.ScriptStatistics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scene numbers a script prints ({@code 12}, {@code 12A}; a scene without one is known by
 * its position), mapped to the 1-based positions the engine keys scenes by. Files written by
 * people name scenes the first way; this turns their numbers into positions, ignoring case.
 */
public final class SceneNumbers {

    private final Map<String, List<Integer>> positions;
    private final int count;

    private SceneNumbers(Map<String, List<Integer>> positions, int count) {
        this.positions = positions;
        this.count = count;
    }

    /** The numbers of {@code screenplay}'s scenes, as its breakdown sheets display them. */
    public static SceneNumbers of(Screenplay screenplay) {
        List<String> numbers = new ArrayList<>();
        for (SceneStat scene : ScriptStatistics.of(screenplay).scenes()) {
            numbers.add(scene.number() != null ? scene.number() : Integer.toString(scene.index()));
        }
        return new SceneNumbers(index(numbers), numbers.size());
    }

    /** The display numbers of {@code breakdown}'s sheets. */
    public static SceneNumbers of(Breakdown breakdown) {
        return new SceneNumbers(index(breakdown.sheets().stream().map(Sheet::displayNumber).toList()),
                breakdown.sheets().size());
    }

    private static Map<String, List<Integer>> index(List<String> numbers) {
        Map<String, List<Integer>> positions = new HashMap<>();
        for (int i = 0; i < numbers.size(); i++) {
            positions.computeIfAbsent(key(numbers.get(i)), k -> new ArrayList<>()).add(i + 1);
        }
        return positions;
    }

    private static String key(String number) {
        return number.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * The 1-based position of the scene numbered {@code number}; an optional leading {@code #}
     * and trailing {@code #} (Fountain's {@code #12A#}) are allowed.
     *
     * @throws ScriptFormatException at {@code number} when the script has no such scene, or
     *     numbers two scenes so
     */
    public int position(Field number) throws ScriptFormatException {
        String text = number.text();
        if (text.length() > 1 && text.startsWith("#") && text.endsWith("#")) {
            text = text.substring(1, text.length() - 1);
        }
        if (text.isEmpty()) {
            throw number.error("missing scene number");
        }
        List<Integer> found = positions.get(key(text));
        if (found == null) {
            throw number.error("the script has no scene " + text + " (" + count + " scenes; numbers as printed, e.g. 12 or 12A)");
        }
        if (found.size() > 1) {
            throw number.error("the script numbers " + found.size() + " scenes " + text
                    + " (the scenes at positions " + found + "): renumber them to tell them apart");
        }
        return found.get(0);
    }
}
