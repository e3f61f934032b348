package dev.showrunner.planning.schedule;

import dev.showrunner.planning.breakdown.SceneNumbers;
import dev.showrunner.planning.input.Field;
import dev.showrunner.planning.input.InputLines;
import dev.showrunner.screenplay.ScriptFormatException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first AD's estimate of how long scenes take to shoot, one scene per line, for scenes
 * whose page count says little about it (a stunt, a crowd, a car rig):
 *
 * <pre>
 * # scene: time to shoot
 * 12: 2h30
 * 14A: 45m
 * 30: 1h 15m
 * 31: 3h
 * </pre>
 *
 * A time is hours ({@code h}) and/or minutes ({@code m}), at least one minute and at most
 * {@value #MAX_HOURS} hours. Scene numbers are the printed ones ({@link SceneNumbers}). A
 * scene given twice is an error naming both lines; errors name line and column, and the
 * input is bounded as {@link InputLines} says.
 *
 * @param minutes time to shoot by scene position in the breakdown (1-based)
 */
public record TimingsFile(Map<Integer, Integer> minutes) {

    /** The longest time accepted for one scene. */
    public static final int MAX_HOURS = 200;

    private static final Pattern TIME = Pattern.compile(
            "(?i)(?:(\\d{1,3})\\s*h(?:ours?|rs?)?)?\\s*(?:(\\d{1,5})\\s*(m(?:in(?:utes?|s)?)?)?)?");

    public TimingsFile {
        minutes = Map.copyOf(minutes);
    }

    /**
     * Reads timings for the scenes {@code numbers} knows.
     *
     * @param in the text; read to its end, not closed
     * @param source a name for error messages, such as the file name
     * @throws ScriptFormatException naming the line and column of the first problem
     */
    public static TimingsFile read(Reader in, String source, SceneNumbers numbers) throws ScriptFormatException {
        InputLines lines = new InputLines(in, source);
        Map<Integer, Integer> minutes = new HashMap<>();
        Map<Integer, Integer> onLine = new HashMap<>();
        for (Field line; (line = lines.next()) != null; ) {
            int colon = line.text().indexOf(':');
            if (colon <= 0) {
                throw line.error("expected SCENE: TIME (e.g. 12: 2h30, 14A: 45m)");
            }
            Field scene = line.before(colon);
            int position = numbers.position(scene);
            if (onLine.containsKey(position)) {
                throw scene.error("scene " + scene.text() + " is already timed on line " + onLine.get(position));
            }
            minutes.put(position, duration(line.after(colon, 1)));
            onLine.put(position, line.line());
        }
        return new TimingsFile(minutes);
    }

    /** A time such as {@code 2h30}, {@code 45m}, {@code 1h 15m}, {@code 3h}, in minutes. */
    static int duration(Field time) throws ScriptFormatException {
        Matcher m = TIME.matcher(time.text());
        // minutes need their "m" unless hours come first ("2h30"): a bare "30" says nothing
        if (time.isEmpty() || !m.matches() || (m.group(1) == null && (m.group(2) == null || m.group(3) == null))) {
            throw time.error("\"" + time.text() + "\" is not a time like 2h30, 45m or 3h");
        }
        long total = (m.group(1) == null ? 0 : Long.parseLong(m.group(1)) * 60)
                + (m.group(2) == null ? 0 : Long.parseLong(m.group(2)));
        if (total < 1 || total > MAX_HOURS * 60L) {
            throw time.error("a scene takes from 1 minute to " + MAX_HOURS + " hours, not " + time.text());
        }
        return (int) total;
    }
}
