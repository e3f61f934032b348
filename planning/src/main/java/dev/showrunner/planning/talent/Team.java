package dev.showrunner.planning.talent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Searches on several threads proving one budget from the root at once, over one shared memo
 * (the "lazy" parallel search of game-tree programs, with ABDADA's deferral, see
 * {@link Search}). Every search answers the whole question; the first to finish gives the
 * answer and the others stop. They help each other through the memo: a state one has
 * settled, the others look up instead of searching, and each leaves the states another is
 * inside for last. Without helpers it is the main search alone.
 */
final class Team implements AutoCloseable {

    private final Search main;
    private final AtomicBoolean finished;
    private final List<Search> helpers = new ArrayList<>();
    private ExecutorService pool;
    /** The answer of the search that finished first, guarded by this. */
    private boolean answered;
    private long value;
    private boolean exact;

    /**
     * @param main the search on the caller's thread; its stop condition must include
     *     {@code finished}, which this team sets when some search has answered
     */
    Team(Search main, AtomicBoolean finished) {
        this.main = main;
        this.finished = finished;
    }

    /**
     * Adds helpers up to {@code size} searches in all, each stopping when {@code stop} says
     * (which must include {@code finished}: the main search sets it when it stops).
     */
    void grow(int size, BooleanSupplier stop) {
        if (helpers.size() + 1 >= size) {
            return;
        }
        if (pool == null) {
            pool = Executors.newFixedThreadPool(size - 1, runnable -> {
                Thread t = new Thread(runnable, "talent-search-helper");
                t.setDaemon(true);
                return t;
            });
        }
        while (helpers.size() + 1 < size) {
            helpers.add(main.helper(stop));
        }
    }

    long nodes() {
        long sum = main.nodes;
        for (Search h : helpers) {
            sum += h.nodes;
        }
        return sum;
    }

    /** Whether the value last returned by {@link #solve} is the exact cost (else a bound above the budget). */
    synchronized boolean lastExact() {
        return exact;
    }

    /**
     * As {@link Search#solve(long, long, long, long)} from the root, by every search of the
     * team; throws {@link Search.Stopped} when all were stopped before any answered.
     */
    long solve(long root, long budget) {
        if (helpers.isEmpty()) {
            long r = main.solve(root, 0, 0, budget);
            synchronized (this) {
                value = r;
                exact = main.lastExact();
                return r;
            }
        }
        synchronized (this) {
            answered = false;
        }
        finished.set(false);
        List<Future<?>> running = new ArrayList<>();
        for (Search helper : helpers) {
            running.add(pool.submit(() -> {
                try {
                    long r = helper.solve(root, 0, 0, budget);
                    offer(r, helper.lastExact());
                } catch (Search.Stopped e) {
                    // another search answered, or time is up
                } catch (RuntimeException | Error e) {
                    finished.set(true); // stop the others: the failure is reported below
                    throw e;
                }
            }));
        }
        Throwable failure = null;
        try {
            long r = main.solve(root, 0, 0, budget);
            offer(r, main.lastExact());
        } catch (Search.Stopped e) {
            // the phase or the run is over, or a helper answered
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            finished.set(true); // whatever ended the main search ends the helpers'
        }
        // wait for every helper even if interrupted: they stop within a moment, and the next
        // solve must not start while one still runs on its scratch space
        boolean interrupted = false;
        for (Future<?> f : running) {
            while (true) {
                try {
                    f.get();
                    break;
                } catch (ExecutionException e) {
                    failure = failure != null ? failure : e.getCause();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        // every search has returned; the ones stopped midway left their marks behind
        main.clearMarks();
        finished.set(false);
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        synchronized (this) {
            if (!answered) {
                throw new Search.Stopped();
            }
            return value;
        }
    }

    private synchronized void offer(long r, boolean isExact) {
        if (!answered) {
            answered = true;
            value = r;
            exact = isExact;
            finished.set(true);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
