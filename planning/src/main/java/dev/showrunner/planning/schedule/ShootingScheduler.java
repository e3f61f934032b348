package dev.showrunner.planning.schedule;

import dev.showrunner.planning.breakdown.Sheet;
import dev.showrunner.planning.talent.SolveOptions;
import dev.showrunner.planning.talent.TalentInstance;
import dev.showrunner.planning.talent.TalentSolution;
import dev.showrunner.planning.talent.TalentSolver;
import dev.showrunner.screenplay.stats.TimeOfDay;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Groups scenes into shooting days.
 *
 * <pre>
 * Rules (what a first AD's board obeys). A day holds scenes at no more than three locations
 * (two company moves); its eighths plus half a page of shooting time lost to each company
 * move stay within the cap, except that a scene longer than the cap gets a day to itself.
 * When the day is capped by time instead, the same holds in minutes: scenes the first AD
 * has timed take that long, the others their eighths at the pace of the eighths cap. A
 * location is what the request maps the set to, otherwise the part of the set before " - "
 * or " / ", else its first two words: sets in one building need no move.
 *
 * Cost, in cast-days:
 *   - each shooting day (crew and equipment: the request's day cost);
 *   - each cast member's daily cost for every shooting day from their first to their last,
 *     hold days included, except one drop/pickup: a gap of more than ten calendar days
 *     between two working days is unpaid (the day-out-of-days marks it D ... P);
 *   - the request's company-move cost for each move within a day, for each day that mixes
 *     day and night work (a split day), for each day work the morning after a night's work
 *     (a broken turnaround), and for each return to a location already left (the company
 *     should finish a location before it leaves);
 *   - a prohibitive price for each broken constraint (unavailable cast, contract window,
 *     precedence, fixed date), so a schedule breaks none when any schedule can avoid them;
 *     those left are named in the result.
 *
 * Method. (1) A first board from the exact talent solver (TalentSolver): the locations,
 * each taken as one long scene with all its cast, ordered so the cast waits least; the
 * scenes of each location together, day scenes before night, packed into days. (2)
 * Simulated annealing over the assignment of scenes to days, with moves a first AD makes on
 * a board: move a scene to another day or to a new day; swap two scenes; move all of one
 * location's scenes of a day elsewhere; move a day, swap two days, reverse a run of days;
 * spread a day's scenes over the other days.
 * Every candidate is priced in full (a few microseconds), runs until the time limit or
 * cancellation, and the best board is kept. (3) A lower bound no board under the same rules
 * can beat: every cast member works at least the days their eighths need; the shoot takes at
 * least the days its eighths need, every location is visited on at least the days its own
 * eighths need, and every visit beyond one a day costs a company move; with M moves in all, a
 * cast member works at least their locations less M days, and the bound takes the cheapest M.
 * </pre>
 */
public final class ShootingScheduler {

    /** Price of one broken constraint: above any real board's cost. */
    private static final long CONFLICT = 1_000_000_000L;
    private static final long INFEASIBLE = Long.MAX_VALUE;
    /** Shooting time a company move takes from the day, in eighths of a page (about an hour). */
    public static final int MOVE_EIGHTHS = 4;

    /** What the search has reached so far. */
    public record Progress(long cost, long lowerBound, long boards, Duration elapsed) {}

    private final ScheduleRequest request;
    private final List<Sheet> sheets;
    private final int n;
    /**
     * What a day holds: eighths of a page, or when the day is capped by time its minutes in
     * units of 1/eighthsPerDay of a minute.
     */
    private final int cap;
    /** Each scene's share of a day, in the unit of {@link #cap}. */
    private final int[] work;
    /** The part of a day a company move takes, in the unit of {@link #cap}. */
    private final int moveWork;
    private final List<String> cast;
    private final int[][] castOf; // scene -> cast indices
    private final long[] costOf;
    private final int[] eighths;
    private final int[] location; // scene -> location id
    private final List<String> locationNames;
    private final boolean[] night;
    private final boolean[] dayWork;
    private final int[][] before; // scene -> scenes that must come earlier
    private final int[] fixedDay; // calendar index, NONE, or NOT_A_SHOOTING_DAY
    private final boolean[][] blocked; // cast -> calendar index -> unavailable or outside contract
    private final List<LocalDate> calendar;
    private final long[] epochDay;
    private final Constraints constraints;

    private static final int NONE = -1;
    private static final int NOT_A_SHOOTING_DAY = -2;

    // evaluation scratch
    private final int[] count;
    private final int[] byDay;
    private final int[] compactDay; // scene -> compact day index, after evaluate
    private int days; // compact day count, after evaluate
    private final int[] locationStamp;
    private final int[] locationLastDay;
    private final int[] firstWork;
    private final int[] lastWork;
    private final int[] longestDrop;

    private ShootingScheduler(ScheduleRequest request, Constraints constraints) {
        this.request = request;
        this.constraints = constraints;
        this.sheets = request.breakdown().sheets();
        this.n = sheets.size();
        // By the clock, lengths are counted in 1/eighthsPerDay of a minute: an eighth at the
        // day's pace is then a whole number of units, and no scene is rounded up (forty
        // one-eighth scenes rounded to whole minutes would overfill a day of forty eighths).
        boolean byClock = request.minutesPerDay() > 0;
        this.cap = byClock ? request.minutesPerDay() * request.eighthsPerDay() : request.eighthsPerDay();
        Map<String, Integer> scenesOf = new LinkedHashMap<>();
        for (Sheet s : sheets) {
            for (String name : s.cast()) {
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
        this.location = new int[n];
        this.night = new boolean[n];
        this.dayWork = new boolean[n];
        Map<String, Integer> locations = new LinkedHashMap<>();
        for (int s = 0; s < n; s++) {
            Sheet sheet = sheets.get(s);
            castOf[s] = sheet.cast().stream().mapToInt(index::get).toArray();
            eighths[s] = sheet.eighths();
            String setName = sheet.set().toUpperCase(Locale.ROOT).strip();
            String place = request.locations().getOrDefault(setName, location(setName));
            location[s] = locations.computeIfAbsent(place, k -> locations.size());
            night[s] = night(sheet);
            // an exterior by day needs daylight; interiors can be shot at any hour
            dayWork[s] = !night[s] && sheet.setting() != null && sheet.setting().isExterior();
        }
        this.locationNames = List.copyOf(locations.keySet());
        // with a day in minutes, a scene the first AD has not timed goes at the pace of the
        // eighths cap: a 12-hour day of 40 eighths gives an eighth 18 minutes
        int perEighth = byClock ? request.minutesPerDay() : 1;
        int perMinute = byClock ? request.eighthsPerDay() : 0;
        this.work = new int[n];
        for (int s = 0; s < n; s++) {
            Integer timed = request.sceneMinutes().get(s + 1);
            // a scene longer than a day has the day to itself, however long: cap + 1 says so
            long units = timed != null ? (long) timed * perMinute : (long) Math.max(1, eighths[s]) * perEighth;
            work[s] = (int) Math.min(units, (long) cap + 1);
        }
        this.moveWork = MOVE_EIGHTHS * perEighth;
        this.costOf = new long[cast.size()];
        for (int a = 0; a < cast.size(); a++) {
            costOf[a] = request.dailyCost().getOrDefault(cast.get(a), 1L);
        }
        this.calendar = new ArrayList<>();
        LocalDate d = request.start();
        for (int i = 0; i < n; i++) { // at most one day per scene
            while (!constraints.shootingDay(d, request.daysOff())) {
                d = d.plusDays(1);
            }
            calendar.add(d);
            d = d.plusDays(1);
        }
        this.epochDay = calendar.stream().mapToLong(LocalDate::toEpochDay).toArray();
        this.fixedDay = new int[n];
        Arrays.fill(fixedDay, NONE);
        constraints.fixedDates().forEach((scene, date) -> {
            if (scene >= 1 && scene <= n) {
                int at = calendar.indexOf(date);
                fixedDay[scene - 1] = at >= 0 ? at : NOT_A_SHOOTING_DAY;
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
        this.blocked = new boolean[cast.size()][n];
        for (int a = 0; a < cast.size(); a++) {
            Constraints.Window window = constraints.windows().get(cast.get(a));
            for (int i = 0; i < n; i++) {
                LocalDate date = calendar.get(i);
                blocked[a][i] = request.unavailable().unavailable(cast.get(a), date)
                        || (window != null && !window.contains(date));
            }
        }
        this.count = new int[n + 3];
        this.byDay = new int[n];
        this.compactDay = new int[n];
        this.locationStamp = new int[locationNames.size()];
        this.locationLastDay = new int[locationNames.size()];
        this.firstWork = new int[cast.size()];
        this.lastWork = new int[cast.size()];
        this.longestDrop = new int[cast.size()];
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

    /**
     * Whether a scene needs real darkness: an exterior at night, dusk or dawn. Interiors at
     * night are shot at any hour with the windows blacked out, as productions do, so they
     * do not make a night's work.
     */
    private static boolean night(Sheet s) {
        boolean dark = s.light() == TimeOfDay.NIGHT || s.light() == TimeOfDay.DUSK || s.light() == TimeOfDay.DAWN;
        return dark && s.setting() != null && s.setting().isExterior();
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
        return schedule(request, constraints, cancelled, p -> {});
    }

    /** As {@link #schedule(ScheduleRequest, Constraints, BooleanSupplier)}, reporting each better board. */
    public static ShootingSchedule schedule(ScheduleRequest request, Constraints constraints, BooleanSupplier cancelled,
            Consumer<Progress> progress) {
        return new ShootingScheduler(request, constraints).run(cancelled, progress);
    }

    private ShootingSchedule run(BooleanSupplier cancelled, Consumer<Progress> progress) {
        long started = System.nanoTime();
        long limit = Math.max(1, request.timeLimit().toNanos());
        BooleanSupplier stop = () -> System.nanoTime() - started - limit > 0 || cancelled.getAsBoolean();
        if (n == 0) {
            return result(new int[0], 0);
        }
        long bound = lowerBound();
        int[] current = firstBoard(request.timeLimit().dividedBy(10), stop);
        long currentCost = evaluate(current);
        normalise(current);
        int currentDays = days;
        int[] best = current.clone();
        long bestCost = currentCost;
        progress.accept(new Progress(bestCost, bound, 0, Duration.ofNanos(System.nanoTime() - started)));
        SplittableRandom random = new SplittableRandom(7);
        int[] trial = new int[n];
        double hot = Math.max(1, request.companyMoveCost()) * 2.0;
        double cold = 0.02;
        double temperature = hot;
        long iterations = 0;
        for (long iteration = 0; bestCost > bound; iteration++) {
            iterations = iteration;
            if ((iteration & 255) == 0) {
                if (stop.getAsBoolean()) {
                    break;
                }
                double done = Math.min(1, (System.nanoTime() - started) / (double) limit);
                temperature = hot * Math.pow(cold / hot, done);
            }
            System.arraycopy(current, 0, trial, 0, n);
            int slots = move(trial, currentDays, random);
            long cost = evaluate(trial, slots);
            if (cost == INFEASIBLE) {
                continue;
            }
            long delta = cost - currentCost;
            if (delta <= 0 || random.nextDouble() < Math.exp(-delta / temperature)) {
                int[] swap = current;
                current = trial;
                trial = swap;
                currentCost = cost;
                normalise(current);
                currentDays = days;
                if (cost < bestCost) {
                    bestCost = cost;
                    System.arraycopy(current, 0, best, 0, n);
                    progress.accept(new Progress(bestCost, bound, iteration, Duration.ofNanos(System.nanoTime() - started)));
                }
            }
        }
        progress.accept(new Progress(bestCost, bound, iterations, Duration.ofNanos(System.nanoTime() - started)));
        return result(best, bound);
    }

    /**
     * The first board: locations ordered by the talent solver (each location one scene, its
     * length the sum of its scenes', its cast everyone in them), each location's scenes
     * together with day work first, packed into days in that order.
     */
    private int[] firstBoard(Duration limit, BooleanSupplier stop) {
        int locations = locationNames.size();
        boolean[][] appears = new boolean[cast.size()][locations];
        long[] length = new long[locations];
        for (int s = 0; s < n; s++) {
            length[location[s]] += Math.max(1, work[s]);
            for (int a : castOf[s]) {
                appears[a][location[s]] = true;
            }
        }
        int[] rank = new int[locations];
        if (!cast.isEmpty()) {
            TalentInstance instance = TalentInstance.of("locations", appears, costOf, length);
            TalentSolution solution = TalentSolver.solve(instance,
                    SolveOptions.defaults().withTimeLimit(limit).withCancellation(stop).withMaxCacheEntries(1 << 18));
            int[] order = solution.order();
            for (int i = 0; i < order.length; i++) {
                rank[order[i]] = i;
            }
        } else {
            Arrays.setAll(rank, i -> i);
        }
        Integer[] sequence = new Integer[n];
        Arrays.setAll(sequence, s -> s);
        Arrays.sort(sequence, Comparator.<Integer>comparingInt(s -> rank[location[s]])
                .thenComparing(s -> night[s])
                .thenComparingInt(s -> s));
        int[] board = new int[n];
        int day = 0;
        long used = 0;
        int moves = 0;
        int previous = -1;
        boolean dayHasNight = false;
        for (int s : sequence) {
            int extraMove = previous >= 0 && location[s] != previous ? 1 : 0;
            boolean full = used > 0 && (used + work[s] + moveWork * (moves + extraMove) > cap
                    || moves + extraMove >= ScheduleRequest.MAX_SETS_PER_DAY
                    || (dayHasNight != night[s] && previous >= 0));
            if (full) {
                day++;
                used = 0;
                moves = 0;
                extraMove = 0;
            }
            if (used == 0) {
                dayHasNight = night[s];
            }
            board[s] = day;
            used += work[s];
            moves += extraMove;
            previous = location[s];
        }
        days = day + 1;
        return board;
    }

    /**
     * Changes {@code board} (scene → day slot, {@code slots} slots) by one move a first AD
     * makes on a stripboard; returns the slots the board now has. The move may leave a slot
     * empty: evaluation skips empty slots.
     */
    private int move(int[] board, int slots, SplittableRandom random) {
        int kind = random.nextInt(100);
        int s = random.nextInt(n);
        if (kind < 30) {
            // one scene to another day, preferably one already at its location
            int to = random.nextBoolean() ? board[sameLocation(s, random)] : random.nextInt(slots);
            if (to == board[s] || random.nextInt(20) == 0) {
                return toNewDay(board, slots, new int[] {s}, 1, random.nextInt(slots + 1));
            }
            board[s] = to;
            return slots;
        }
        if (kind < 50) {
            // swap two scenes of different days
            int t = random.nextBoolean() ? sameLocation(s, random) : random.nextInt(n);
            int d = board[s];
            board[s] = board[t];
            board[t] = d;
            return slots;
        }
        if (kind < 70) {
            // all of one location's scenes of a day to another day (or a day of their own)
            int from = board[s];
            int[] chunk = new int[n];
            int k = 0;
            for (int t = 0; t < n; t++) {
                if (board[t] == from && location[t] == location[s]) {
                    chunk[k++] = t;
                }
            }
            int to = board[sameLocation(s, random)];
            if (to == from || random.nextInt(4) == 0) {
                to = random.nextInt(slots);
            }
            if (to == from) {
                return toNewDay(board, slots, chunk, k, random.nextInt(slots + 1));
            }
            for (int i = 0; i < k; i++) {
                board[chunk[i]] = to;
            }
            return slots;
        }
        if (slots < 2) {
            return slots;
        }
        if (kind >= 97) {
            // a whole day's scenes spread over the other days, each preferably to a day already
            // at its location: the one move that takes a shooting day away at a stroke, where
            // the others would have to empty it scene by scene, each step costing more
            int from = board[s];
            int other = board[random.nextInt(n)];
            if (other != from && scenesOn(board, other) < scenesOn(board, from)) {
                from = other;
            }
            for (int t = 0; t < n; t++) {
                if (board[t] == from) {
                    int to = board[sameLocation(t, random)];
                    if (to == from) {
                        to = random.nextInt(slots - 1);
                        to += to >= from ? 1 : 0;
                    }
                    board[t] = to;
                }
            }
            return slots;
        }
        int a = random.nextInt(slots);
        int b = random.nextInt(slots - 1);
        b += b >= a ? 1 : 0;
        int[] map = new int[slots];
        Arrays.setAll(map, i -> i);
        if (kind < 82) {
            // move day a to position b
            for (int i = 0; i < slots; i++) {
                if (i == a) {
                    map[i] = b;
                } else if (a < b && i > a && i <= b) {
                    map[i] = i - 1;
                } else if (b < a && i >= b && i < a) {
                    map[i] = i + 1;
                }
            }
        } else if (kind < 92) {
            map[a] = b;
            map[b] = a;
        } else {
            // reverse the run of days between a and b
            int lo = Math.min(a, b);
            int hi = Math.max(a, b);
            for (int i = lo; i <= hi; i++) {
                map[i] = lo + hi - i;
            }
        }
        for (int t = 0; t < n; t++) {
            board[t] = map[board[t]];
        }
        return slots;
    }

    private int scenesOn(int[] board, int day) {
        int count = 0;
        for (int t = 0; t < n; t++) {
            count += board[t] == day ? 1 : 0;
        }
        return count;
    }

    /** A random scene at the same location as s (possibly s itself). */
    private int sameLocation(int s, SplittableRandom random) {
        for (int tries = 0; tries < 8; tries++) {
            int t = random.nextInt(n);
            if (location[t] == location[s]) {
                return t;
            }
        }
        return s;
    }

    private static int toNewDay(int[] board, int slots, int[] scenes, int k, int at) {
        for (int t = 0; t < board.length; t++) {
            if (board[t] >= at) {
                board[t]++;
            }
        }
        for (int i = 0; i < k; i++) {
            board[scenes[i]] = at;
        }
        return slots + 1;
    }

    /** Renumbers {@code board} to the compact days its last evaluation found. */
    private void normalise(int[] board) {
        System.arraycopy(compactDay, 0, board, 0, n);
    }

    long evaluate(int[] board) {
        int slots = 0;
        for (int d : board) {
            slots = Math.max(slots, d + 1);
        }
        return evaluate(board, slots);
    }

    /**
     * The cost of a board (scene → day slot), or {@link #INFEASIBLE} when a day breaks the
     * day rules. Leaves each scene's compact day in {@link #compactDay} and the day count in
     * {@link #days}.
     */
    private long evaluate(int[] board, int slots) {
        Arrays.fill(count, 0, slots + 2, 0);
        for (int s = 0; s < n; s++) {
            count[board[s] + 2]++;
        }
        for (int d = 0; d < slots; d++) {
            count[d + 2] += count[d + 1];
        }
        for (int s = 0; s < n; s++) {
            byDay[count[board[s] + 1]++] = s;
        }
        // count[d] is now the start of slot d, count[d + 1] its end
        Arrays.fill(locationStamp, -1);
        Arrays.fill(locationLastDay, -2);
        Arrays.fill(firstWork, -1);
        Arrays.fill(longestDrop, 0);
        long cost = 0;
        long penalties = 0;
        int day = 0;
        boolean previousNight = false;
        int runs = 0;
        for (int slot = 0; slot < slots; slot++) {
            int from = count[slot];
            int to = count[slot + 1];
            if (from == to) {
                continue;
            }
            long used = 0;
            int locations = 0;
            boolean hasDay = false;
            boolean hasNight = false;
            for (int k = from; k < to; k++) {
                int s = byDay[k];
                used += work[s];
                int place = location[s];
                if (locationStamp[place] != day) {
                    locationStamp[place] = day;
                    locations++;
                    if (locationLastDay[place] != day - 1) {
                        runs++;
                    }
                    locationLastDay[place] = day;
                }
                hasDay |= dayWork[s];
                hasNight |= night[s];
                compactDay[s] = day;
                if (fixedDay[s] != NONE && fixedDay[s] != day) {
                    penalties += fixedDay[s] == NOT_A_SHOOTING_DAY ? 1 : 1 + Math.abs(fixedDay[s] - day);
                }
                for (int a : castOf[s]) {
                    if (blocked[a][day]) {
                        penalties++;
                    }
                    if (lastWork[a] != day || firstWork[a] < 0) {
                        if (firstWork[a] < 0) {
                            firstWork[a] = day;
                        } else {
                            int skipped = day - lastWork[a] - 1;
                            if (skipped > longestDrop[a] && epochDay[day] - epochDay[lastWork[a]] > DayOutOfDays.DROP_AFTER_DAYS) {
                                longestDrop[a] = skipped;
                            }
                        }
                        lastWork[a] = day;
                    }
                }
            }
            if (to - from > 1 && (locations > ScheduleRequest.MAX_SETS_PER_DAY
                    || used + moveWork * (locations - 1) > cap)) {
                return INFEASIBLE;
            }
            cost += request.dayCost() + request.companyMoveCost() * (locations - 1);
            if (hasDay && hasNight) {
                cost += request.companyMoveCost();
            }
            if (previousNight && hasDay && epochDay[day] - epochDay[day - 1] == 1) {
                cost += request.companyMoveCost();
            }
            previousNight = hasNight;
            day++;
        }
        days = day;
        int distinct = 0;
        for (int last : locationLastDay) {
            distinct += last >= 0 ? 1 : 0;
        }
        cost += request.companyMoveCost() * (runs - distinct);
        for (int a = 0; a < cast.size(); a++) {
            if (firstWork[a] >= 0) {
                cost += costOf[a] * (lastWork[a] - firstWork[a] + 1 - longestDrop[a]);
            }
        }
        for (int s = 0; s < n; s++) {
            for (int b : before[s]) {
                if (compactDay[b] > compactDay[s]) {
                    penalties += 1 + compactDay[b] - compactDay[s];
                }
            }
        }
        return cost + CONFLICT * penalties;
    }

    /**
     * The schedule that shoots each scene on the day given, without searching: for a board
     * the caller already has (one found before, or moved by hand), with its cost, its bound and
     * what it breaks.
     *
     * @param dayOfScene for each scene of the breakdown, in script order, its shooting day
     *     counted from 1; days nobody uses are closed up
     * @throws IllegalArgumentException naming the scene or the day when the board has the
     *     wrong number of scenes, a day outside 1..scenes, or a day over the day's cap
     */
    public static ShootingSchedule arrange(ScheduleRequest request, Constraints constraints, int[] dayOfScene) {
        ShootingScheduler scheduler = new ShootingScheduler(request, constraints);
        int n = scheduler.n;
        if (dayOfScene.length != n) {
            throw new IllegalArgumentException("the board has " + dayOfScene.length + " scenes, the breakdown " + n);
        }
        int[] board = new int[n];
        for (int s = 0; s < n; s++) {
            if (dayOfScene[s] < 1 || dayOfScene[s] > n) {
                throw new IllegalArgumentException("scene " + scheduler.sheets.get(s).displayNumber() + " is on day "
                        + dayOfScene[s] + ", not one of days 1 to " + n);
            }
            board[s] = dayOfScene[s] - 1;
        }
        if (n > 0 && scheduler.evaluate(board) == INFEASIBLE) {
            throw new IllegalArgumentException(scheduler.overfullDay(dayOfScene));
        }
        return scheduler.result(board, n == 0 ? 0 : scheduler.lowerBound());
    }

    /**
     * What the first day of {@code dayOfScene} that breaks the day's rules holds, and which
     * rule it breaks; for a board refused by {@link #arrange}. A scene alone on its day never
     * breaks them.
     */
    private String overfullDay(int[] dayOfScene) {
        java.util.SortedMap<Integer, List<Integer>> scenesOn = new java.util.TreeMap<>();
        for (int s = 0; s < n; s++) {
            scenesOn.computeIfAbsent(dayOfScene[s], d -> new ArrayList<>()).add(s);
        }
        for (var day : scenesOn.entrySet()) {
            List<Integer> scenes = day.getValue();
            if (scenes.size() < 2) {
                continue;
            }
            long used = 0;
            java.util.Set<Integer> places = new java.util.LinkedHashSet<>();
            for (int s : scenes) {
                used += work[s];
                places.add(location[s]);
            }
            String which = "day " + day.getKey() + " (scenes "
                    + String.join(", ", scenes.stream().map(s -> sheets.get(s).displayNumber()).toList()) + ")";
            if (places.size() > ScheduleRequest.MAX_SETS_PER_DAY) {
                return which + " is at " + places.size() + " locations ("
                        + String.join(", ", places.stream().map(locationNames::get).toList()) + "); a day visits at most "
                        + ScheduleRequest.MAX_SETS_PER_DAY;
            }
            long moves = places.size() - 1;
            if (used + moveWork * moves > cap) {
                String moving = moves == 0 ? "" : moves == 1 ? " and its company move" : " and its " + moves + " company moves";
                return which + " needs more than a day: its scenes" + moving + " take "
                        + (request.minutesPerDay() > 0
                                ? minutes(used + moveWork * moves) + ", and the day is " + minutes(cap)
                                : (used + moveWork * moves) + " eighths of a page, and a day holds " + cap
                                        + (moves == 0 ? "" : " (a company move counts as " + moveWork + ")"));
            }
        }
        return "a day holds more than the day allows";
    }

    /** A length in the clock's units (1/eighthsPerDay of a minute) as "11h 30m", rounded up to the minute. */
    private String minutes(long units) {
        long minutes = Math.ceilDiv(units, request.eighthsPerDay());
        return minutes / 60 + "h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + "m");
    }

    /** Most scenes a board may name: more than any script holds. */
    private static final int MAX_BOARD_SCENES = 100_000;

    /**
     * A board as text: each scene's shooting day in script order, counted from 1 and separated
     * by dots ({@code 1.1.2.3}), as {@link #arrange} takes it.
     *
     * @throws IllegalArgumentException naming the scene whose day is not a number
     */
    public static int[] parseBoard(String days) {
        if (days == null || days.isBlank()) {
            throw new IllegalArgumentException("missing");
        }
        String[] parts = days.split("\\.", MAX_BOARD_SCENES + 1);
        if (parts.length > MAX_BOARD_SCENES) {
            throw new IllegalArgumentException("more scenes than any script holds");
        }
        int[] board = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                board[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                String shown = parts[i].length() > 20 ? parts[i].substring(0, 20) + "\u2026" : parts[i];
                throw new IllegalArgumentException("scene " + (i + 1) + "'s day \"" + shown + "\" is not a number");
            }
        }
        return board;
    }

    /** A scheduler for {@code request} that has not searched yet: for tests that price boards themselves. */
    static ShootingScheduler unstarted(ScheduleRequest request, Constraints constraints) {
        return new ShootingScheduler(request, constraints);
    }

    /** No board under the request's rules costs less than this. */
    long lowerBound() {
        long bound = 0;
        int[] pieces = new int[n];
        // the cast's days when the company moves M times in all: a member's days hold a visit to
        // each of their locations, and those days have one location each plus the moves made on
        // them (at most M), so days >= locations - M; excess[k] sums the daily costs of members
        // whose locations exceed their other bound by k, so the cast's part for M moves is the
        // fixed part plus the sum over k > M of excess[k] * (k - M)
        long[] excess = new long[locationNames.size() + 1];
        for (int a = 0; a < cast.size(); a++) {
            int longScenes = 0;
            long shortEighths = 0;
            int count = 0;
            java.util.BitSet places = new java.util.BitSet();
            java.util.BitSet everyPlace = new java.util.BitSet();
            for (int s = 0; s < n; s++) {
                for (int x : castOf[s]) {
                    if (x == a) {
                        everyPlace.set(location[s]);
                        if (work[s] > cap) {
                            longScenes++;
                        } else {
                            shortEighths += work[s];
                            pieces[count++] = work[s];
                            places.set(location[s]);
                        }
                    }
                }
            }
            // The days a cast member works must hold their scenes, visit each of their
            // locations (at most MAX_SETS_PER_DAY a day), and pay a move's time within the day
            // for each location after a day's first: with E eighths at L locations over D days,
            // E + move * (L - D) <= D * cap.
            long spots = places.cardinality();
            long days = Math.max(daysToHold(pieces, count, cap), Math.ceilDiv(spots, ScheduleRequest.MAX_SETS_PER_DAY));
            days = Math.max(days, Math.ceilDiv(shortEighths + (long) moveWork * spots, (long) cap + moveWork));
            long alone = Math.max(1, longScenes + days);
            bound += costOf[a] * alone;
            long over = everyPlace.cardinality() - alone;
            if (over > 0) {
                excess[(int) over] += costOf[a];
            }
        }
        int longScenes = 0;
        long shortEighths = 0;
        int count = 0;
        for (int s = 0; s < n; s++) {
            if (work[s] > cap) {
                longScenes++;
            } else {
                shortEighths += work[s];
                pieces[count++] = work[s];
            }
        }
        long fewestDays = longScenes + daysToHold(pieces, count, cap);
        // Each location is visited on at least as many days as its scenes need: one for each
        // scene longer than a day (it has the day to itself) and enough others to hold the rest
        // of its pages (a packing bound, since scenes are not split). A day's company moves are
        // its locations less one, so the shoot's moves are these visits less its days.
        long visits = 0;
        for (int place = 0; place < locationNames.size(); place++) {
            int atPlace = 0;
            for (int s = 0; s < n; s++) {
                if (location[s] == place) {
                    if (work[s] > cap) {
                        visits++;
                    } else {
                        pieces[atPlace++] = work[s];
                    }
                }
            }
            visits += daysToHold(pieces, atPlace, cap);
        }
        // the cast's part beyond each member alone, for each number of moves: castOver[M]
        long[] castOver = new long[excess.length + 1];
        long weight = 0;
        for (int k = excess.length - 1; k >= 0; k--) {
            castOver[k] = castOver[k + 1] + weight;
            weight += excess[k];
        }
        // for each number of moves, the fewest days that allow it: days hold the scenes, each
        // day's locations (moves = visits - days at least, two a day at most), and the moves'
        // time within the days
        long best = Long.MAX_VALUE;
        for (long moves = 0; moves <= 2L * n; moves++) {
            long d = Math.max(fewestDays, Math.ceilDiv(visits, (long) ScheduleRequest.MAX_SETS_PER_DAY));
            d = Math.max(d, Math.max(visits - moves, Math.ceilDiv(moves, (long) ScheduleRequest.MAX_SETS_PER_DAY - 1)));
            d = Math.max(d, longScenes + Math.ceilDiv(shortEighths + moveWork * moves, (long) cap));
            if (d > n) {
                continue;
            }
            long cost = request.dayCost() * d + request.companyMoveCost() * moves
                    + (moves < castOver.length ? castOver[(int) moves] : 0);
            best = Math.min(best, cost);
        }
        return bound + (best == Long.MAX_VALUE ? 0 : best);
    }

    /**
     * Fewest days that can hold scenes of these lengths, none longer than a day: the bin
     * packing bound L2 of Martello and Toth (1990). For each threshold t up to half a day, the
     * scenes over a day less t each need a day of their own; those over half a day cannot
     * share one; the scenes from t to half a day fill what those leave free and then whole days.
     */
    static long daysToHold(int[] lengths, int count, int day) {
        if (count == 0) {
            return 0;
        }
        int[] sorted = Arrays.copyOf(lengths, count);
        Arrays.sort(sorted);
        long total = 0;
        for (int w : sorted) {
            total += w;
        }
        long best = Math.ceilDiv(total, day);
        for (int i = -1; i < count && (i < 0 || 2L * sorted[i] <= day); i++) {
            int t = i < 0 ? 0 : sorted[i];
            long alone = 0;
            long big = 0;
            long bigLength = 0;
            long small = 0;
            for (int w : sorted) {
                if (w > day - t) {
                    alone++;
                } else if (2L * w > day) {
                    big++;
                    bigLength += w;
                } else if (w >= t) {
                    small += w;
                }
            }
            long free = big * day - bigLength;
            best = Math.max(best, alone + big + Math.max(0, Math.ceilDiv(small - free, day)));
        }
        return best;
    }

    /**
     * The schedule of a board: each day's scenes in shooting order, its cost and conflicts,
     * with the lower bound already computed for the request.
     */
    private ShootingSchedule result(int[] board, long bound) {
        long cost = n == 0 ? 0 : evaluate(board);
        int[] dayOf = compactDay.clone();
        int dayCount = n == 0 ? 0 : days;
        List<List<Integer>> scenesOfDay = new ArrayList<>();
        for (int d = 0; d < dayCount; d++) {
            scenesOfDay.add(new ArrayList<>());
        }
        for (int s = 0; s < n; s++) {
            scenesOfDay.get(dayOf[s]).add(s);
        }
        List<ShootingSchedule.Day> result = new ArrayList<>();
        int moves = 0;
        int previousLast = -1;
        for (int d = 0; d < dayCount; d++) {
            List<Integer> order = shootingOrder(scenesOfDay.get(d), previousLast,
                    d + 1 < dayCount ? locationsOf(scenesOfDay.get(d + 1)) : List.of());
            for (int i = 1; i < order.size(); i++) {
                moves += location[order.get(i)] != location[order.get(i - 1)] ? 1 : 0;
            }
            previousLast = location[order.get(order.size() - 1)];
            result.add(new ShootingSchedule.Day(d + 1, calendar.get(d), order.stream().map(sheets::get).toList(),
                    order.stream().map(s -> locationNames.get(location[s])).toList()));
        }
        List<ShootingSchedule.Conflict> conflicts = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            LocalDate date = calendar.get(dayOf[s]);
            for (int b : before[s]) {
                if (dayOf[b] > dayOf[s]) {
                    conflicts.add(new ShootingSchedule.Conflict(sheets.get(s), null, date,
                            "must be shot after scene " + sheets.get(b).displayNumber() + ", which comes later"));
                }
            }
            if (fixedDay[s] != NONE && fixedDay[s] != dayOf[s]) {
                LocalDate wanted = constraints.fixedDates().get(s + 1);
                conflicts.add(new ShootingSchedule.Conflict(sheets.get(s), null, date,
                        "is fixed to " + wanted + (fixedDay[s] == NOT_A_SHOOTING_DAY ? ", which is not a shooting day" : "")));
            }
            for (int a : castOf[s]) {
                if (request.unavailable().unavailable(cast.get(a), date)) {
                    conflicts.add(new ShootingSchedule.Conflict(sheets.get(s), cast.get(a), date,
                            "needs " + cast.get(a) + ", who is unavailable on " + date));
                }
                Constraints.Window window = constraints.windows().get(cast.get(a));
                if (window != null && !window.contains(date)) {
                    conflicts.add(new ShootingSchedule.Conflict(sheets.get(s), cast.get(a), date,
                            "needs " + cast.get(a) + ", whose contract runs " + window.first() + " to " + window.last()));
                }
            }
        }
        conflicts.sort(Comparator.comparing(ShootingSchedule.Conflict::date)
                .thenComparingInt(c -> c.scene().index()));
        long castCost = 0;
        for (int a = 0; a < cast.size(); a++) {
            if (firstWork[a] >= 0) {
                castCost += costOf[a] * (lastWork[a] - firstWork[a] + 1 - longestDrop[a]);
            }
        }
        long priced = cost % CONFLICT;
        return new ShootingSchedule(result, cast, castCost, moves, priced, Math.min(bound, priced), conflicts);
    }

    private List<Integer> locationsOf(List<Integer> scenes) {
        return scenes.stream().map(s -> location[s]).distinct().toList();
    }

    /**
     * A day's scenes in shooting order: grouped by location, starting at the location where
     * the company wrapped the day before and ending at one the next day starts with; day work
     * before night work; scenes that must precede others first; otherwise script order.
     */
    private List<Integer> shootingOrder(List<Integer> scenes, int previousLocation, List<Integer> nextLocations) {
        Map<Integer, Integer> firstScene = new HashMap<>();
        Map<Integer, Boolean> nightWork = new HashMap<>();
        for (int s : scenes) {
            firstScene.merge(location[s], s, Math::min);
            nightWork.merge(location[s], night[s], Boolean::logicalOr);
        }
        List<Integer> order = new ArrayList<>(scenes);
        order.sort(Comparator.comparingInt((Integer s) -> location[s] == previousLocation ? 0
                        : nextLocations.contains(location[s]) ? 2 : 1)
                .thenComparing(s -> nightWork.get(location[s]))
                .thenComparingInt(s -> firstScene.get(location[s]))
                .thenComparing(s -> night[s])
                .thenComparingInt(s -> s));
        // a scene that must follow another shot the same day goes after it
        // (bounded: precedences that form a cycle cannot all hold)
        int rounds = 0;
        for (boolean changed = true; changed && rounds++ < scenes.size() * scenes.size(); ) {
            changed = false;
            for (int i = 0; i < order.size() && !changed; i++) {
                for (int b : before[order.get(i)]) {
                    int j = order.indexOf(b);
                    if (j > i) {
                        order.add(i, order.remove(j));
                        changed = true;
                        break;
                    }
                }
            }
        }
        return order;
    }
}
