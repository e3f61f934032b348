package dev.showrunner.planning.schedule;

import dev.showrunner.planning.breakdown.Breakdown;
import dev.showrunner.planning.input.Field;
import dev.showrunner.planning.input.InputLines;
import dev.showrunner.planning.input.Warning;
import dev.showrunner.screenplay.ScriptFormatException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each cast member costs a day, one per line:
 *
 * <pre>
 * # name: daily cost, in the units of the day and company-move costs
 * EDWARD: 12
 * YOUNG EDWARD: 4
 * </pre>
 *
 * Costs are whole numbers from 0 to {@value #MAX_COST}; cast members not named cost 1.
 * Names are compared in capitals; a name the script does not have is read but gives a
 * {@link Warning}. Errors name the line and column; the input is bounded as
 * {@link InputLines} says.
 *
 * @param dailyCost cost by cast member (name in capitals)
 * @param warnings what looks like a mistake
 */
public record CastCostsFile(Map<String, Long> dailyCost, List<Warning> warnings) {

    /** The highest daily cost accepted (keeps every schedule's total far from overflowing). */
    public static final long MAX_COST = 1_000_000;

    public CastCostsFile {
        dailyCost = Map.copyOf(dailyCost);
        warnings = List.copyOf(warnings);
    }

    /**
     * Reads daily costs for the cast of {@code breakdown}.
     *
     * @param in the text; read to its end, not closed
     * @param source a name for error messages, such as the file name
     * @throws ScriptFormatException naming the line and column of the first problem
     */
    public static CastCostsFile read(Reader in, String source, Breakdown breakdown) throws ScriptFormatException {
        var cast = breakdown.cast();
        InputLines lines = new InputLines(in, source);
        Map<String, Long> costs = new HashMap<>();
        Map<String, Integer> onLine = new HashMap<>();
        List<Warning> warnings = new ArrayList<>();
        for (Field line; (line = lines.next()) != null; ) {
            int colon = line.text().indexOf(':');
            if (colon <= 0) {
                throw line.error("expected NAME: DAILY COST (a whole number, e.g. EDWARD: 12)");
            }
            Field name = line.before(colon);
            String key = name.name();
            if (onLine.containsKey(key)) {
                throw name.error(key + "'s daily cost is already given on line " + onLine.get(key));
            }
            costs.put(key, line.after(colon, 1).wholeNumber(MAX_COST, "daily cost"));
            onLine.put(key, line.line());
            if (!cast.contains(key)) {
                warnings.add(Warning.at(name, "the script has no cast member " + key + "; the cost is ignored"));
            }
        }
        return new CastCostsFile(costs, warnings);
    }
}
