package dev.showrunner.planning.schedule;

import dev.showrunner.planning.talent.SolveOptions;
import dev.showrunner.planning.talent.TalentInstance;
import dev.showrunner.planning.talent.TalentSolution;
import dev.showrunner.planning.talent.TalentSolver;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The search, steps (1) and (2) of {@link ShootingScheduler}'s method: a first board from the
 * exact talent solver (the locations ordered so the cast waits least, packed into days), then
 * simulated annealing over the assignment of scenes to days with the moves a first AD makes on
 * a stripboard. Every candidate is priced in full by {@link BoardPricing}; the temperature
 * falls from about two company moves to almost nothing over the time limit (or the board
 * limit, when the request counts boards instead), and the best board seen is kept. Kept apart
 * from the pricing so that the moves can be read on their own: each leaves the board a valid
 * assignment, and whether it is any good is the pricing's job.
 */
final class Annealing {

    private final SceneTable table;
    private final BoardPricing pricing;
    private final ScheduleRequest request;
    private final int n;
    private final int cap;
    private final int[] work;
    private final int moveWork;
    private final List<String> cast;
    private final int[][] castOf;
    private final long[] costOf;
    private final int[] location;
    private final List<String> locationNames;
    private final boolean[] night;

    Annealing(SceneTable table) {
        this.table = table;
        this.pricing = new BoardPricing(table);
        this.request = table.request;
        this.n = table.n;
        this.cap = table.cap;
        this.work = table.work;
        this.moveWork = table.moveWork;
        this.cast = table.cast;
        this.castOf = table.castOf;
        this.costOf = table.costOf;
        this.location = table.location;
        this.locationNames = table.locationNames;
        this.night = table.night;
    }

    ShootingSchedule run(BooleanSupplier cancelled, Consumer<ShootingScheduler.Progress> progress) {
        long started = System.nanoTime();
        long limit = Math.max(1, request.timeLimit().toNanos());
        // the search's budget: its time limit, or a number of boards, which does the same on any machine
        boolean byBoards = request.boardLimit() != ScheduleRequest.NO_BOARD_LIMIT;
        BooleanSupplier stop = byBoards ? cancelled
                : () -> System.nanoTime() - started - limit > 0 || cancelled.getAsBoolean();
        if (n == 0) {
            return new ScheduleResult(table, pricing).of(new int[0], 0);
        }
        long bound = LowerBound.of(table);
        int[] current = firstBoard(stop);
        long currentCost = pricing.evaluate(current);
        pricing.normalise(current);
        int currentDays = pricing.days;
        int[] best = current.clone();
        long bestCost = currentCost;
        progress.accept(new ShootingScheduler.Progress(bestCost, bound, 0,
                Duration.ofNanos(System.nanoTime() - started)));
        SplittableRandom random = new SplittableRandom(7);
        int[] trial = new int[n];
        double hot = Math.max(1, request.companyMoveCost()) * 2.0;
        double cold = 0.02;
        double temperature = hot;
        long iterations = 0;
        for (long iteration = 0; bestCost > bound; iteration++) {
            iterations = iteration;
            if ((iteration & 255) == 0) {
                if (stop.getAsBoolean() || (byBoards && iteration >= request.boardLimit())) {
                    break;
                }
                double done = Math.min(1, byBoards ? iteration / (double) request.boardLimit()
                        : (System.nanoTime() - started) / (double) limit);
                temperature = hot * Math.pow(cold / hot, done);
            }
            System.arraycopy(current, 0, trial, 0, n);
            int slots = move(trial, currentDays, random);
            long cost = pricing.evaluate(trial, slots);
            if (cost == BoardPricing.INFEASIBLE) {
                continue;
            }
            long delta = cost - currentCost;
            if (delta <= 0 || random.nextDouble() < Math.exp(-delta / temperature)) {
                int[] swap = current;
                current = trial;
                trial = swap;
                currentCost = cost;
                pricing.normalise(current);
                currentDays = pricing.days;
                if (cost < bestCost) {
                    bestCost = cost;
                    System.arraycopy(current, 0, best, 0, n);
                    progress.accept(new ShootingScheduler.Progress(bestCost, bound, iteration,
                            Duration.ofNanos(System.nanoTime() - started)));
                }
            }
        }
        progress.accept(new ShootingScheduler.Progress(bestCost, bound, iterations,
                Duration.ofNanos(System.nanoTime() - started)));
        return new ScheduleResult(table, pricing).of(best, bound);
    }

    /**
     * The first board: locations ordered by the talent solver (each location one scene, its
     * length the sum of its scenes', its cast everyone in them), each location's scenes
     * together with day work first, packed into days in that order.
     */
    private int[] firstBoard(BooleanSupplier stop) {
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
            // a tenth of the search's budget: of its time, or of its boards as nodes on one thread
            SolveOptions options = SolveOptions.defaults().withCancellation(stop).withMaxCacheEntries(1 << 18);
            options = request.boardLimit() == ScheduleRequest.NO_BOARD_LIMIT
                    ? options.withTimeLimit(request.timeLimit().dividedBy(10))
                    : options.withThreads(1).withNodeLimit(Math.max(1, request.boardLimit() / 10));
            TalentSolution solution = TalentSolver.solve(instance, options);
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
        pricing.days = day + 1; // the day count, should the first board be priced infeasible
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
}
