package dev.showrunner.planning.schedule;

import dev.showrunner.screenplay.ScriptFormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Dates on which cast members cannot shoot. Text format, one cast member per line:
 *
 * <pre>
 * # comments and blank lines are ignored
 * MARY: 2027-03-03, 2027-03-10..2027-03-12
 * JOHN SMITH: 2027-03-01
 * </pre>
 *
 * Names are compared in capitals. Errors name the line and column.
 */
public final class Unavailability {

    private static final int MAX_LINE = 10_000;
    private static final int MAX_RANGE_DAYS = 3660;

    private final Map<String, Set<LocalDate>> dates;

    private Unavailability(Map<String, Set<LocalDate>> dates) {
        this.dates = dates;
    }

    public static Unavailability none() {
        return new Unavailability(Map.of());
    }

    public static Unavailability of(Map<String, Set<LocalDate>> dates) {
        Map<String, Set<LocalDate>> copy = new HashMap<>();
        dates.forEach((k, v) -> copy.put(k.strip().toUpperCase(Locale.ROOT), Set.copyOf(v)));
        return new Unavailability(Map.copyOf(copy));
    }

    /** Whether {@code name} cannot shoot on {@code date}. */
    public boolean unavailable(String name, LocalDate date) {
        Set<LocalDate> set = dates.get(name.toUpperCase(Locale.ROOT));
        return set != null && set.contains(date);
    }

    public Set<String> names() {
        return dates.keySet();
    }

    public static Unavailability read(Reader in, String source) throws ScriptFormatException {
        BufferedReader lines = new BufferedReader(in);
        Map<String, Set<LocalDate>> result = new HashMap<>();
        int number = 0;
        try {
            for (String line; (line = lines.readLine()) != null; ) {
                number++;
                if (line.length() > MAX_LINE) {
                    throw new ScriptFormatException(source, number, 0, -1, "line longer than " + MAX_LINE + " characters");
                }
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                int colon = text.indexOf(':');
                if (colon <= 0) {
                    throw new ScriptFormatException(source, number, 1, -1,
                            "expected NAME: DATE, DATE..DATE (dates as 2027-03-01)");
                }
                String name = text.substring(0, colon).strip().toUpperCase(Locale.ROOT);
                Set<LocalDate> set = result.computeIfAbsent(name, k -> new TreeSet<>());
                int column = line.indexOf(':') + 2;
                for (String part : text.substring(colon + 1).split(",", -1)) {
                    String item = part.strip();
                    int at = line.indexOf(item, Math.max(0, column - 1)) + 1;
                    if (item.isEmpty()) {
                        throw new ScriptFormatException(source, number, at, -1, "missing date");
                    }
                    try {
                        int dots = item.indexOf("..");
                        if (dots >= 0) {
                            LocalDate from = LocalDate.parse(item.substring(0, dots).strip());
                            LocalDate to = LocalDate.parse(item.substring(dots + 2).strip());
                            if (to.isBefore(from) || from.plusDays(MAX_RANGE_DAYS).isBefore(to)) {
                                throw new ScriptFormatException(source, number, at, -1,
                                        "date range \"" + item + "\" runs backwards or spans more than ten years");
                            }
                            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                                set.add(d);
                            }
                        } else {
                            set.add(LocalDate.parse(item));
                        }
                    } catch (DateTimeParseException e) {
                        throw new ScriptFormatException(source, number, at, -1,
                                "\"" + item + "\" is not a date like 2027-03-01 (or a range 2027-03-01..2027-03-05)");
                    }
                    column = at + item.length() + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(result);
    }
}
