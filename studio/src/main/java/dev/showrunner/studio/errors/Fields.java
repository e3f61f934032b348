package dev.showrunner.studio.errors;

/**
 * The checks every text a person gives goes through before it is stored, one implementation
 * for every feature: a maximum length, no control characters in a one-line value, and no NUL
 * or broken character anywhere. Both databases then store the same thing: PostgreSQL refuses
 * NUL in text (SQLite kept it), and a lone UTF-16 surrogate (a JSON {@code "\ud800"}) cannot
 * be written as UTF-8, so both stored it as {@code ?}. Each refusal is a 400 whose message
 * starts with the field's name, which the pages show beside that field.
 */
public final class Fields {

    /** A person's name, a draft's name, a revision's label. */
    public static final int NAME = 100;
    /** A series', season's or episode's title. */
    public static final int TITLE = 200;
    /** A series' logline: a paragraph, not a treatment. */
    public static final int LOGLINE = 1_000;

    private Fields() {}

    /** A required one-line value, stripped: 400 when empty, longer than {@code max}, or holding a control or broken character. */
    public static String line(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw StudioException.badRequest(field + ": must not be empty");
        }
        return optionalLine(field, value, max);
    }

    /** An optional one-line value, stripped ("" when missing), with the checks of {@link #line}. */
    public static String optionalLine(String field, String value, int max) {
        String v = value == null ? "" : value.strip();
        length(field, v, max);
        characters(field, v, false);
        return v;
    }

    /** An optional value of several lines, stripped ("" when missing): tabs and line breaks allowed. */
    public static String optionalText(String field, String value, int max) {
        String v = value == null ? "" : value.strip();
        length(field, v, max);
        characters(field, v, true);
        return v;
    }

    private static void length(String field, String value, int max) {
        if (value.length() > max) {
            throw StudioException.badRequest(field + ": at most " + max + " characters, not " + value.length());
        }
    }

    /**
     * Refuses NUL and lone UTF-16 surrogates anywhere, and in a one-line value any other control
     * character; names the character and where it stands (counted from 1).
     */
    public static void characters(String field, String value, boolean lines) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw StudioException.badRequest(String.format(
                        "%s: holds a broken character (an unpaired UTF-16 surrogate, U+%04X) at character %d", field, (int) c, i + 1));
            } else if (c == 0 || Character.isISOControl(c) && !(lines && (c == '\n' || c == '\r' || c == '\t'))) {
                throw StudioException.badRequest(String.format("%s: %sholds a control character (U+%04X) at character %d",
                        field, lines ? "" : "one line, without tabs or line breaks; ", (int) c, i + 1));
            }
        }
    }
}
