package dev.showrunner.planning.schedule;

import dev.showrunner.planning.breakdown.Sheet;
import dev.showrunner.planning.talent.SolveOptions;
import dev.showrunner.planning.talent.TalentInstance;
import dev.showrunner.planning.talent.TalentSolution;
import dev.showrunner.planning.talent.TalentSolver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * Groups scenes into shooting days.
 *
 * <pre>
 * Rules. Scenes are shot in one sequence and packed into days in that order: a day takes
 * scenes while its eighths stay within the cap (a longer scene gets a day of its own) and it
 * visits at most four locations (three company moves). A location is the part of the set
 * before " - " or " / ", else its first two words: sets in one building need no move. A cast
 * member is paid for every shooting day from their first to their last. Each change of set
 * within a day is a company move, priced by the request; so is a day that mixes day and
 * night scenes (a turnaround); each shooting day has its price too (crew and equipment).
 * A scene placed on a day when one of its cast is unavailable or outside their contract,
 * before a scene it must follow, or off its fixed date is a conflict, priced prohibitively;
 * those left are named in the result.
 *
 * Method. (1) The sequence starts from the exact talent-scheduling solver (TalentSolver) run
 * on the scenes with their eighths as durations -- the cheapest order for the cast if days
 * did not exist -- and from the scenes sorted by set; the cheaper after packing is kept.
 * (2) Large-neighbourhood search: remove a few scenes (at random, or all scenes of one set,
 * or of one cast member) and put each back where it costs least; keep the result when it is
 * no worse. Runs until the time limit or cancellation.
 * (3) Lower bound: each cast member works at least ceil(their eighths / cap) days, and the
 * shoot takes at least ceil(all eighths / cap) days.
 * </pre>
 */
public final class ShootingScheduler {

    private static final long CONFLICT = 1_000_000_000L;

    private final ScheduleRequest request;
    private final List<Sheet> sheets;
    private final int n;
    private final List<String> cast;
    private final int[][] castOf; // scene -> cast indices
    private final long[] costOf;
    private final int[] eighths;
    private final int[] set; // scene -> set id
    private final List<LocalDate> calendar;

    private final int[][] before; // scene -> scenes that must come earlier
    private final LocalDate[] fixed;
    private final Constraints.Window[] window; // cast index -> window or null

