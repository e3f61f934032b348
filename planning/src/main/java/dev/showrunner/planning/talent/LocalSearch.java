package dev.showrunner.planning.talent;

import java.util.SplittableRandom;

/**
 * Finds good orders fast, as the first upper bound of the exact search: a greedy order built
 * from both ends, then random restarts, each improved by moving one scene to its best place
 * until no move helps (a first-improvement insertion neighbourhood, as in the heuristics the
 * talent scheduling papers start from).
 */
final class LocalSearch {

    private final Core core;
    private final SplittableRandom random;
    int[] bestOrder;
    long bestHold = Long.MAX_VALUE;

    LocalSearch(Core core, long seed) {
        this.core = core;
        this.random = new SplittableRandom(seed);
    }

    /** Runs {@code restarts} descents (the first from the greedy order) or until {@code stop}. */
    void run(int restarts, java.util.function.BooleanSupplier stop) {
        int n = core.n;
        if (n == 0) {
            bestOrder = new int[0];
            bestHold = 0;
            return;
        }
        int[] order = greedy();
        bestOrder = order.clone();
        bestHold = core.holding(order);
        for (int r = 0; r < restarts && !stop.getAsBoolean(); r++) {
            if (r > 0) {
                order = identity(n);
                for (int i = n - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    int t = order[i];
                    order[i] = order[j];
                    order[j] = t;
                }
            }
            long hold = descend(order, stop);
            if (hold < bestHold) {
                bestHold = hold;
                bestOrder = order.clone();
            }
        }
    }

    /**
     * Iterated local search from the best order: shake it (move two random runs of one to
     * four scenes elsewhere), descend, and keep the result when it is no worse; the best order
     * improves whenever a descent finds a cheaper one. Ends at {@code stop}, or after {@code
     * patience} shakes in a row that found nothing cheaper. Returns whether the best improved.
     */
    boolean improve(int patience, java.util.function.BooleanSupplier stop) {
        int n = core.n;
        if (n < 4 || bestHold == 0) {
            return false;
        }
        long before = bestHold;
        int[] current = bestOrder.clone();
        long currentHold = bestHold;
        int[] trial = new int[n];
        int[] shaken = new int[n];
        for (int idle = 0; idle < patience && !stop.getAsBoolean(); idle++) {
            System.arraycopy(current, 0, trial, 0, n);
            for (int kick = 0; kick < 2; kick++) {
                int length = 1 + random.nextInt(Math.min(4, n - 1));
                int from = random.nextInt(n - length + 1);
                int to = random.nextInt(n - length + 1);
                moveRun(trial, from, length, to, shaken);
                System.arraycopy(shaken, 0, trial, 0, n);
            }
            long hold = descend(trial, stop);
            if (hold <= currentHold) {
                System.arraycopy(trial, 0, current, 0, n);
                currentHold = hold;
            }
            if (hold < bestHold) {
                bestHold = hold;
                bestOrder = trial.clone();
                idle = -1;
            }
        }
        return bestHold < before;
    }

    /** {@code out} = {@code order} with the run of {@code length} at {@code from} moved to index {@code to} of the rest. */
    static void moveRun(int[] order, int from, int length, int to, int[] out) {
        int k = 0;
        for (int p = 0; p < order.length; p++) {
            if (p >= from && p < from + length) {
                continue;
            }
            if (k == to) {
                for (int r = 0; r < length; r++) {
                    out[k++] = order[from + r];
                }
            }
            out[k++] = order[p];
        }
        if (k < order.length) {
            for (int r = 0; r < length; r++) {
                out[k++] = order[from + r];
            }
        }
    }

    /** Improves {@code order} in place by single-scene moves; returns its holding cost. */
    long descend(int[] order, java.util.function.BooleanSupplier stop) {
        int n = order.length;
        long current = core.holding(order);
        int[] trial = new int[n];
        boolean improved = true;
        while (improved && !stop.getAsBoolean()) {
            improved = false;
            for (int i = 0; i < n; i++) {
                int bestJ = -1;
                long bestCost = current;
                for (int j = 0; j < n; j++) {
                    if (j == i) {
                        continue;
                    }
                    moveRun(order, i, 1, j, trial);
                    long c = core.holding(trial);
                    if (c < bestCost) {
                        bestCost = c;
                        bestJ = j;
                    }
                }
                if (bestJ >= 0) {
                    moveRun(order, i, 1, bestJ, trial);
                    System.arraycopy(trial, 0, order, 0, n);
                    current = bestCost;
                    improved = true;
                }
            }
        }
        return current;
    }

    /** Each step places, at whichever end is cheaper, the scene that holds least now. */
    private int[] greedy() {
        int n = core.n;
        int[] order = new int[n];
        int lo = 0;
        int hi = n - 1;
        long q = core.allScenes;
        long fa = 0;
        long ba = 0;
        while (q != 0) {
            long aq = core.actorsOf(q);
            long bestScore = Long.MAX_VALUE;
            int bestScene = -1;
            boolean bestFront = true;
            for (long rest = q; rest != 0; rest &= rest - 1) {
                int s = Long.numberOfTrailingZeros(rest);
                long others = core.actorsOf(q & ~(1L << s));
                long sa = core.sceneActors[s];
                long frontHold = core.duration[s] * core.costOf(fa & (others | ba) & ~sa);
                long backHold = core.duration[s] * core.costOf(ba & (others | fa) & ~sa);
                // newly started actors will be held later: charge their cost once as a tie-break
                long frontNew = core.costOf(sa & ~fa & aq);
                long backNew = core.costOf(sa & ~ba & aq);
                long fScore = frontHold * 4 + frontNew;
                long bScore = backHold * 4 + backNew;
                if (fScore < bestScore) {
                    bestScore = fScore;
                    bestScene = s;
                    bestFront = true;
                }
                if (bScore < bestScore) {
                    bestScore = bScore;
                    bestScene = s;
                    bestFront = false;
                }
            }
            if (bestFront) {
                order[lo++] = bestScene;
                fa |= core.sceneActors[bestScene];
            } else {
                order[hi--] = bestScene;
                ba |= core.sceneActors[bestScene];
            }
            q &= ~(1L << bestScene);
        }
        return order;
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }
}
