package dev.showrunner.planning.talent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class StateCacheTest {

    /** The value every writer stores for a key, so any other value read is a torn entry. */
    private static long valueOf(long q, long f, long b) {
        return (q * 31 + f * 7 + b) & 0xFFFF_FFFFL;
    }

    @Test
    void get_afterPut_returnsTheValueAndWhetherExact() {
        StateCache cache = new StateCache(4, 1024);

        cache.put(0b1011, 0b01, 0b10, 42, true);
        cache.put(0b0111, 0b01, 0b10, 17, false);

        assertThat(cache.get(0b1011, 0b01, 0b10)).isEqualTo(42L << 1 | 1);
        assertThat(cache.get(0b0111, 0b01, 0b10)).isEqualTo(17L << 1);
        assertThat(cache.get(0b0111, 0b01, 0b11)).isEqualTo(StateCache.MISSING);
    }

    @Test
    void share_keepsWhatTheMemoHeld() {
        StateCache cache = new StateCache(4, 1 << 12);
        for (long q = 1; q <= 500; q++) {
            cache.put(q, q >>> 1, q >>> 2, valueOf(q, q >>> 1, q >>> 2), q % 2 == 0);
        }
        long[] before = new long[501];
        for (long q = 1; q <= 500; q++) {
            before[(int) q] = cache.get(q, q >>> 1, q >>> 2);
        }

        cache.share();

        assertThat(cache.shared()).isTrue();
        assertThat(cache.capacity()).isEqualTo(1 << 12);
        int kept = 0;
        for (long q = 1; q <= 500; q++) {
            assertThat(cache.get(q, q >>> 1, q >>> 2)).isEqualTo(before[(int) q]);
            kept += before[(int) q] == StateCache.MISSING ? 0 : 1;
        }
        assertThat(kept).isGreaterThan(400);
    }

    @Test
    void share_takesTheSharedStartingSize_butNeverMoreThanItsLimit() {
        StateCache small = new StateCache(4, 1 << 12, 1 << 13);
        StateCache large = new StateCache(4, 1 << 16, 1 << 13);

        small.share();
        large.share();

        assertThat(small.capacity()).isEqualTo(1 << 12);
        assertThat(large.capacity()).isEqualTo(1 << 13);
    }

    @Test
    void growShared_doublesAMemoMoreThanHalfFull_andKeepsWhatItHeld() {
        StateCache growing = new StateCache(1 << 10, 1 << 14, 1 << 12);
        growing.share();
        assertThat(growing.capacity()).isEqualTo(1 << 12);
        int entries = 3 * growing.capacity() / 4;
        for (long q = 1; q <= entries; q++) {
            growing.put(q, q >>> 1, q >>> 2, valueOf(q, q >>> 1, q >>> 2), q % 2 == 0);
        }
        long[] before = new long[entries + 1];
        for (long q = 1; q <= entries; q++) {
            before[(int) q] = growing.get(q, q >>> 1, q >>> 2);
        }

        boolean grew = growing.growShared();

        assertThat(grew).isTrue();
        assertThat(growing.capacity()).isEqualTo(1 << 13);
        assertThat(growing.shared()).isTrue();
        for (long q = 1; q <= entries; q++) {
            assertThat(growing.get(q, q >>> 1, q >>> 2)).isEqualTo(before[(int) q]);
        }
    }

    @Test
    void growShared_leavesAMemoAtItsLimitOrLessThanHalfFull() {
        StateCache atLimit = new StateCache(1 << 10, 1 << 12, 1 << 12);
        atLimit.share();
        for (long q = 1; q <= 4000; q++) {
            atLimit.put(q, 0, 0, q, true);
        }
        StateCache roomy = new StateCache(1 << 10, 1 << 14, 1 << 12);
        roomy.share();
        for (long q = 1; q <= 100; q++) {
            roomy.put(q, 0, 0, q, true);
        }

        assertThat(atLimit.growShared()).isFalse();
        assertThat(atLimit.capacity()).isEqualTo(1 << 12);
        assertThat(roomy.growShared()).isFalse();
        assertThat(roomy.capacity()).isEqualTo(1 << 12);
        assertThat(roomy.get(42, 0, 0)).isEqualTo(42L << 1 | 1);
    }

    @Test
    void sharedCache_manyThreadsWritingAndReadingTheSameBuckets_neverReturnsATornEntry() throws Exception {
        // a small table and few keys, so writers keep replacing each other's entries in the
        // same buckets while readers read them
        StateCache cache = new StateCache(1024, 1024);
        cache.share();
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<long[]>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long seed = t;
                results.add(pool.submit(() -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    long hits = 0;
                    long wrong = 0;
                    for (int i = 0; i < 2_000_000; i++) {
                        long q = random.nextLong(1, 4096);
                        long f = q * 0x9E37L & 0xFF;
                        long b = q >>> 3;
                        if (random.nextBoolean()) {
                            cache.put(q, f, b, valueOf(q, f, b), (q & 1) == 0);
                        } else {
                            long e = cache.get(q, f, b);
                            if (e != StateCache.MISSING) {
                                hits++;
                                if (e != (valueOf(q, f, b) << 1 | ((q & 1) == 0 ? 1 : 0))) {
                                    wrong++;
                                }
                            }
                        }
                    }
                    return new long[] {hits, wrong};
                }));
            }
            long hits = 0;
            for (Future<long[]> r : results) {
                long[] counts = r.get();
                hits += counts[0];
                assertThat(counts[1]).as("entries read torn").isZero();
            }
            assertThat(hits).as("the memo still answers while shared").isPositive();
        } finally {
            pool.shutdownNow();
        }
    }
}
