package dev.showrunner.screenplay.stats;

import java.util.Locale;

/**
 * The light a scene is shot in, read from its heading's time of day. Production boards colour
 * strips by it, so it is coarser than what writers write ("LATER", "MOMENTS LATER" and
 * "CONTINUOUS" carry no light of their own and count as {@link #UNSPECIFIED}).
 */
public enum TimeOfDay {
    DAY,
    NIGHT,
    DAWN,
    DUSK,
    UNSPECIFIED;

    /** Classifies a heading's time-of-day text such as {@code "NIGHT"} or {@code "EARLY MORNING"}. */
    public static TimeOfDay classify(String timeOfDay) {
        String t = timeOfDay.toUpperCase(Locale.ROOT);
        // Order matters: "LATER THAT NIGHT" is night, "DAY (FLASHBACK)" is day.
        if (containsWord(t, "NIGHT") || containsWord(t, "MIDNIGHT") || containsWord(t, "EVENING")) {
            return NIGHT;
        }
        if (containsWord(t, "DAWN") || containsWord(t, "SUNRISE") || containsWord(t, "DAYBREAK")) {
            return DAWN;
        }
        if (containsWord(t, "DUSK") || containsWord(t, "SUNSET") || containsWord(t, "TWILIGHT")
                || containsWord(t, "MAGIC HOUR")) {
            return DUSK;
        }
        if (containsWord(t, "DAY") || containsWord(t, "MORNING") || containsWord(t, "AFTERNOON")
                || containsWord(t, "NOON") || containsWord(t, "MIDDAY")) {
            return DAY;
        }
        return UNSPECIFIED;
    }

    private static boolean containsWord(String text, String word) {
        int from = 0;
        while (true) {
            int at = text.indexOf(word, from);
            if (at < 0) {
                return false;
            }
            int end = at + word.length();
            boolean startOk = at == 0 || !Character.isLetter(text.charAt(at - 1));
            boolean endOk = end == text.length() || !Character.isLetter(text.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            from = at + 1;
        }
    }
}
