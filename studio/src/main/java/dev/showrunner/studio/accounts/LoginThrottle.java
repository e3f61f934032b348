package dev.showrunner.studio.accounts;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Slows password guessing: after {@value #FREE_FAILURES} failed sign-ins for one key (an
 * address or an e-mail) further tries wait, doubling from one second up to fifteen minutes. A
 * success clears the key. Kept in memory: a restart forgives, which is acceptable for a studio.
 */
final class LoginThrottle {

    static final int FREE_FAILURES = 5;
    private static final long MAX_WAIT_MILLIS = 15 * 60_000L;

    private record Failures(int count, long lastAt) {}

    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final LongSupplier clock;

    LoginThrottle(LongSupplier clock) {
        this.clock = clock;
    }

    /** Milliseconds the key must still wait before another try; 0 when it may try now. */
    long waitFor(String key) {
        Failures f = failures.get(key);
        if (f == null || f.count() < FREE_FAILURES) {
            return 0;
        }
        int over = Math.min(f.count() - FREE_FAILURES, 20);
        long wait = Math.min(1000L << over, MAX_WAIT_MILLIS);
        return Math.max(0, f.lastAt() + wait - clock.getAsLong());
    }

    void failed(String key) {
        long now = clock.getAsLong();
        failures.merge(key, new Failures(1, now), (old, one) ->
                now - old.lastAt() > MAX_WAIT_MILLIS * 2 ? one : new Failures(old.count() + 1, now));
    }

    void succeeded(String key) {
        failures.remove(key);
    }
}
