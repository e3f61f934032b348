package dev.showrunner.planning.input;

import dev.showrunner.screenplay.ScriptFormatException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A piece of one input line, stripped of surrounding blanks, with the line and the 1-based
 * column of its first character (for an empty piece: where it would start). Everything a
 * format reads from a line is a field, so every error can point at what it complains about.
 *
 * @param source the input's name for error messages
 * @param line 1-based line number
 * @param column 1-based column of the first character of {@code text}
 * @param text the piece, stripped
 */
public record Field(String source, int line, int column, String text) {

    /** The longest date range accepted, in days (ten years). */
    public static final int MAX_RANGE_DAYS = 3660;

    static Field of(String source, int line, String raw) {
        return new Field(source, line, 1, "").widen(raw, 0, raw.length());
    }

    /** {@code raw.substring(from, to)} stripped, where {@code raw} starts at this field's column. */
    private Field widen(String raw, int from, int to) {
        while (from < to && Character.isWhitespace(raw.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(raw.charAt(to - 1))) {
            to--;
        }
        return new Field(source, line, column + from, raw.substring(from, to));
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The part of this field from offset {@code from} to {@code to} of its text, stripped. */
    public Field part(int from, int to) {
        return widen(text, from, to);
    }

    /** The part of this field before offset {@code at}, stripped. */
    public Field before(int at) {
        return part(0, at);
    }

    /** The part of this field after the {@code length} characters at offset {@code at}, stripped. */
    public Field after(int at, int length) {
        return part(at + length, text.length());
    }

    /** The pieces between {@code separator}s, each stripped; empty pieces are kept. */
    public List<Field> split(char separator) {
        List<Field> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == separator) {
                parts.add(part(from, i));
                from = i + 1;
            }
        }
        return parts;
    }

    /** The words of this field (split at blanks), each with its column. */
    public List<Field> words() {
        List<Field> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(new Field(source, line, column + start, text.substring(start, i)));
            }
        }
        return words;
    }

    /** Offset in this field's text of {@code inner}, a field cut from this one. */
    public int offsetOf(Field inner) {
        return inner.column - column;
    }

    /** A name as the formats compare them: in capitals, runs of blanks as one space. */
    public String name() {
        return text.replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    /** Whether this field is {@code word}, ignoring case. */
    public boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }

    /** An error at this field. */
    public ScriptFormatException error(String problem) {
        return new ScriptFormatException(source, line, column, -1, problem);
    }

    /** This field as a date like 2027-03-01. */
    public LocalDate date() throws ScriptFormatException {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error(isEmpty() ? "missing date (dates as 2027-03-01)"
                    : "\"" + text + "\" is not a date like 2027-03-01");
        }
    }

    /**
     * This field as a date ({@code 2027-03-01}) or a range of dates ({@code 2027-03-01..2027-03-05},
     * both inclusive, at most {@value #MAX_RANGE_DAYS} days).
     */
    public DateRange dates() throws ScriptFormatException {
        if (isEmpty()) {
            throw error("missing date");
        }
        int dots = text.indexOf("..");
        try {
            if (dots < 0) {
                LocalDate date = LocalDate.parse(text);
                return new DateRange(date, date);
            }
            LocalDate from = LocalDate.parse(before(dots).text);
            LocalDate to = LocalDate.parse(after(dots, 2).text);
            if (to.isBefore(from) || from.plusDays(MAX_RANGE_DAYS).isBefore(to)) {
                throw error("date range \"" + text + "\" runs backwards or spans more than ten years");
            }
            return new DateRange(from, to);
        } catch (DateTimeParseException e) {
            throw error("\"" + text + "\" is not a date like 2027-03-01 (or a range 2027-03-01..2027-03-05)");
        }
    }

    /** This field as a whole number from 0 to {@code max}; {@code what} names it in errors. */
    public long wholeNumber(long max, String what) throws ScriptFormatException {
        if (isEmpty()) {
            throw error("missing " + what + " (a whole number from 0 to " + max + ")");
        }
        boolean digits = text.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!digits) {
            throw error(what + " \"" + text + "\" is not a whole number from 0 to " + max);
        }
        String value = text.replaceFirst("^0+(?=.)", "");
        if (value.length() > Long.toString(max).length() || Long.parseLong(value) > max) {
            throw error(what + " " + text + " is too large (at most " + max + ")");
        }
        return Long.parseLong(value);
    }

    /** A date range, both ends inclusive. */
    public record DateRange(LocalDate first, LocalDate last) {}
}
