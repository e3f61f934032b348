package dev.showrunner.planning.breakdown;

import dev.showrunner.planning.input.Field;
import dev.showrunner.planning.input.InputLines;
import dev.showrunner.planning.input.Warning;
import dev.showrunner.screenplay.ScriptFormatException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The first assistant director's corrections to the cast a breakdown finds, one per line:
 *
 * <pre>
 * # one person under two names: the name after = is the one the reports use
 * KARL THE GIANT = KARL
 * DR. JULIUS BENNETT = DR. BENNETT
 * # capitals in the action that are not people
 * not cast: BRIGHT SUNLIGHT, LOVELY HOUSE, TIRES SMOKE
 * # background, not cast: listed with the scene's extras
 * extras: OFFICE LADIES, SHEPHARD
 * # cast, although the breakdown would take the name for a group of extras
 * cast: THE TWINS
 * </pre>
 *
 * Names are compared in capitals, blanks collapsed. A name aliased twice to different names,
 * an alias chain that loops, or a name given two different treatments is an error naming
 * both lines; a name the script's breakdown does not have is read but gives a
 * {@link Warning} (a misspelling would otherwise silently do nothing). Errors name the line
 * and column; the input is bounded as {@link InputLines} says.
 *
 * @param aliases name → the name it stands for, chains resolved
 * @param notCast names that are not people
 * @param extras names that are background, listed as extras
 * @param cast names that are cast whatever they look like
 * @param warnings what looks like a mistake
 */
