package dev.showrunner.planning.schedule;

import dev.showrunner.planning.input.Field;
import dev.showrunner.planning.input.InputLines;
import dev.showrunner.screenplay.ScriptFormatException;
import java.io.Reader;
import java.time.LocalDate;
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
 * Names are compared in capitals. Errors name the line and column; the input is bounded as
 * {@link InputLines} says.
 */
public final class Unavailability {

    /** Most unavailable days the file may list in all (ranges counted day by day). */
    public static final int MAX_DAYS = 1_000_000;

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

    /**
     * Reads the dates, one cast member per line (see the class comment).
     *
     * @param in the text; read to its end, not closed
     * @param source a name for error messages, such as the file name
     * @throws ScriptFormatException naming the line and column of the first problem
     */
    public static Unavailability read(Reader in, String source) throws ScriptFormatException {
        InputLines lines = new InputLines(in, source);
        Map<String, Set<LocalDate>> result = new HashMap<>();
        long days = 0;
        for (Field line; (line = lines.next()) != null; ) {
            int colon = line.text().indexOf(':');
            if (colon <= 0) {
                throw line.error("expected NAME: DATE, DATE..DATE (dates as 2027-03-01)");
            }
            Set<LocalDate> set = result.computeIfAbsent(line.before(colon).name(), k -> new TreeSet<>());
            for (Field item : line.after(colon, 1).split(',')) {
                Field.DateRange range = item.dates();
                days += range.first().until(range.last(), java.time.temporal.ChronoUnit.DAYS) + 1;
                if (days > MAX_DAYS) {
                    throw item.error("more than " + MAX_DAYS + " unavailable days in all");
                }
                for (LocalDate d = range.first(); !d.isAfter(range.last()); d = d.plusDays(1)) {
                    set.add(d);
                }
            }
        }
        return of(result);
    }
}
