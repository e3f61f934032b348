package dev.showrunner.planning.schedule;

import static dev.showrunner.planning.schedule.SceneTable.NONE;
import static dev.showrunner.planning.schedule.SceneTable.NOT_A_SHOOTING_DAY;

import java.util.Arrays;
import java.util.List;

/**
 * Prices a board (scene → day slot) in full: the day rules (locations and length of a day),
 * the cost in cast-days, days and company moves as {@link ShootingScheduler} states it, and a
 * prohibitive price for each broken constraint. The search prices every candidate board, some
 * hundred thousand a second, so this runs over the {@link SceneTable}'s arrays with scratch
 * arrays of its own and allocates nothing; what it found about the last board it priced
 * (each scene's compact day, the day count, each cast member's first and last working day)
 * stays in its fields for the caller to read. One instance per search: not thread-safe.
 */
final class BoardPricing {

    /** Price of one broken constraint: above any real board's cost. */
    static final long CONFLICT = 1_000_000_000L;
    /** What a board that breaks the day rules costs: it is never taken. */
    static final long INFEASIBLE = Long.MAX_VALUE;

    private final ScheduleRequest request;
    private final int n;
    private final int cap;
    private final int[] work;
    private final int moveWork;
    private final List<String> cast;
    private final int[][] castOf;
    private final long[] costOf;
    private final int[] location;
    private final boolean[] night;
    private final boolean[] dayWork;
    private final int[][] before;
    private final int[] fixedDay;
    private final boolean[][] blocked;
    private final long[] epochDay;

    // evaluation scratch
    private final int[] count;
    private final int[] byDay;
    private final int[] locationStamp;
    private final int[] locationLastDay;
    /** Scene → compact day index, after {@link #evaluate}. */
    final int[] compactDay;
    /** Compact day count, after {@link #evaluate}. */
    int days;
    /** Cast member → first and last working day and longest unpaid drop, after {@link #evaluate}. */
    final int[] firstWork;
    final int[] lastWork;
    final int[] longestDrop;

    BoardPricing(SceneTable table) {
        this.request = table.request;
        this.n = table.n;
        this.cap = table.cap;
        this.work = table.work;
        this.moveWork = table.moveWork;
        this.cast = table.cast;
        this.castOf = table.castOf;
        this.costOf = table.costOf;
        this.location = table.location;
        this.night = table.night;
        this.dayWork = table.dayWork;
        this.before = table.before;
        this.fixedDay = table.fixedDay;
        this.blocked = table.blocked;
        this.epochDay = table.epochDay;
        this.count = new int[n + 3];
        this.byDay = new int[n];
        this.compactDay = new int[n];
        this.locationStamp = new int[table.locationNames.size()];
        this.locationLastDay = new int[table.locationNames.size()];
        this.firstWork = new int[cast.size()];
        this.lastWork = new int[cast.size()];
        this.longestDrop = new int[cast.size()];
    }

    /** Renumbers {@code board} to the compact days its last evaluation found. */
    void normalise(int[] board) {
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
    long evaluate(int[] board, int slots) {
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
}
