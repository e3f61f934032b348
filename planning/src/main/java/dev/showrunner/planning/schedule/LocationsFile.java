package dev.showrunner.planning.schedule;

import dev.showrunner.planning.breakdown.Breakdown;
import dev.showrunner.planning.breakdown.Sheet;
import dev.showrunner.planning.input.Field;
import dev.showrunner.planning.input.InputLines;
import dev.showrunner.planning.input.Warning;
import dev.showrunner.screenplay.ScriptFormatException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the sets are shot, one location per line, then the sets shot there:
 *
 * <pre>
 * # location: set, set, ...
 * BLOOM HOUSE: GUEST ROOM, KITCHEN, FOYER, UPSTAIRS HALLWAY
 * HOSPITAL: HOSPITAL ROOM, HOSPITAL HALLWAY
 * </pre>
 *
 * Sets are named as the breakdown names them (the heading's set, without INT./EXT. and time
 * of day), in any case. Moving between sets at one location is no company move. A location
 * may take several lines; a set placed at two different locations is an error naming both
 * lines; a set the script does not have is read but gives a {@link Warning}. Sets not listed
 * keep the location inferred from their name. Errors name the line and column; the input is
 * bounded as {@link InputLines} says.
 *
 * @param locations location by set (set name in capitals → location name in capitals), as
 *     {@link ScheduleRequest#withLocations} takes them
 * @param warnings what looks like a mistake
 */
public record LocationsFile(Map<String, String> locations, List<Warning> warnings) {

    public LocationsFile {
        locations = Map.copyOf(locations);
        warnings = List.copyOf(warnings);
    }

    /**
     * Reads the locations of the sets of {@code breakdown}.
     *
     * @param in the text; read to its end, not closed
     * @param source a name for error messages, such as the file name
     * @throws ScriptFormatException naming the line and column of the first problem
     */
    public static LocationsFile read(Reader in, String source, Breakdown breakdown) throws ScriptFormatException {
        Map<String, String> sets = new HashMap<>(); // compared form -> the scheduler's key
        for (Sheet sheet : breakdown.sheets()) {
            String key = sheet.set().toUpperCase(Locale.ROOT).strip();
            sets.putIfAbsent(key.replaceAll("\\s+", " "), key);
        }
        InputLines lines = new InputLines(in, source);
        Map<String, String> locations = new HashMap<>();
        Map<String, Integer> onLine = new HashMap<>();
        List<Warning> warnings = new ArrayList<>();
        for (Field line; (line = lines.next()) != null; ) {
            int colon = line.text().indexOf(':');
            if (colon <= 0) {
                throw line.error("expected LOCATION: SET, SET, ... (e.g. BLOOM HOUSE: KITCHEN, FOYER)");
            }
            String location = line.before(colon).name();
            for (Field set : line.after(colon, 1).split(',')) {
                if (set.isEmpty()) {
                    throw set.error("missing set name (sets separated by commas)");
                }
                String named = set.name();
                String key = sets.get(named);
                if (key == null) {
                    key = named;
                    warnings.add(Warning.at(set, "the script has no set " + named));
                }
                String earlier = locations.putIfAbsent(key, location);
                if (earlier != null && !earlier.equals(location)) {
                    throw set.error("set " + named + " is placed at " + earlier + " on line " + onLine.get(key)
                            + " and at " + location + " on line " + line.line());
                }
                onLine.putIfAbsent(key, line.line());
            }
        }
        return new LocationsFile(locations, warnings);
    }
}
