package dev.showrunner.planning.talent;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * How long the solver may run and whom it tells how far it got.
 *
 * @param timeLimit wall-clock limit; the solver then returns its best order and bound
 * @param cancelled polled often; once it returns true the solver stops the same way
 * @param progress told of each improvement of the best cost or the lower bound
 * @param maxCacheEntries upper bound on remembered search states (32 bytes each); the
 *     cache starts small and grows to this size as it fills, then replaces old entries
 * @param seed seed of the randomised local search that finds the first orders
 * @param threads most threads the exact search uses; a search that has not finished after
 *     its first half second is joined by the others, sharing one memo (which then doubles
 *     between phases of the proof as it fills)
 * @param nodeLimit most search nodes (states expanded; beyond the exact search, moves tried)
 *     before the solver returns its best order and bound, {@link #NO_NODE_LIMIT} for none. With
 *     a node limit the solver measures its phases in nodes instead of time, so on one thread
 *     ({@code threads} 1) and without a time limit it does the same work on any machine: the
 *     budget for tests and for comparing runs, where a time limit gives a faster machine more
 */
public record SolveOptions(
        Duration timeLimit,
        BooleanSupplier cancelled,
        Consumer<Progress> progress,
        int maxCacheEntries,
        long seed,
        int threads,
        long nodeLimit) {

    /** {@link #nodeLimit()} when the nodes are not counted: only time or cancellation stops the run. */
    public static final long NO_NODE_LIMIT = Long.MAX_VALUE;

    /** The default limit of the memo: see {@link #memoLimitFor(long)}, for this JVM's heap. */
    public static final int DEFAULT_MAX_CACHE_ENTRIES = memoLimitFor(Runtime.getRuntime().maxMemory());

    /**
     * The most states the memo may remember in a heap of {@code heapBytes}: as many as fill
     * half of it, rounded down to a power of two, at least 65 536 and at most 2^27 (4 GiB).
     * The memo starts small and grows only as a search fills it, so a short proof never takes
     * this much; a long one needs it (see TalentSolver, point 3).
     */
    public static int memoLimitFor(long heapBytes) {
        long entries = Math.max(1, heapBytes / 2 / StateCache.ENTRY_BYTES);
        return (int) Math.clamp(Long.highestOneBit(entries), 1 << 16, 1 << 27);
    }

    public SolveOptions {
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(cancelled, "cancelled");
        Objects.requireNonNull(progress, "progress");
        if (timeLimit.isNegative()) {
            throw new IllegalArgumentException("negative time limit");
        }
        if (maxCacheEntries < 1024) {
            throw new IllegalArgumentException("maxCacheEntries must be at least 1024");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        if (nodeLimit < 1) {
            throw new IllegalArgumentException("nodeLimit must be at least 1");
        }
    }

    /**
     * No time limit, never cancelled, no progress reports, default cache, seed 1, a thread for
     * each processor, no node limit.
     */
    public static SolveOptions defaults() {
        return new SolveOptions(Duration.ofDays(365), () -> false, p -> {}, DEFAULT_MAX_CACHE_ENTRIES, 1,
                Runtime.getRuntime().availableProcessors(), NO_NODE_LIMIT);
    }

    public SolveOptions withTimeLimit(Duration limit) {
        return new SolveOptions(limit, cancelled, progress, maxCacheEntries, seed, threads, nodeLimit);
    }

    public SolveOptions withCancellation(BooleanSupplier signal) {
        return new SolveOptions(timeLimit, signal, progress, maxCacheEntries, seed, threads, nodeLimit);
    }

    public SolveOptions withProgress(Consumer<Progress> listener) {
        return new SolveOptions(timeLimit, cancelled, listener, maxCacheEntries, seed, threads, nodeLimit);
    }

    public SolveOptions withMaxCacheEntries(int entries) {
        return new SolveOptions(timeLimit, cancelled, progress, entries, seed, threads, nodeLimit);
    }

    public SolveOptions withSeed(long newSeed) {
        return new SolveOptions(timeLimit, cancelled, progress, maxCacheEntries, newSeed, threads, nodeLimit);
    }

    public SolveOptions withThreads(int count) {
        return new SolveOptions(timeLimit, cancelled, progress, maxCacheEntries, seed, count, nodeLimit);
    }

    /** Stops after {@code nodes} search nodes: see {@link #nodeLimit()}. */
    public SolveOptions withNodeLimit(long nodes) {
        return new SolveOptions(timeLimit, cancelled, progress, maxCacheEntries, seed, threads, nodes);
    }

    /**
     * A report while solving: the best total cost found, the proven lower bound on the
     * optimum, search nodes so far and the time spent.
     */
    public record Progress(long bestCost, long lowerBound, long nodes, Duration elapsed) {
        /** Relative gap {@code (best - bound) / best}, 0 when proven optimal. */
        public double gap() {
            return bestCost == 0 ? 0 : (double) (bestCost - lowerBound) / bestCost;
        }
    }
}
