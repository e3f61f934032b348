package dev.showrunner.planning.schedule;

import dev.showrunner.planning.breakdown.Breakdown;
import dev.showrunner.planning.breakdown.SceneNumbers;
import dev.showrunner.planning.input.Field;
import dev.showrunner.planning.input.InputLines;
import dev.showrunner.planning.input.Warning;
import dev.showrunner.screenplay.ScriptFormatException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A first AD's scheduling rules, one per line:
 *
 * <pre>
 * # comments and blank lines are ignored
 * 12 before 14               scene 12 is shot before scene 14 (earlier day, or earlier that day)
 * 14 after 12                the same rule
 * 3, 4 before 20, 21         every scene on the left before every scene on the right
 * 1 before 5 before 9        a chain
 * scene 30 on 2027-03-04     scene 30 is shot on that date ("scene" may be left out)
 * EDWARD works 2027-03-01..2027-04-10   EDWARD's contract: his first and last day
 * holiday 2027-05-31, 2027-12-24..2027-12-26   dates the company does not shoot
 * days off Sunday            the weekly days off (Saturdays and Sundays unless given)
 * </pre>
 *
 * Scene numbers are those the script prints ({@code 12A}); a scene without one is known by
 * its position. Keywords may be written in any case; names are compared in capitals. Errors
 * name the line and column and say what was expected; a contract for someone the script does
 * not have is read but gives a {@link Warning}. The input is bounded as {@link InputLines}
 * says.
 *
 * @param constraints the rules, with scenes as 1-based positions in the breakdown
 * @param warnings what looks like a mistake
 */
public record ConstraintsFile(Constraints constraints, List<Warning> warnings) {

    static final String EXPECTED = "expected a rule: 12 before 14, 14 after 12, scene 30 on 2027-03-04,"
            + " EDWARD works 2027-03-01..2027-04-10, holiday 2027-05-31, or days off Sunday";

    public ConstraintsFile {
        warnings = List.copyOf(warnings);
    }

    /**
     * Reads the rules for the scenes and cast of {@code breakdown}.
     *
     * @param in the text; read to its end, not closed
     * @param source a name for error messages, such as the file name
     * @throws ScriptFormatException naming the line and column of the first problem
     */
    public static ConstraintsFile read(Reader in, String source, Breakdown breakdown) throws ScriptFormatException {
        SceneNumbers scenes = SceneNumbers.of(breakdown);
        Set<String> cast = breakdown.cast();
        InputLines lines = new InputLines(in, source);
        Set<List<Integer>> precedences = new LinkedHashSet<>();
        // the line that first gave each precedence
        Map<List<Integer>, Field> givenAt = new HashMap<>();
        Map<Integer, LocalDate> fixed = new HashMap<>();
        Map<Integer, Integer> fixedOnLine = new HashMap<>();
        Map<String, Constraints.Window> windows = new HashMap<>();
        Map<String, Integer> windowOnLine = new HashMap<>();
        List<Warning> warnings = new ArrayList<>();
        java.util.TreeSet<LocalDate> holidays = new java.util.TreeSet<>();
        java.util.EnumSet<java.time.DayOfWeek> daysOff = null;
        int daysOffLine = 0;
        for (Field line; (line = lines.next()) != null; ) {
            List<Field> words = line.words();
            Field works = first(words, "works");
            Field on = first(words, "on");
            List<Field> order = new ArrayList<>();
            for (Field w : words) {
                if (w.is("before") || w.is("after")) {
                    order.add(w);
                }
            }
            if (works != null) {
                Field name = line.before(line.offsetOf(works));
                if (name.isEmpty()) {
                    throw works.error("expected a cast member's NAME before \"works\" (EDWARD works 2027-03-01..2027-04-10)");
                }
                String key = name.name();
                if (windowOnLine.containsKey(key)) {
                    throw name.error(key + "'s contract is already given on line " + windowOnLine.get(key));
                }
                Field.DateRange range = window(line.after(line.offsetOf(works), works.text().length()), works);
                windows.put(key, new Constraints.Window(range.first(), range.last()));
                windowOnLine.put(key, line.line());
                if (!cast.contains(key)) {
                    warnings.add(Warning.at(name, "the script has no cast member " + key + "; the contract is ignored"));
                }
            } else if (!order.isEmpty()) {
                int from = 0;
                List<Integer> previous = null;
                for (int k = 0; k <= order.size(); k++) {
                    int to = k < order.size() ? line.offsetOf(order.get(k)) : line.text().length();
                    Field side = line.part(from, to);
                    if (side.isEmpty()) {
                        Field at = k < order.size() ? order.get(k) : order.get(k - 1);
                        throw (k < order.size() ? side : at).error("expected scene numbers "
                                + (k == 0 ? "before" : "after") + " \"" + at.text() + "\" (12 before 14)");
                    }
                    List<Integer> current = sceneList(side, scenes);
                    if (previous != null) {
                        boolean before = order.get(k - 1).is("before");
                        for (int a : previous) {
                            for (int b : current) {
                                if (a == b) {
                                    throw side.error("a scene cannot be shot before itself");
                                }
                                List<Integer> pair = before ? List.of(a, b) : List.of(b, a);
                                precedences.add(pair);
                                givenAt.putIfAbsent(pair, line);
                            }
                        }
                    }
                    previous = current;
                    if (k < order.size()) {
                        from = to + order.get(k).text().length();
                    }
                }
            } else if (words.get(0).is("holiday") || words.get(0).is("holidays")) {
                holidays(line.after(0, words.get(0).text().length()), words.get(0), holidays);
            } else if (words.size() > 1 && (words.get(0).is("days") || words.get(0).is("day"))
                    && (words.get(1).is("off") || words.get(1).is("off:"))) {
                if (daysOff != null) {
                    throw words.get(0).error("the days off are already given on line " + daysOffLine);
                }
                daysOff = weekdays(line.after(line.offsetOf(words.get(1)), words.get(1).text().length()), words.get(1));
                daysOffLine = line.line();
            } else if (on != null) {
                Field left = line.before(line.offsetOf(on));
                if (left.isEmpty()) {
                    throw on.error("expected a scene number before \"on\" (scene 30 on 2027-03-04)");
                }
                LocalDate date = dateAfter(line.after(line.offsetOf(on), on.text().length()), on);
                for (int scene : sceneList(left, scenes)) {
                    LocalDate earlier = fixed.putIfAbsent(scene, date);
                    if (earlier != null && !earlier.equals(date)) {
                        throw left.error("scene " + left.text() + " is already fixed to " + earlier + " on line "
                                + fixedOnLine.get(scene));
                    }
                    fixedOnLine.putIfAbsent(scene, line.line());
                }
            } else {
                throw line.error(EXPECTED);
            }
        }
        List<int[]> pairs = precedences.stream().map(p -> new int[] {p.get(0), p.get(1)}).toList();
        refuseCircles(pairs, givenAt, breakdown);
        return new ConstraintsFile(new Constraints(pairs, fixed, windows, holidays, daysOff), warnings);
    }