    private ShootingScheduler(ScheduleRequest request, Constraints constraints) {
        this.request = request;
        this.sheets = request.breakdown().sheets();
        this.n = sheets.size();
        Map<String, Integer> scenesOf = new LinkedHashMap<>();
        for (Sheet s : sheets) {
            for (String name : castNames(s)) {
                scenesOf.merge(name, 1, Integer::sum);
            }
        }
        List<String> names = new ArrayList<>(scenesOf.keySet());
        names.sort((a, b) -> Integer.compare(scenesOf.get(b), scenesOf.get(a)));
        this.cast = List.copyOf(names);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < cast.size(); i++) {
            index.put(cast.get(i), i);
        }
        this.castOf = new int[n][];
        this.eighths = new int[n];
        this.set = new int[n];
        Map<String, Integer> sets = new HashMap<>();
        for (int s = 0; s < n; s++) {
            castOf[s] = castNames(sheets.get(s)).stream().mapToInt(index::get).toArray();
            eighths[s] = sheets.get(s).eighths();
            String setName = sheets.get(s).set().toUpperCase(Locale.ROOT).strip();
            set[s] = sets.computeIfAbsent(request.locations().getOrDefault(setName, location(setName)), k -> sets.size());
        }
        this.costOf = new long[cast.size()];
        for (int a = 0; a < cast.size(); a++) {
            costOf[a] = request.dailyCost().getOrDefault(cast.get(a), 1L);
        }
        this.fixed = new LocalDate[n];
        constraints.fixedDates().forEach((scene, date) -> {
            if (scene >= 1 && scene <= n) {
                fixed[scene - 1] = date;
            }
        });
        List<List<Integer>> earlier = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            earlier.add(new ArrayList<>());
        }
        for (int[] p : constraints.precedences()) {
            if (p[0] >= 1 && p[0] <= n && p[1] >= 1 && p[1] <= n && p[0] != p[1]) {
                earlier.get(p[1] - 1).add(p[0] - 1);
            }
        }
        this.before = new int[n][];
        for (int s = 0; s < n; s++) {
            before[s] = earlier.get(s).stream().mapToInt(Integer::intValue).toArray();
        }
        this.window = new Constraints.Window[cast.size()];
        for (int a = 0; a < cast.size(); a++) {
            window[a] = constraints.windows().get(cast.get(a));
        }
        this.calendar = new ArrayList<>();
        LocalDate d = request.start();
        for (int i = 0; i < n; i++) { // at most one day per scene
            while (request.daysOff().contains(d.getDayOfWeek())) {
                d = d.plusDays(1);
            }
            calendar.add(d);
            d = d.plusDays(1);
        }
    }

    /**
     * The location a set belongs to, for company moves: the part before " - " or " / " when
     * there is one ("BLOOM HOUSE - KITCHEN"), else the first two words ("BLOOM HOUSE MASTER
     * BEDROOM"): sets in one building need no company move.
     */
    static String location(String set) {
        String upper = set.toUpperCase(Locale.ROOT).strip();
        int cut = upper.indexOf(" - ");
        int slash = upper.indexOf(" / ");
        if (cut < 0 || (slash >= 0 && slash < cut)) {
            cut = slash;
        }
        if (cut > 0) {
            return upper.substring(0, cut).strip();
        }
        String[] words = upper.split("\\s+");
        return words.length <= 2 ? upper : words[0] + " " + words[1];
    }

    private static List<String> castNames(Sheet s) {
        List<String> names = new ArrayList<>();
        for (String name : s.speakingCast()) {
            String key = name.toUpperCase(Locale.ROOT);
            if (!names.contains(key)) {
                names.add(key);
            }
        }
        for (String name : s.nonSpeakingCast()) {
            String key = name.toUpperCase(Locale.ROOT);
            if (!names.contains(key)) {
                names.add(key);
            }
        }
        return names;
    }

    /** Schedules {@code request}, stopping at its time limit or when {@code cancelled}. */
    public static ShootingSchedule schedule(ScheduleRequest request, BooleanSupplier cancelled) {
        return schedule(request, Constraints.none(), cancelled);
    }

    /**
     * Schedules {@code request} under {@code constraints} too (precedence, fixed dates,
     * contractual windows); what cannot be met is named in the result's conflicts.
     */
    public static ShootingSchedule schedule(ScheduleRequest request, Constraints constraints, BooleanSupplier cancelled) {
        return new ShootingScheduler(request, constraints).run(cancelled);
    }

    private ShootingSchedule run(BooleanSupplier cancelled) {
        long deadline = System.nanoTime() + request.timeLimit().toNanos();
        BooleanSupplier stop = () -> System.nanoTime() - deadline > 0 || cancelled.getAsBoolean();
        if (n == 0) {
            return result(new int[0]);
        }
        int[] best = talentOrder(request.timeLimit().dividedBy(3), stop);
        long bestCost = evaluate(best);
        int[] bySet = bySet();
        long c = evaluate(bySet);
        if (c < bestCost) {
            best = bySet;
            bestCost = c;
        }
        SplittableRandom random = new SplittableRandom(7);
        int[] trial = new int[n];
        while (!stop.getAsBoolean() && n > 1) {
            int[] removed = pick(best, random);
            int m = 0;
            boolean[] out = new boolean[n];
            for (int s : removed) {
                out[s] = true;
            }
            int[] partial = new int[n];
            for (int s : best) {
                if (!out[s]) {
                    partial[m++] = s;
                }
            }
            for (int s : removed) {
                // put s back where the partial sequence costs least
                long bestHere = Long.MAX_VALUE;
                int bestAt = 0;
                for (int at = 0; at <= m; at++) {
                    System.arraycopy(partial, 0, trial, 0, at);
                    trial[at] = s;
                    System.arraycopy(partial, at, trial, at + 1, m - at);
                    long cost = evaluate(trial, m + 1);
                    if (cost < bestHere) {
                        bestHere = cost;
                        bestAt = at;
                    }
                }
                System.arraycopy(partial, bestAt, partial, bestAt + 1, m - bestAt);
                partial[bestAt] = s;
                m++;
            }
            long cost = evaluate(partial);
            if (cost <= bestCost) {
                bestCost = cost;
                best = partial;
            }
        }
        return result(best);
    }

    private int[] pick(int[] order, SplittableRandom random) {
        int kind = random.nextInt(3);
        List<Integer> chosen = new ArrayList<>();
        if (kind == 0) {
            int target = set[random.nextInt(n)];
            for (int s = 0; s < n; s++) {
                if (set[s] == target) {
                    chosen.add(s);
                }
            }
        } else if (kind == 1 && !cast.isEmpty()) {
            int a = random.nextInt(cast.size());
            for (int s = 0; s < n; s++) {
                for (int x : castOf[s]) {
                    if (x == a) {
                        chosen.add(s);
                    }
                }
            }
        }
        if (chosen.isEmpty() || chosen.size() > 12) {
            java.util.Collections.shuffle(chosen, new java.util.Random(random.nextLong()));
            if (chosen.size() > 12) {
                chosen = new ArrayList<>(chosen.subList(0, 12));
            }
            if (chosen.isEmpty()) {
                int k = 1 + random.nextInt(Math.min(6, n));
                while (chosen.size() < k) {
                    int s = order[random.nextInt(n)];
                    if (!chosen.contains(s)) {
                        chosen.add(s);
                    }
                }
            }
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether scene s starts a new day: the day is full, or it has its most sets already. */
    private boolean newDay(int used, int sets, int previousSet, int s) {
        if (used == 0) {
            return false;
        }
        return used + eighths[s] > request.eighthsPerDay()
                || (set[s] != previousSet && sets >= ScheduleRequest.MAX_SETS_PER_DAY);
    }

    private static boolean night(Sheet s) {
        return s.light() == dev.showrunner.screenplay.stats.TimeOfDay.NIGHT
                || s.light() == dev.showrunner.screenplay.stats.TimeOfDay.DUSK
                || s.light() == dev.showrunner.screenplay.stats.TimeOfDay.DAWN;
    }

    private int[] talentOrder(java.time.Duration limit, BooleanSupplier stop) {
        boolean[][] appears = new boolean[cast.size()][n];
        for (int s = 0; s < n; s++) {
            for (int a : castOf[s]) {
                appears[a][s] = true;
            }
        }
        long[] durations = new long[n];
        for (int s = 0; s < n; s++) {
            durations[s] = eighths[s];
        }
        TalentInstance instance = TalentInstance.of("schedule", appears, costOf, durations);
        TalentSolution solution = TalentSolver.solve(instance,
                SolveOptions.defaults().withTimeLimit(limit).withCancellation(stop).withMaxCacheEntries(1 << 20));
        return solution.order();
    }

    private int[] bySet() {
        Integer[] order = new Integer[n];
        for (int s = 0; s < n; s++) {
            order[s] = s;
        }
        Arrays.sort(order, (a, b) -> set[a] != set[b] ? Integer.compare(set[a], set[b]) : Integer.compare(a, b));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    long evaluate(int[] order) {
        return evaluate(order, order.length);
    }

    /** Cost of packing the first {@code length} scenes of {@code order} into days. */
    private long evaluate(int[] order, int length) {
        int[] first = new int[cast.size()];
        int[] last = new int[cast.size()];
        Arrays.fill(first, -1);
        int[] position = new int[n];
        Arrays.fill(position, -1);
        int day = 0;
        int used = 0;
        long cost = 0;
        int previousSet = -1;
        boolean dayLight = false;
        boolean nightLight = false;
        int sets = 0;
        for (int i = 0; i < length; i++) {
            int s = order[i];
            if (newDay(used, sets, previousSet, s)) {
                sets = 0;
                day++;
                used = 0;
                previousSet = -1;
                dayLight = false;
                nightLight = false;
            }
            // a day that shoots both day and night scenes costs the company a turnaround
            boolean night = night(sheets.get(s));
            if ((night && dayLight && !nightLight) || (!night && nightLight && !dayLight)) {
                cost += request.companyMoveCost();
            }
            dayLight |= !night;
            nightLight |= night;
            used += eighths[s];
            if (previousSet != set[s]) {
                sets++;
                if (previousSet >= 0) {
                    cost += request.companyMoveCost();
                }
            }
            previousSet = set[s];
            LocalDate date = calendar.get(Math.min(day, calendar.size() - 1));
            position[s] = i;
            for (int b : before[s]) {
                if (position[b] < 0) {
                    cost += CONFLICT; // b comes later or not at all yet
                }
            }
            if (fixed[s] != null && !fixed[s].equals(date)) {
                cost += CONFLICT / 1000 * (1 + Math.abs(fixed[s].toEpochDay() - date.toEpochDay()));
            }
            for (int a : castOf[s]) {
                if (first[a] < 0) {
                    first[a] = day;
                }
                last[a] = day;
                if (request.unavailable().unavailable(cast.get(a), date)
                        || (window[a] != null && !window[a].contains(date))) {
                    cost += CONFLICT;
                }
            }
        }
        for (int a = 0; a < cast.size(); a++) {
            if (first[a] >= 0) {
                cost += costOf[a] * (last[a] - first[a] + 1);
            }
        }
        return cost + request.dayCost() * (length == 0 ? 0 : day + 1);
    }

    private ShootingSchedule result(int[] order) {
        List<ShootingSchedule.Day> days = new ArrayList<>();
        List<Sheet> current = new ArrayList<>();
        List<ShootingSchedule.Conflict> conflicts = new ArrayList<>();
        int used = 0;
        int moves = 0;
        int previousSet = -1;
        int sets = 0;
        boolean[] placed = new boolean[n];
        for (int s : order) {
            if (newDay(used, sets, previousSet, s)) {
                sets = 0;
                days.add(new ShootingSchedule.Day(days.size() + 1, calendar.get(days.size()), current));
                current = new ArrayList<>();
                used = 0;
                previousSet = -1;
            }
            used += eighths[s];
            if (previousSet != set[s]) {
                sets++;
                if (previousSet >= 0) {
                    moves++;
                }
            }
            previousSet = set[s];
            current.add(sheets.get(s));
            LocalDate date = calendar.get(days.size());
            placed[s] = true;
            for (int b : before[s]) {
                if (!placed[b]) {
                    conflicts.add(new ShootingSchedule.Conflict(sheets.get(s), null, date,
                            "must be shot after scene " + sheets.get(b).displayNumber() + ", which comes later"));
                }
            }
            if (fixed[s] != null && !fixed[s].equals(date)) {
                conflicts.add(new ShootingSchedule.Conflict(sheets.get(s), null, date,
                        "is fixed to " + fixed[s] + (calendar.contains(fixed[s]) ? "" : ", which is not a shooting day")));
            }
            for (int a : castOf[s]) {
                if (request.unavailable().unavailable(cast.get(a), date)) {
                    conflicts.add(new ShootingSchedule.Conflict(sheets.get(s), cast.get(a), date,
                            "needs " + cast.get(a) + ", who is unavailable on " + date));
                }
                if (window[a] != null && !window[a].contains(date)) {
                    conflicts.add(new ShootingSchedule.Conflict(sheets.get(s), cast.get(a), date,
                            "needs " + cast.get(a) + ", whose contract runs " + window[a].first() + " to "
                                    + window[a].last()));
                }
            }
        }
        if (!current.isEmpty()) {
            days.add(new ShootingSchedule.Day(days.size() + 1, calendar.get(days.size()), current));
        }
        long castCost = 0;
        for (int a = 0; a < cast.size(); a++) {
            int first = -1;
            int last = -1;
            for (ShootingSchedule.Day d : days) {
                for (Sheet sheet : d.scenes()) {
                    if (castNames(sheet).contains(cast.get(a))) {
                        if (first < 0) {
                            first = d.number();
                        }
                        last = d.number();
                    }
                }
            }
            if (first > 0) {
                castCost += costOf[a] * (last - first + 1);
            }
        }
        long bound = 0;
        for (int a = 0; a < cast.size(); a++) {
            long e = 0;
            for (int s = 0; s < n; s++) {
                for (int x : castOf[s]) {
                    if (x == a) {
                        e += eighths[s];
                    }
                }
            }
            bound += costOf[a] * Math.max(1, (e + request.eighthsPerDay() - 1) / request.eighthsPerDay());
        }
        long totalEighths = Arrays.stream(eighths).sum();
        bound += request.dayCost() * ((totalEighths + request.eighthsPerDay() - 1) / request.eighthsPerDay());
        long cost = castCost + moves * request.companyMoveCost() + days.size() * request.dayCost();
        return new ShootingSchedule(days, cast, castCost, moves, cost, Math.min(bound, cost), conflicts);
    }
}
