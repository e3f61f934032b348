package dev.showrunner.planning.talent;

import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * Local search for instances beyond the exact search (more than 64 scenes or actors left
 * after preprocessing): starting from the preprocessed order, moves a scene or a run of
 * scenes to another place and keeps the move when the holding cost does not rise. Every
 * candidate is priced in full, in time linear in the cast lists, so memory stays that of the
 * instance. Stops at the caller's signal, or at a local optimum: when many moves in a row
 * (twenty for each scene, at least ten thousand) found nothing better.
 */
final class LargeSearch {

    private final int n;
    private final int[][] actorsOf; // scene -> actors
    private final long[] duration;
    private final long[] cost;
    private final long ownWork;
    private final int[] first;
    private final int[] last;
    private final long[] prefix;

    int[] bestOrder;
    long bestHold;
    long moves;

    LargeSearch(Reduction r) {
        this.n = r.sceneCount();
        this.actorsOf = new int[n][];
        this.duration = r.durations;
        this.cost = r.costs;
        long own = 0;
        for (int s = 0; s < n; s++) {
            actorsOf[s] = r.sceneActors[s].stream().toArray();
            for (int a : actorsOf[s]) {
                own += duration[s] * cost[a];
            }
        }
        this.ownWork = own;
        this.first = new int[r.actorCount()];
        this.last = new int[r.actorCount()];
        this.prefix = new long[n + 1];
        this.bestOrder = new int[n];
        for (int s = 0; s < n; s++) {
            bestOrder[s] = s;
        }
        this.bestHold = holding(bestOrder);
    }

    /** Holding cost of an order of the reduced scenes: pay from first to last scene, less work. */
    long holding(int[] order) {
        java.util.Arrays.fill(first, -1);
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + duration[order[i]];
            for (int a : actorsOf[order[i]]) {
                if (first[a] < 0) {
                    first[a] = i;
                }
                last[a] = i;
            }
        }
        long span = 0;
        for (int a = 0; a < first.length; a++) {
            if (first[a] >= 0) {
                span += cost[a] * (prefix[last[a] + 1] - prefix[first[a]]);
            }
        }
        return span - ownWork;
    }

    void run(BooleanSupplier stop, long seed) {
        if (n < 3) {
            return;
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] order = bestOrder.clone();
        int[] trial = new int[n];
        long current = bestHold;
        long patience = Math.max(10_000, 20L * n);
        long sinceBetter = 0;
        while (sinceBetter < patience && current > 0) {
            if ((moves & 15) == 0 && stop.getAsBoolean()) {
                break;
            }
            moves++;
            // a run of 1..8 scenes from position i to position j of the rest
            int length = 1 + (random.nextInt(4) == 0 ? random.nextInt(Math.min(8, n - 1)) : 0);
            int i = random.nextInt(n - length + 1);
            int j = random.nextInt(n - length + 1);
            if (i == j) {
                continue;
            }
            LocalSearch.moveRun(order, i, length, j, trial);
            long hold = holding(trial);
            sinceBetter++;
            if (hold <= current) {
                if (hold < current) {
                    sinceBetter = 0;
                }
                current = hold;
                int[] swap = order;
                order = trial;
                trial = swap;
            }
        }
        if (current < bestHold) {
            bestHold = current;
            bestOrder = order.clone();
        }
    }
}
