package dev.showrunner.planning.talent;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The memo of the search: for a state (remaining scenes, actors started at the front, actors
 * started at the back) either its exact cost to go or a proven lower bound on it. Open
 * addressing in two-slot buckets; starts small, doubles while under its limit, and once at
 * the limit replaces the entry of the two with fewer remaining scenes (cheapest to
 * recompute), so memory stays bounded as in Qin et al.'s bounded cache.
 *
 * <p>After {@link #share()} several searches may use it at once: it no longer grows while they
 * run, and each bucket carries a stamp, odd while a writer is in it and advanced when the
 * writer leaves (a sequence lock). A reader that sees the stamp odd or changed across its read
 * treats the bucket as empty, and a writer that finds it taken drops its entry. Both are safe
 * answers for a memo, so nobody waits and no torn entry is ever believed. Between two
 * searches, {@link #growShared()} doubles a shared memo that has filled, so a long proof gets
 * the memory it needs and a short one never takes it.
 *
 * <p>Should the heap refuse a larger table, the memo keeps the one it has and grows no more:
 * a smaller memo only costs time.
 */
final class StateCache {

    static final long MISSING = -1;
    /** Bytes per entry: four longs. */
    static final int ENTRY_BYTES = 32;
    /** The size a memo takes when it becomes shared, unless its limit is smaller: 128 MB. */
    static final int SHARED_START = 1 << 22;

    private static final VarHandle STAMP = MethodHandles.arrayElementVarHandle(int[].class);

    /** The most entries; lowered to the size reached when the heap refuses a larger table. */
    private int maxEntries;
    private final int sharedStart;
    /** Entries of four longs side by side (one cache line): Q, F, B, value. */
    private long[] table;
    private int mask;
    private int size;
    /** One stamp per bucket once shared, else null. */
    private int[] stamps;

    StateCache(int initialEntries, int maxEntries) {
        this(initialEntries, maxEntries, SHARED_START);
    }

    /** As above, taking {@code sharedStart} entries (or the limit) when shared. */
    StateCache(int initialEntries, int maxEntries, int sharedStart) {
        this.maxEntries = Integer.highestOneBit(Math.max(maxEntries, 2));
        this.sharedStart = sharedStart;
        allocate(Math.min(Integer.highestOneBit(Math.max(initialEntries, 2)), this.maxEntries));
    }

    private void allocate(int capacity) {
        long[] t = new long[capacity * 4]; // may throw OutOfMemoryError, leaving this memo as it was
        for (int i = 3; i < t.length; i += 4) {
            t[i] = MISSING;
        }
        table = t;
        mask = capacity - 1;
        size = 0;
    }

    /**
     * Moves every entry into a new table of {@code capacity} entries; false, with nothing
     * changed and the limit lowered to the present size, when the heap cannot spare it.
     */
    private boolean rehash(int capacity) {
        long[] old = table;
        try {
            allocate(capacity);
        } catch (OutOfMemoryError e) {
            maxEntries = capacity();
            return false;
        }
        for (int i = 0; i < old.length; i += 4) {
            if (old[i + 3] != MISSING) {
                long v = old[i + 3];
                write(old[i], old[i + 1], old[i + 2], v >>> 1, (v & 1) != 0);
            }
        }
        return true;
    }

    int size() {
        return size;
    }

    int capacity() {
        return mask + 1;
    }

    private static int hash(long q, long f, long b) {
        long h = q * 0x9E3779B97F4A7C15L ^ f * 0xC2B2AE3D27D4EB4FL ^ b * 0x165667B19E3779F9L;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 29;
        return (int) h;
    }

    boolean shared() {
        return stamps != null;
    }

    /**
     * Makes the memo safe for several searches at once. It takes its shared starting size
     * ({@link #SHARED_START} unless told otherwise, at most its limit) now, since it cannot
     * grow while they run, and keeps what it holds. Call before the other searches start.
     */
    void share() {
        if (stamps != null) {
            return;
        }
        int start = Math.min(maxEntries, Math.max(capacity(), sharedStart));
        if (start > capacity()) {
            rehash(start);
        }
        stamps = new int[(mask + 1) / 2];
    }

    /**
     * Doubles a shared memo more than half full, keeping what it holds, unless it is at its
     * limit. Only while no search uses it (between two solves of a team). The count of
     * entries is approximate once shared (writers on several threads), which is all a
     * decision to grow needs.
     *
     * @return whether it grew
     */
    boolean growShared() {
        if (stamps == null || capacity() >= maxEntries || size * 2L <= capacity()) {
            return false;
        }
        int[] oldStamps = stamps;
        stamps = null; // rehash writes without stamps: nobody else is in the memo
        boolean grown = rehash(capacity() * 2);
        stamps = grown ? new int[(mask + 1) / 2] : oldStamps;
        return grown;
    }

    /** The encoded entry {@code (v << 1) | exact}, or {@link #MISSING}. */
    long get(long q, long f, long b) {
        if (stamps != null) {
            return sharedGet(q, f, b);
        }
        long[] t = table;
        int i = (hash(q, f, b) & mask & ~1) << 2;
        if (t[i] == q && t[i + 1] == f && t[i + 2] == b && t[i + 3] != MISSING) {
            return t[i + 3];
        }
        i += 4;
        if (t[i] == q && t[i + 1] == f && t[i + 2] == b && t[i + 3] != MISSING) {
            return t[i + 3];
        }
        return MISSING;
    }

    private long sharedGet(long q, long f, long b) {
        long[] t = table;
        int bucket = (hash(q, f, b) & mask) >>> 1;
        int stamp = (int) STAMP.getAcquire(stamps, bucket);
        if ((stamp & 1) != 0) {
            return MISSING;
        }
        int i = bucket << 3;
        long found = MISSING;
        if (t[i] == q && t[i + 1] == f && t[i + 2] == b) {
            found = t[i + 3];
        } else if (t[i + 4] == q && t[i + 5] == f && t[i + 6] == b) {
            found = t[i + 7];
        }
        VarHandle.loadLoadFence();
        return (int) STAMP.getVolatile(stamps, bucket) == stamp ? found : MISSING;
    }

    void put(long q, long f, long b, long v, boolean exact) {
        if (stamps != null) {
            int bucket = (hash(q, f, b) & mask) >>> 1;
            int stamp = (int) STAMP.getVolatile(stamps, bucket);
            if ((stamp & 1) != 0 || !STAMP.compareAndSet(stamps, bucket, stamp, stamp + 1)) {
                return; // another search is writing this bucket: the entry is only a saving
            }
            try {
                write(q, f, b, v, exact);
            } finally {
                STAMP.setRelease(stamps, bucket, stamp + 2);
            }
            return;
        }
        write(q, f, b, v, exact);
    }

    private void write(long q, long f, long b, long v, boolean exact) {
        long encoded = (v << 1) | (exact ? 1 : 0);
        long[] t = table;
        int i = (hash(q, f, b) & mask & ~1) << 2;
        int j = i + 4;
        if (t[i] == q && t[i + 1] == f && t[i + 2] == b && t[i + 3] != MISSING) {
            t[i + 3] = encoded;
            return;
        }
        if (t[j] == q && t[j + 1] == f && t[j + 2] == b && t[j + 3] != MISSING) {
            t[j + 3] = encoded;
            return;
        }
        if (size * 2L > capacity() && capacity() < maxEntries && stamps == null && rehash(capacity() * 2)) {
            write(q, f, b, v, exact);
            return;
        }
        int slot;
        if (t[i + 3] == MISSING) {
            slot = i;
        } else if (t[j + 3] == MISSING) {
            slot = j;
        } else {
            slot = Long.bitCount(t[i]) <= Long.bitCount(t[j]) ? i : j;
            size--;
        }
        t[slot] = q;
        t[slot + 1] = f;
        t[slot + 2] = b;
        t[slot + 3] = encoded;
        size++;
    }
}
