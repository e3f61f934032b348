package dev.showrunner.studio.store;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleCallbackDecorator;

/*
 * Why SQLite's work runs on platform threads (issue 21, item 1).
 *
 * SQLite runs inside this process: its reading, writing and syncing are native calls, and a
 * virtual thread in a native call holds its carrier. With 2 cores there are 2 carriers, so under
 * a crowd of saves both were busy inside SQLite most of the time, and a request that touches no
 * database queued behind them (prober p50 25 ms, p99 196 ms, against 2 ms and 38 ms on
 * PostgreSQL, whose work runs in its own processes). Here every handle callback runs on one of
 * a few platform threads, which the operating system time-slices like any other; the request's
 * virtual thread parks until it is done, and its carrier serves other requests meanwhile.
 */
/** Runs every SQLite handle callback on a bounded pool of platform threads. */
final class SqliteThreads implements HandleCallbackDecorator, AutoCloseable {

    private final ExecutorService pool;
    private final ThreadLocal<Boolean> inPool = ThreadLocal.withInitial(() -> false);

    /** {@code threads}: as many as the connection pool has connections, since each callback holds one. */
    SqliteThreads(int threads) {
        this.pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("sqlite-", 1).daemon(true).factory());
    }

    @Override
    public <R, X extends Exception> HandleCallback<R, X> decorate(HandleCallback<R, X> callback) {
        return handle -> {
            if (inPool.get()) {
                return callback.withHandle(handle);
            }
            Future<R> result = pool.submit(() -> {
                inPool.set(true);
                try {
                    return callback.withHandle(handle);
                } finally {
                    inPool.set(false);
                }
            });
            return this.<R, X>await(result);
        };
    }

    /**
     * Waits for the callback to finish, even when interrupted: the handle it uses is closed once
     * this returns, so it must not be returned to while the pool thread still works on it.
     */
    private <R, X extends Exception> R await(Future<R> result) throws X {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return result.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw this.<X>rethrow(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The callback's own exception, as it would have thrown it on the caller's thread. */
    @SuppressWarnings("unchecked")
    private <X extends Exception> X rethrow(Throwable cause) throws X {
        if (cause instanceof Error error) {
            throw error;
        }
        throw (X) cause;
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