public record CastList(Map<String, String> aliases, Set<String> notCast, Set<String> extras, Set<String> cast,
        List<Warning> warnings) {

    private static final CastList NONE = new CastList(Map.of(), Set.of(), Set.of(), Set.of(), List.of());

    private static final String EXPECTED = "expected NAME = NAME, or not cast: NAMES, extras: NAMES or cast: NAMES"
            + " (e.g. KARL THE GIANT = KARL)";

    /** What happens to a name the breakdown found. */
    public enum Treatment {
        CAST,
        EXTRAS,
        NOT_CAST,
        /** Nothing said: the breakdown's own rules decide. */
        UNSAID
    }

    public CastList {
        aliases = Map.copyOf(aliases);
        notCast = Set.copyOf(notCast);
        extras = Set.copyOf(extras);
        cast = Set.copyOf(cast);
        warnings = List.copyOf(warnings);
    }

    /** No corrections. */
    public static CastList none() {
        return NONE;
    }

    /** The name {@code name} is listed under, in capitals (itself when not aliased). */
    public String resolve(String name) {
        String key = key(name);
        return aliases.getOrDefault(key, key);
    }

    /** What this list says of {@code name} (after {@link #resolve}). */
    public Treatment treatment(String name) {
        String key = resolve(name);
        if (notCast.contains(key)) {
            return Treatment.NOT_CAST;
        }
        if (extras.contains(key)) {
            return Treatment.EXTRAS;
        }
        return cast.contains(key) ? Treatment.CAST : Treatment.UNSAID;
    }

    static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    /**
     * Reads corrections to a breakdown whose cast (speaking, seen or heard, before any
     * correction) is {@code found}.
     *
     * @param in the text; read to its end, not closed
     * @param source a name for error messages, such as the file name
     * @param found every name the uncorrected breakdown lists, in any case
     * @throws ScriptFormatException naming the line and column of the first problem
     */
    public static CastList read(Reader in, String source, Set<String> found) throws ScriptFormatException {
        Set<String> known = new HashSet<>();
        found.forEach(name -> known.add(key(name)));
        InputLines lines = new InputLines(in, source);
        Map<String, String> aliases = new HashMap<>();
        Map<String, Treatment> treatments = new HashMap<>();
        Map<String, Integer> saidOn = new HashMap<>();
        List<Warning> warnings = new ArrayList<>();
        for (Field line; (line = lines.next()) != null; ) {
            int equals = line.text().indexOf('=');
            int colon = line.text().indexOf(':');
            if (equals >= 0 && (colon < 0 || equals < colon)) {
                Field from = line.before(equals);
                Field to = line.after(equals, 1);
                if (from.isEmpty()) {
                    throw from.error("missing the name before =");
                }
                if (to.isEmpty() || to.text().indexOf('=') >= 0) {
                    throw to.error("expected one name after =, the name the reports use");
                }
                String name = from.name();
                String target = to.name();
                if (name.equals(target)) {
                    throw to.error(name + " is aliased to itself");
                }
                String earlier = aliases.putIfAbsent(name, target);
                if (earlier != null && !earlier.equals(target)) {
                    throw from.error(name + " is " + earlier + " on line " + saidOn.get(name) + " and " + target
                            + " here");
                }
                if (treatments.containsKey(name)) {
                    throw from.error(name + " is listed as " + words(treatments.get(name)) + " on line "
                            + saidOn.get(name) + "; give the treatment to " + target + " instead");
                }
                saidOn.putIfAbsent(name, line.line());
                if (!known.contains(name)) {
                    warnings.add(Warning.at(from, "the breakdown has no cast member " + name));
                }
                continue;
            }
            if (colon <= 0) {
                throw line.error(EXPECTED);
            }
            Treatment treatment = treatment(line.before(colon));
            for (Field item : line.after(colon, 1).split(',')) {
                if (item.isEmpty()) {
                    throw item.error("missing name (names separated by commas)");
                }
                String name = item.name();
                Treatment earlier = treatments.putIfAbsent(name, treatment);
                if (earlier != null && earlier != treatment) {
                    throw item.error(name + " is listed as " + words(earlier) + " on line " + saidOn.get(name)
                            + " and as " + words(treatment) + " here");
                }
                if (aliases.containsKey(name)) {
                    throw item.error(name + " is " + aliases.get(name) + " on line " + saidOn.get(name)
                            + "; give the treatment to " + aliases.get(name) + " instead");
                }
                saidOn.putIfAbsent(name, line.line());
                if (!known.contains(name) && treatment != Treatment.CAST) {
                    warnings.add(Warning.at(item, "the breakdown has no cast member " + name));
                }
            }
        }
        Map<String, String> resolved = new HashMap<>();
        for (String name : aliases.keySet()) {
            String target = name;
            Set<String> seen = new HashSet<>();
            while (aliases.containsKey(target)) {
                if (!seen.add(target)) {
                    throw new ScriptFormatException(source, saidOn.get(name), 1, -1,
                            "the names aliased on line " + saidOn.get(name) + " go round in a loop (" + name + " = "
                                    + aliases.get(name) + " ...)");
                }
                target = aliases.get(target);
            }
            resolved.put(name, target);
        }
        Set<String> notCast = new HashSet<>();
        Set<String> extras = new HashSet<>();
        Set<String> cast = new HashSet<>();
        treatments.forEach((name, t) -> (t == Treatment.NOT_CAST ? notCast : t == Treatment.EXTRAS ? extras : cast)
                .add(name));
        return new CastList(resolved, notCast, extras, cast, warnings);
    }

    private static Treatment treatment(Field label) throws ScriptFormatException {
        String words = label.name();
        return switch (words) {
            case "NOT CAST", "NOT-CAST", "NOTCAST" -> Treatment.NOT_CAST;
            case "EXTRAS", "EXTRA", "BACKGROUND" -> Treatment.EXTRAS;
            case "CAST" -> Treatment.CAST;
            default -> throw label.error("unknown list \"" + label.text() + "\": expected not cast, extras or cast");
        };
    }

    private static String words(Treatment t) {
        return switch (t) {
            case NOT_CAST -> "not cast";
            case EXTRAS -> "extras";
            case CAST, UNSAID -> "cast";
        };
    }
}
