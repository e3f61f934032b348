package dev.showrunner.planning.talent;

import java.util.Arrays;

/**
 * The memo of the search: for a state (remaining scenes, actors started at the front, actors
 * started at the back) either its exact cost to go or a proven lower bound on it. Open
 * addressing in two-slot buckets; starts small, doubles while under its limit, and once at
 * the limit replaces the entry of the two with fewer remaining scenes (cheapest to
 * recompute), so memory stays bounded as in Qin et al.'s bounded cache.
 */
final class StateCache {

    static final long MISSING = -1;

    private final int maxEntries;
    private long[] keyQ;
    private long[] keyF;
    private long[] keyB;
    private long[] value; // (v << 1) | exact, or -1 when empty
    private int mask;
    private int size;

    StateCache(int initialEntries, int maxEntries) {
        this.maxEntries = Integer.highestOneBit(Math.max(maxEntries, 2));
        allocate(Math.min(Integer.highestOneBit(Math.max(initialEntries, 2)), this.maxEntries));
    }

    private void allocate(int capacity) {
        keyQ = new long[capacity];
        keyF = new long[capacity];
        keyB = new long[capacity];
        value = new long[capacity];
        Arrays.fill(value, MISSING);
        mask = capacity - 1;
        size = 0;
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

    /** The encoded entry {@code (v << 1) | exact}, or {@link #MISSING}. */
    long get(long q, long f, long b) {
        int i = hash(q, f, b) & mask & ~1;
        if (value[i] != MISSING && keyQ[i] == q && keyF[i] == f && keyB[i] == b) {
            return value[i];
        }
        i++;
        if (value[i] != MISSING && keyQ[i] == q && keyF[i] == f && keyB[i] == b) {
            return value[i];
        }
        return MISSING;
    }

    void put(long q, long f, long b, long v, boolean exact) {
        long encoded = (v << 1) | (exact ? 1 : 0);
        int i = hash(q, f, b) & mask & ~1;
        int j = i + 1;
        if (value[i] != MISSING && keyQ[i] == q && keyF[i] == f && keyB[i] == b) {
            value[i] = encoded;
            return;
        }
        if (value[j] != MISSING && keyQ[j] == q && keyF[j] == f && keyB[j] == b) {
            value[j] = encoded;
            return;
        }
        if (size * 2L > capacity() && capacity() < maxEntries) {
            grow();
            put(q, f, b, v, exact);
            return;
        }
        int slot;
        if (value[i] == MISSING) {
            slot = i;
        } else if (value[j] == MISSING) {
            slot = j;
        } else {
            slot = Long.bitCount(keyQ[i]) <= Long.bitCount(keyQ[j]) ? i : j;
            size--;
        }
        keyQ[slot] = q;
        keyF[slot] = f;
        keyB[slot] = b;
        value[slot] = encoded;
        size++;
    }

    private void grow() {
        long[] oq = keyQ;
        long[] of = keyF;
        long[] ob = keyB;
        long[] ov = value;
        allocate(capacity() * 2);
        for (int i = 0; i < ov.length; i++) {
            if (ov[i] != MISSING) {
                long v = ov[i];
                put(oq[i], of[i], ob[i], v >>> 1, (v & 1) != 0);
            }
        }
    }
}
