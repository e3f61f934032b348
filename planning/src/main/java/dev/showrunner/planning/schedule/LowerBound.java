package dev.showrunner.planning.schedule;

import java.util.Arrays;
import java.util.List;

/**
 * Step (3) of {@link ShootingScheduler}'s method: a cost no board under the request's rules
 * can beat, so that a schedule is reported with how far it can at most be from the best.
 * Every cast member works at least the days their own scenes need (a bin-packing bound,
 * {@link #daysToHold}); the shoot takes at least the days its eighths need; every location is
 * visited on at least the days its own scenes need, and each visit beyond one a day is a
 * company move; with M moves in all, a cast member works at least their locations less M
 * days, and the bound takes the cheapest M. It ignores the constraints (they only add cost)
 * and the turnaround and return-to-location prices, so it stays a bound whatever they say.
 */
final class LowerBound {

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

    private LowerBound(SceneTable table) {
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
    }

    /** No board under the request's rules costs less than this. */
    static long of(SceneTable table) {
        return new LowerBound(table).lowerBound();
    }

    private long lowerBound() {
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
}