    /** {@code [on] DATE, DATE..DATE, ...} after "holiday": dates the company does not shoot. */
    private static void holidays(Field dates, Field keyword, java.util.Set<LocalDate> holidays) throws ScriptFormatException {
        if (!dates.words().isEmpty() && dates.words().get(0).is("on")) {
            dates = dates.after(0, 2);
        }
        if (dates.isEmpty()) {
            throw keyword.error("expected the dates after \"" + keyword.text() + "\" (holiday 2027-05-31, 2027-12-24..2027-12-26)");
        }
        for (Field piece : dates.split(',')) {
            if (piece.isEmpty()) {
                throw dates.error("expected a date or a range between the commas of \"" + dates.text() + "\"");
            }
            Field.DateRange range = piece.dates();
            for (LocalDate d = range.first(); !d.isAfter(range.last()); d = d.plusDays(1)) {
                holidays.add(d);
                if (holidays.size() > Field.MAX_RANGE_DAYS) {
                    throw piece.error("more than ten years of holidays");
                }
            }
        }
    }

    /** {@code Saturday, Sunday}, {@code Sundays}, {@code Sat and Sun}, or {@code none}: the weekly days off. */
    private static java.util.EnumSet<java.time.DayOfWeek> weekdays(Field list, Field keyword) throws ScriptFormatException {
        java.util.EnumSet<java.time.DayOfWeek> days = java.util.EnumSet.noneOf(java.time.DayOfWeek.class);
        if (list.is("none")) {
            return days;
        }
        for (Field piece : list.split(',')) {
            for (Field word : piece.words()) {
                if (!word.is("and")) {
                    days.add(weekday(word));
                }
            }
        }
        if (days.isEmpty()) {
            throw keyword.error("expected the days of the week after \"days off\" (days off Sunday, or Saturday, Sunday;"
                    + " none for a seven-day week)");
        }
        if (days.size() == 7) {
            throw list.error("every day of the week is a day off: leave one to shoot on");
        }
        return days;
    }

