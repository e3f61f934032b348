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

    /**
     * Prefixes, longest first so that INT./EXT. wins over INT. The Fountain syntax lists INT,
     * EXT, EST, INT./EXT, INT/EXT and I/E; Final Draft also starts a heading at EXT/INT and
     * INT.EXT when it reads a Fountain file, and its pages are the ones we match, so those count
     * too (docs/fountain.md).
     */
    private static final Prefix[] PREFIXES = {
        new Prefix("INT./EXT.", Setting.INTERIOR_EXTERIOR), new Prefix("INT/EXT.", Setting.INTERIOR_EXTERIOR),
        new Prefix("INT./EXT", Setting.INTERIOR_EXTERIOR), new Prefix("INT/EXT", Setting.INTERIOR_EXTERIOR),
        new Prefix("EXT./INT.", Setting.INTERIOR_EXTERIOR), new Prefix("EXT/INT.", Setting.INTERIOR_EXTERIOR),
        new Prefix("EXT./INT", Setting.INTERIOR_EXTERIOR), new Prefix("EXT/INT", Setting.INTERIOR_EXTERIOR),
        new Prefix("INT.EXT.", Setting.INTERIOR_EXTERIOR),
        new Prefix("I/E.", Setting.INTERIOR_EXTERIOR), new Prefix("I/E", Setting.INTERIOR_EXTERIOR),
        new Prefix("INT.", Setting.INTERIOR), new Prefix("INT", Setting.INTERIOR),
        new Prefix("EXT.", Setting.EXTERIOR), new Prefix("EXT", Setting.EXTERIOR),
        new Prefix("EST.", Setting.ESTABLISHING), new Prefix("EST", Setting.ESTABLISHING),
    };

    private record Prefix(String text, Setting setting) {}

    /**
     * The length of the Fountain heading prefix at the start of {@code line} (the prefix plus
     * the one separating space or period), or -1 when the line does not start with one of the
     * prefixes the Fountain syntax lists.
     */
    public static int prefixLength(String line) {
        Prefix prefix = prefixAt(line);
        return prefix == null ? -1 : matchLength(line, prefix);
    }

    private static Prefix prefixAt(String line) {
        if (!mayStartWithPrefix(line)) {
            return null;
        }
        for (Prefix prefix : PREFIXES) {
            if (matchLength(line, prefix) > 0) {
                return prefix;
            }
        }
        return null;
    }

    private static int matchLength(String line, Prefix prefix) {
        String p = prefix.text();
        if (!line.regionMatches(true, 0, p, 0, p.length()) || line.length() == p.length()) {
            return -1; // a bare "INT." is not a heading
        }
        char next = line.charAt(p.length());
        boolean separated = next == ' ' || next == '\t' || (!p.endsWith(".") && next == '.');
        // A prefix with nothing after it ("INT.") names no place: not a heading.
        return separated && !line.substring(p.length() + 1).isBlank() ? p.length() + 1 : -1;
    }

    public static SceneHeadingParts parse(String heading) {
        String text = heading.strip();
        Setting setting = Setting.UNSPECIFIED;
        String prefix = "";
        String rest = text;
        Prefix recognised = prefixAt(text);
        if (recognised != null) {
            int length = matchLength(text, recognised);
            prefix = text.substring(0, length).strip();
            setting = recognised.setting();
            rest = text.substring(length).strip();
        }
        String location = rest;
        String time = "";
        int separator = lastSeparator(rest);
        if (separator >= 0) {
            location = rest.substring(0, separator).strip();
            time = afterSeparator(rest, separator).strip();
        }
        return new SceneHeadingParts(setting, prefix, location, time);
    }

    /**
     * A cheap test that rules out most lines before the full one: every prefix starts INT, EXT,
     * EST or I/, compared as {@link String#regionMatches(boolean, int, String, int, int)} does.
     */
    private static boolean mayStartWithPrefix(String line) {
        if (line.length() < 3) {
            return false;
        }
        char a = line.charAt(0);
        char b = line.charAt(1);
        char c = line.charAt(2);
        return (same(a, 'I') && (b == '/' || (same(b, 'N') && same(c, 'T'))))
                || (same(a, 'E') && (same(b, 'X') || same(b, 'S')) && same(c, 'T'));
    }

    private static boolean same(char c, char upper) {
        char u = Character.toUpperCase(c);
        return u == upper || Character.toLowerCase(u) == Character.toLowerCase(upper);
    }

    /** The text after the dashes (and the white space around them) that start at {@code from}. */
    private static String afterSeparator(String rest, int from) {
        int k = from;
        while (k < rest.length() && Character.isWhitespace(rest.charAt(k))) {
            k++;
        }
        int dashes = k;
        while (k < rest.length() && isDash(rest.charAt(k))) {
            k++;
        }
        if (k == dashes) {
            return rest.substring(from);
        }
        while (k < rest.length() && Character.isWhitespace(rest.charAt(k))) {
            k++;
        }
        return rest.substring(k);
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
