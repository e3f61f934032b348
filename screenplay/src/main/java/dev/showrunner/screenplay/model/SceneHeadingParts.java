package dev.showrunner.screenplay.model;

import java.util.Locale;

/**
 * The parts of a scene heading's text: prefix, location and time of day.
 *
 * <p>The prefix is one of the forms screenwriters use (INT, EXT, EST, INT./EXT, EXT/INT, I/E,
 * each with or without a period, case-insensitive) followed by a space or a period. The time
 * of day is what follows the last {@code " - "} (or " — "/" – "), when such a separator is there;
 * everything between is the location.
 */
public record SceneHeadingParts(Setting setting, String prefix, String location, String timeOfDay) {

    /** Recognised prefixes, longest first so that INT./EXT. wins over INT. */
    private static final String[][] PREFIXES = {
        {"INT./EXT.", "INTERIOR_EXTERIOR"}, {"INT/EXT.", "INTERIOR_EXTERIOR"},
        {"INT./EXT", "INTERIOR_EXTERIOR"}, {"INT/EXT", "INTERIOR_EXTERIOR"},
        {"EXT./INT.", "INTERIOR_EXTERIOR"}, {"EXT/INT.", "INTERIOR_EXTERIOR"},
        {"EXT./INT", "INTERIOR_EXTERIOR"}, {"EXT/INT", "INTERIOR_EXTERIOR"},
        {"INT.EXT.", "INTERIOR_EXTERIOR"}, {"I/E.", "INTERIOR_EXTERIOR"}, {"I/E", "INTERIOR_EXTERIOR"},
        {"INT.", "INTERIOR"}, {"INT", "INTERIOR"},
        {"EXT.", "EXTERIOR"}, {"EXT", "EXTERIOR"},
        {"EST.", "ESTABLISHING"}, {"EST", "ESTABLISHING"},
    };

    /**
     * The length of the heading prefix at the start of {@code line} (the prefix plus the one
     * separating space or period), or -1 when the line does not start with one.
     */
    public static int prefixLength(String line) {
        for (String[] prefix : PREFIXES) {
            String p = prefix[0];
            if (line.regionMatches(true, 0, p, 0, p.length())) {
                if (line.length() == p.length()) {
                    return -1; // a bare "INT." is not a heading
                }
                char next = line.charAt(p.length());
                if (next == ' ' || next == '\t') {
                    return p.length() + 1;
                }
                if (!p.endsWith(".") && next == '.') {
                    return p.length() + 1;
                }
                if (p.endsWith(".")) {
                    // "INT.HOUSE" is unusual but readable; only a separator after the period counts.
                    continue;
                }
            }
        }
        return -1;
    }

    public static SceneHeadingParts parse(String heading) {
        String text = heading.strip();
        Setting setting = Setting.UNSPECIFIED;
        String prefix = "";
        String rest = text;
        int length = prefixLength(text);
        if (length > 0) {
            prefix = text.substring(0, length).strip();
            setting = settingOf(prefix);
            rest = text.substring(length).strip();
        }
        String location = rest;
        String time = "";
        int separator = lastSeparator(rest);
        if (separator >= 0) {
            location = rest.substring(0, separator).strip();
            time = rest.substring(separator).replaceFirst("^\\s*[-\u2013\u2014]+\\s*", "").strip();
        }
        return new SceneHeadingParts(setting, prefix, location, time);
    }

    private static Setting settingOf(String prefix) {
        return switch (prefix.toUpperCase(Locale.ROOT).replace(".", "")) {
            case "INT" -> Setting.INTERIOR;
            case "EXT" -> Setting.EXTERIOR;
            case "EST" -> Setting.ESTABLISHING;
            case "INT/EXT", "EXT/INT", "INTEXT", "I/E" -> Setting.INTERIOR_EXTERIOR;
            default -> Setting.UNSPECIFIED;
        };
    }

    /** Index of the start of the last run of dashes with white space on both sides, or -1. */
    private static int lastSeparator(String rest) {
        int i = rest.length() - 1;
        while (i > 0) {
            if (isDash(rest.charAt(i))) {
                int end = i + 1;
                int start = i;
                while (start > 0 && isDash(rest.charAt(start - 1))) {
                    start--;
                }
                if (start > 0 && end < rest.length()
                        && Character.isWhitespace(rest.charAt(start - 1)) && Character.isWhitespace(rest.charAt(end))) {
                    return start;
                }
                i = start - 1;
            } else {
                i--;
            }
        }
        return -1;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014';
    }
}