    private static java.time.DayOfWeek weekday(Field word) throws ScriptFormatException {
        String name = word.text().toUpperCase(Locale.ROOT);
        if (name.length() > 3 && name.endsWith("S")) {
            name = name.substring(0, name.length() - 1); // Sundays
        }
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            if (day.name().equals(name) || (name.length() == 3 && day.name().startsWith(name))) {
                return day;
            }
        }
        throw word.error("\"" + word.text() + "\" is not a day of the week (Monday to Sunday, or Mon to Sun)");
    }

    /**
     * Precedences that go round in a circle (12 before 14, 14 before 12) cannot all be kept
     * by any order: refused at the latest line of the circle, naming its rules. One depth-first
     * search over every precedence, so a file of many rules is checked in linear time.
     */
    private static void refuseCircles(List<int[]> pairs, Map<List<Integer>, Field> givenAt, Breakdown breakdown)
            throws ScriptFormatException {
        int n = breakdown.sheets().size();
        List<List<Integer>> next = new ArrayList<>();
        for (int s = 0; s <= n; s++) {
            next.add(new ArrayList<>());
        }
        for (int[] p : pairs) {
            next.get(p[0]).add(p[1]);
        }
        byte[] state = new byte[n + 1]; // 0 unseen, 1 on the current path, 2 done
        int[] parent = new int[n + 1];
        int[] edge = new int[n + 1];
        for (int root = 1; root <= n; root++) {
            if (state[root] != 0) {
                continue;
            }
            java.util.ArrayDeque<Integer> path = new java.util.ArrayDeque<>();
            path.push(root);
            state[root] = 1;
            edge[root] = 0;
            while (!path.isEmpty()) {
                int u = path.peek();
                if (edge[u] == next.get(u).size()) {
                    state[u] = 2;
                    path.pop();
                    continue;
                }
                int v = next.get(u).get(edge[u]++);
                if (state[v] == 0) {
                    state[v] = 1;
                    parent[v] = u;
                    edge[v] = 0;
                    path.push(v);
                } else if (state[v] == 1) {
                    List<Integer> circle = new ArrayList<>();
                    for (int w = u; w != v; w = parent[w]) {
                        circle.addFirst(w);
                    }
                    circle.addFirst(v);
                    throw circleError(circle, givenAt, breakdown);
                }
            }
        }
    }

    private static ScriptFormatException circleError(List<Integer> circle, Map<List<Integer>, Field> givenAt,
            Breakdown breakdown) {
        List<String> rules = new ArrayList<>();
        Field latest = null;
        for (int i = 0; i < circle.size(); i++) {
            int a = circle.get(i);
            int b = circle.get((i + 1) % circle.size());
            Field at = givenAt.get(List.of(a, b));
            rules.add(number(breakdown, a) + " before " + number(breakdown, b) + " (line " + at.line() + ")");
            if (latest == null || at.line() > latest.line()) {
                latest = at;
            }
        }
        return latest.error("these rules go round in a circle, so no order keeps them all: " + String.join(", ", rules));
    }

    private static String number(Breakdown breakdown, int position) {
        return breakdown.sheets().get(position - 1).displayNumber();
    }

    private static Field first(List<Field> words, String keyword) {
        for (Field w : words) {
            if (w.is(keyword)) {
                return w;
            }
        }
        return null;
    }

    /** Scene numbers separated by commas or blanks, after an optional "scene" or "scenes". */
    private static List<Integer> sceneList(Field side, SceneNumbers scenes) throws ScriptFormatException {
        Set<Integer> positions = new LinkedHashSet<>();
        List<Field> words = side.words();
        int start = !words.isEmpty() && (words.get(0).is("scene") || words.get(0).is("scenes")) ? 1 : 0;
        if (start == words.size()) {
            throw side.error("expected a scene number after \"" + side.text() + "\"");
        }
        for (Field word : words.subList(start, words.size())) {
            for (Field number : word.split(',')) {
                if (!number.isEmpty()) {
                    positions.add(scenes.position(number));
                }
            }
        }
        if (positions.isEmpty()) {
            throw side.error("expected a scene number, not \"" + side.text() + "\"");
        }
        return List.copyOf(positions);
    }

    private static LocalDate dateAfter(Field date, Field keyword) throws ScriptFormatException {
        if (date.isEmpty()) {
            throw keyword.error("expected a date after \"" + keyword.text() + "\" (scene 30 on 2027-03-04)");
        }
        if (date.words().size() > 1) {
            throw date.error("expected one date like 2027-03-04, not \"" + date.text() + "\"");
        }
        return date.date();
    }

    /** {@code DATE..DATE}, {@code DATE to DATE}, {@code from DATE to DATE}, or one date. */
    private static Field.DateRange window(Field dates, Field works) throws ScriptFormatException {
        if (dates.isEmpty()) {
            throw works.error("expected the contract's dates after \"works\" (2027-03-01..2027-04-10)");
        }
        List<Field> words = dates.words();
        if (words.get(0).is("from")) {
            dates = dates.after(0, words.get(0).text().length());
            words = dates.words();
        }
        Field to = first(words, "to");
        if (to == null) {
            return dates.dates();
        }
        Field.DateRange first = dates.before(dates.offsetOf(to)).dates();
        Field.DateRange last = dates.after(dates.offsetOf(to), 2).dates();
        if (last.last().isBefore(first.first())) {
            throw dates.error("the contract \"" + dates.text() + "\" ends before it starts");
        }
        return new Field.DateRange(first.first(), last.last());
    }
}
