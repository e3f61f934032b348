package dev.showrunner.planning.talent;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * The exact search over a {@link Core}: a bounded, memoised dynamic program over states
 * {@code (Q, F, B)} = (scenes not yet placed, actors already met at the front, actors already
 * met at the back), built from both ends. See {@link TalentSolver} for the account of the
 * algorithm; this class is its machinery. All costs here are holding costs.
 */
final class Search {

    /** Thrown to unwind the recursion when time is up or the caller cancelled. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    /** From this many remaining scenes up, children are ordered by their full bound. */
    static final int LOOK = 12;
    private static final long INF = Long.MAX_VALUE / 4;
    /** States marked while searched, when several searches share the memo: 2^16 slots. */
    private static final int BUSY_BITS = 16;
    /** Only states with this many scenes left or more are marked; smaller ones end quickly. */
    static final int BUSY_MIN_SCENES = 8;
    private static final VarHandle BUSY = MethodHandles.arrayElementVarHandle(int[].class);

    private final Core c;
    private final StateCache cache;
    private final BooleanSupplier stop;
    long nodes;
    /**
     * When several searches share the memo, how many of them are inside each state (hashed;
     * a collision only reorders children), else null. A search leaves a child another is
     * inside for last, by which time the other has often settled it (after ABDADA, Weill 1996).
     */
    private int[] busy;

    /** Exactness of the value last returned by {@link #solve}. */
    private boolean exact;

    // per-depth scratch
    private final long[][] single;
    /** The scenes a child places: one, or a run of scenes alike but for actors met at both ends. */
    private final long[][] childScenes;
    /** The actors of the scenes left after a child's placement. */
    private final long[][] childActors;
    private final boolean[][] childFront;
    private final long[][] childHold;
    private final long[][] childF;
    private final long[][] childBound;
    /** A child's own bound when computed while ordering the children, else -1. */
    private final long[][] childOwnBound;
    private final int[][] childRank;
    private final long[] pairKeys;
    private final int[] open;
    /** For each scene s, the other scenes of equal duration. */
    private final long[] sameLength;
    private final long[] openScenes;
    private final long[] openLength;
    /**
     * Triples of actors with a positive least holding among themselves, best first: weight
     * in the high bits, then the three actors' masks' bit indexes (6 bits each).
     */
    private final long[] triples;

    Search(Core core, int maxCacheEntries, BooleanSupplier stop) {
        this(core, sameLengths(core), triples(core), new StateCache(1 << 12, maxCacheEntries), null, stop);
    }

    /** A search over the given instance data and memo, with scratch space of its own. */
    private Search(Core core, long[] sameLength, long[] triples, StateCache cache, int[] busy, BooleanSupplier stop) {
        this.c = core;
        this.sameLength = sameLength;
        this.triples = triples;
        this.cache = cache;
        this.busy = busy;
        this.stop = stop;
        int depth = core.n + 1;
        single = new long[depth][core.n];
        childScenes = new long[depth][2 * core.n];
        childActors = new long[depth][2 * core.n];
        childFront = new boolean[depth][2 * core.n];
        childHold = new long[depth][2 * core.n];
        childF = new long[depth][2 * core.n];
        childBound = new long[depth][2 * core.n];
        childOwnBound = new long[depth][2 * core.n];
        childRank = new int[depth][2 * core.n];
        pairKeys = new long[core.m * (core.m - 1) / 2 + 1];
        open = new int[core.m];
        openScenes = new long[core.m];
        openLength = new long[core.m];
    }

    /** For each scene s, the other scenes of equal duration. */
    private static long[] sameLengths(Core core) {
        long[] same = new long[core.n];
        for (int s = 0; s < core.n; s++) {
            for (int t = 0; t < core.n; t++) {
                if (t != s && core.duration[t] == core.duration[s]) {
                    same[s] |= 1L << t;
                }
            }
        }
        return same;
    }

    /**
     * A search to run beside this one on another thread: the memo becomes shared (see
     * {@link StateCache#share()}) and both mark the states they are inside.
     */
    Search helper(BooleanSupplier helperStop) {
        cache.share();
        if (busy == null) {
            busy = new int[1 << BUSY_BITS];
        }
        return new Search(c, sameLength, triples, cache, busy, helperStop);
    }

    /** Forgets every mark; for when no search sharing them is running (a stopped one leaves its marks). */
    void clearMarks() {
        if (busy != null) {
            Arrays.fill(busy, 0);
        }
    }

    private static int busySlot(long q, long kf, long kb) {
        long h = q * 0x9E3779B97F4A7C15L + kf * 0xC2B2AE3D27D4EB4FL + kb;
        return (int) (h >>> (64 - BUSY_BITS));
    }

    StateCache cache() {
        return cache;
    }

    boolean lastExact() {
        return exact;
    }

    /**
     * For every three actors, the least holding cost the three alone can incur when all their
     * scenes are still to place: their scenes fall into at most seven kinds (which of the
     * three each needs); scenes of one kind go together, and a dynamic program over the
     * sets of kinds placed finds the cheapest order. Three actors who pairwise share scenes
     * and each have scenes of their own cannot all be on location without a wait, which no
     * bound on pairs sees (cf. the 3-grouping bound of "Talent hold cost minimization in film
     * production", J. Industrial and Management Optimization, doi:10.3934/jimo.2016013). Kept only when
     * positive, heaviest first.
     */
    private static long[] triples(Core c) {
        int m = c.m;
        if (m < 3 || (long) m * (m - 1) * (m - 2) / 6 > 50_000) {
            return new long[0];
        }
        long[] kindLength = new long[8];
        long[] best = new long[1 << 7];
        long[] found = new long[m * (m - 1) * (m - 2) / 6];
        int count = 0;
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                for (int k = j + 1; k < m; k++) {
                    java.util.Arrays.fill(kindLength, 0);
                    int[] who = {i, j, k};
                    for (long x = c.actorScenes[i] | c.actorScenes[j] | c.actorScenes[k]; x != 0; x &= x - 1) {
                        int s = Long.numberOfTrailingZeros(x);
                        int kind = 0;
                        for (int t = 0; t < 3; t++) {
                            kind |= (int) (c.sceneActors[s] >>> who[t] & 1) << t;
                        }
                        kindLength[kind] += c.duration[s];
                    }
                    long h = leastHolding(kindLength, new long[] {c.cost[i], c.cost[j], c.cost[k]}, best);
                    if (h > 0 && h < 1L << 40) {
                        found[count++] = h << 18 | (long) i << 12 | (long) j << 6 | k;
                    }
                }
            }
        }
        long[] result = java.util.Arrays.copyOf(found, count);
        java.util.Arrays.sort(result);
        for (int lo = 0, hi = count - 1; lo < hi; lo++, hi--) {
            long t = result[lo];
            result[lo] = result[hi];
            result[hi] = t;
        }
        return result;
    }

    /** Least holding of three actors whose scenes of kind k (bit t: actor t in it) last length[k]. */
    static long leastHolding(long[] length, long[] cost, long[] best) {
        int present = 0;
        for (int kind = 1; kind < 8; kind++) {
            if (length[kind] > 0) {
                present |= 1 << (kind - 1);
            }
        }
        java.util.Arrays.fill(best, INF);
        best[0] = 0;
        for (int placed = 0; placed < 1 << 7; placed++) {
            if (best[placed] == INF || (placed & ~present) != 0) {
                continue;
            }
            int met = 0;
            for (int kind = 1; kind < 8; kind++) {
                if ((placed >>> (kind - 1) & 1) != 0) {
                    met |= kind;
                }
            }
            for (int kind = 1; kind < 8; kind++) {
                int bit = 1 << (kind - 1);
                if ((present & bit) == 0 || (placed & bit) != 0) {
                    continue;
                }
                // actors met before this kind who have a kind still to come after it wait through it
                int stillToCome = 0;
                for (int other = 1; other < 8; other++) {
                    if (other != kind && (present >>> (other - 1) & 1) != 0 && (placed >>> (other - 1) & 1) == 0) {
                        stillToCome |= other;
                    }
                }
                int waiting = met & stillToCome & ~kind;
                long hold = 0;
                for (int t = 0; t < 3; t++) {
                    if ((waiting >>> t & 1) != 0) {
                        hold += cost[t] * length[kind];
                    }
                }
                best[placed | bit] = Math.min(best[placed | bit], best[placed] + hold);
            }
        }
        return best[present];
    }

    /**
     * A quick lower bound on the holding cost still to come in state (q, f, b), with aq =
     * actors of q: {@link #bound(long, long, long, long, long)} without its costliest part,
     * for ordering children and the first report.
     */
    long bound(long q, long aq, long f, long b) {
        return bound(q, aq, f, b, Long.MAX_VALUE, false);
    }

    /**
     * Lower bound on the holding cost still to come in state (q, f, b), for deciding whether
     * the state can be cut: it may stop early once above {@code enough}.
     */
    long bound(long q, long aq, long f, long b, long enough) {
        return bound(q, aq, f, b, enough, true);
    }

    private long bound(long q, long aq, long f, long b, long enough, boolean leavingOrder) {
        long lb = settled(q, aq, f, b);
        long openF = f & ~b & aq;
        long openB = b & ~f & aq;
        int k = 0;
        for (long x = openF | openB; x != 0; x &= x - 1) {
            int a = Long.numberOfTrailingZeros(x);
            open[k] = a;
            openScenes[k] = c.actorScenes[a] & q;
            openLength[k] = c.durationOf(openScenes[k]);
            k++;
        }
        if (k < 2 || lb > enough) {
            return lb;
        }
        // pairwise bound (after Qin et al. 2016): for two actors already on location at the same
        // end, whichever leaves first keeps the other waiting through its own scenes; for one at
        // each end sharing a remaining scene, every remaining scene without either holds one of
        // them. Pairs are combined through a greedy matching so no actor is counted twice.
        long[] keys = pairKeys;
        long length = c.durationOf(q);
        int p = 0;
        long sum = 0;
        boolean huge = false;
        for (int i = 0; i < k; i++) {
            int ai = open[i];
            boolean frontI = (openF >>> ai & 1) != 0;
            long si = openScenes[i];
            for (int j = i + 1; j < k; j++) {
                int aj = open[j];
                boolean frontJ = (openF >>> aj & 1) != 0;
                long sj = openScenes[j];
                long w;
                long shared = (si & sj) == 0 ? 0 : c.durationOf(si & sj);
                if (frontI == frontJ) {
                    long wij = c.cost[aj] * (openLength[i] - shared);
                    long wji = c.cost[ai] * (openLength[j] - shared);
                    w = Math.min(wij, wji);
                } else if (shared != 0) {
                    w = Math.min(c.cost[ai], c.cost[aj]) * (length - openLength[i] - openLength[j] + shared);
                } else {
                    w = 0;
                }
                if (w > 0) {
                    sum += w;
                    huge |= w >= 1L << 50;
                    // weight and pair packed in one long, so a primitive sort orders them
                    keys[p++] = (w << 12) | ((long) i << 6) | j;
                }
            }
        }
        long matching = 0;
        if (!huge) {
            // greedy, heaviest pair first: each round keeps the pairs whose actors are both
            // still free and takes the heaviest of them (cheaper than sorting all pairs, since
            // a round removes every pair touching the two actors taken)
            long used = 0;
            int live = p;
            while (live > 0) {
                long heaviest = -1;
                int kept = 0;
                for (int t = 0; t < live; t++) {
                    long key = keys[t];
                    long bits = (1L << ((key >>> 6) & 63)) | (1L << (key & 63));
                    if ((used & bits) == 0) {
                        keys[kept++] = key;
                        heaviest = Math.max(heaviest, key);
                    }
                }
                if (heaviest < 0) {
                    break;
                }
                used |= (1L << ((heaviest >>> 6) & 63)) | (1L << (heaviest & 63));
                matching += heaviest >>> 12;
                live = kept;
            }
        }
        long pairs = lb + Math.max(matching, sum / (k - 1));
        if (k < 3 || !leavingOrder || pairs > enough) {
            // with two open actors the pairwise bound is already exact; for ordering children
            // the dynamic program below costs more than it saves (measured)
            return pairs;
        }
        return Math.max(pairs, lb + waitingOrder(openF, openB, q));
    }

    /**
     * The part of {@link #bound(long, long, long, long, long)} beyond the quick bound: the
     * exact and unstarted parts plus the leaving order at each end, for a state whose quick
     * bound is already known.
     */
    private long leavingBound(long q, long aq, long f, long b) {
        long openF = f & ~b & aq;
        long openB = b & ~f & aq;
        if (Long.bitCount(openF | openB) < 3) {
            return 0;
        }
        return settled(q, aq, f, b) + waitingOrder(openF, openB, q);
    }

    /**
     * The parts of the bound for actors not on location at one end only: the exact holding
     * of those met at both ends and the triples of those not met yet.
     */
    private long settled(long q, long aq, long f, long b) {
        long lb = 0;
        for (long x = f & b; x != 0; x &= x - 1) {
            int a = Long.numberOfTrailingZeros(x);
            lb += c.cost[a] * c.durationOf(q & ~c.actorScenes[a]);
        }
        return lb + unstartedTriples(aq & ~(f | b));
    }

    /** Most actors at one end the leaving-order bound takes (2^8 subsets). */
    static final int SEQ_MAX = 8;
    private final long[] seqUnion = new long[1 << SEQ_MAX];
    private final long[] seqBest = new long[1 << SEQ_MAX];
    private final long[] seqScenes = new long[SEQ_MAX];
    private final long[] seqCost = new long[SEQ_MAX];

    /**
     * Least holding among actors all on location at one end (met there, scenes still to
     * come): they leave one by one, each after its last scene, and an actor waits through
     * every scene of those who left before it that it is not in. A dynamic program over the
     * sets of actors already gone finds the cheapest order of leaving. Only the dearest
     * {@link #SEQ_MAX} count, which keeps it a bound and its cost small.
     */
    private long closingOrder(long actors, long q) {
        int k = 0;
        long left = actors;
        while (left != 0 && k < SEQ_MAX) {
            int best = -1;
            for (long x = left; x != 0; x &= x - 1) {
                int a = Long.numberOfTrailingZeros(x);
                if (best < 0 || c.cost[a] > c.cost[best]) {
                    best = a;
                }
            }
            left &= ~(1L << best);
            seqScenes[k] = c.actorScenes[best] & q;
            seqCost[k] = c.cost[best];
            k++;
        }
        if (k < 2) {
            return 0;
        }
        int full = (1 << k) - 1;
        seqUnion[0] = 0;
        seqBest[0] = 0;
        for (int x = 1; x <= full; x++) {
            int low = Integer.numberOfTrailingZeros(x);
            seqUnion[x] = seqUnion[x & (x - 1)] | seqScenes[low];
            long best = Long.MAX_VALUE;
            // a is the last of x to leave: it waits through the scenes of the others in x
            for (int y = x; y != 0; y &= y - 1) {
                int a = Integer.numberOfTrailingZeros(y);
                int rest = x & ~(1 << a);
                long v = seqBest[rest] + seqCost[a] * c.durationOf(seqUnion[rest] & ~seqScenes[a]);
                if (v < best) {
                    best = v;
                }
            }
            seqBest[x] = best;
        }
        return seqBest[full];
    }

    /** Most actors on location, both ends together, the joint order takes (2^10 states). */
    static final int JOINT_MAX = 10;
    private final long[] jointBest = new long[1 << JOINT_MAX];
    private final long[] jointCover = new long[1 << JOINT_MAX];
    private final long[] frontGone = new long[1 << JOINT_MAX];
    private final long[] backCome = new long[1 << JOINT_MAX];
    private final long[] jointScenesF = new long[JOINT_MAX];
    private final long[] jointScenesB = new long[JOINT_MAX];
    private final long[] jointCostF = new long[JOINT_MAX];
    private final long[] jointCostB = new long[JOINT_MAX];
    private final int[] jointPartners = new int[JOINT_MAX];
    /** Per set of front actors: their daily cost, and the back actors sharing a scene with any of them. */
    private final long[] frontPaid = new long[1 << JOINT_MAX];
    private final int[] frontPartners = new int[1 << JOINT_MAX];
    /** Per set of back actors: their daily cost. */
    private final long[] backPaid = new long[1 << JOINT_MAX];

    /**
     * Least holding of the actors on location at either end (met there, scenes still to come),
     * over the orders in which those at the front leave and those at the back arrive, taken
     * together. Each leaves or arrives at a moment; a dynamic program over the sets gone and
     * come finds the cheapest sequence of moments, where
     * <ul>
     * <li>one at the front leaving waits through the scenes of those gone before it that it is
     *     not in, and one at the back arriving through the scenes of those who come after it
     *     (the leaving order of each end, as apart);</li>
     * <li>one at the front leaves only once everyone at the back it shares a scene with has
     *     come;</li>
     * <li>a scene with actors of the front only is shot before the first of them leaves, at a
     *     moment when, of each front/back pair sharing a scene among those gone and come by
     *     then, one is on location and in no way counted: at least the cheapest cover of
     *     those pairs. Likewise a scene with actors of the back only, after the last of them
     *     comes, among those still to go and to come;</li>
     * <li>a scene with no such actor, wherever it goes, holds the cheapest cover of all the
     *     pairs.</li>
     * </ul>
     * Each charge is an actor waiting through a scene that no other charge counts, so the sum
     * is a bound. With more actors than {@link #JOINT_MAX}, the ends are taken apart.
     */
    private long waitingOrder(long openF, long openB, long q) {
        int kf = Long.bitCount(openF);
        int kb = Long.bitCount(openB);
        if (kf == 0 || kb == 0 || kf + kb > JOINT_MAX) {
            return closingOrder(openF, q) + closingOrder(openB, q) + freeScenes(openF, openB, q);
        }
        long fronts = load(openF, q, jointScenesF, jointCostF);
        long backs = load(openB, q, jointScenesB, jointCostB);
        int i;
        int j;
        for (i = 0; i < kf; i++) {
            int partners = 0;
            for (j = 0; j < kb; j++) {
                if ((jointScenesF[i] & jointScenesB[j]) != 0) {
                    partners |= 1 << j;
                }
            }
            jointPartners[i] = partners;
        }
        int allF = (1 << kf) - 1;
        int allB = (1 << kb) - 1;
        frontGone[0] = 0;
        frontPaid[0] = 0;
        frontPartners[0] = 0;
        for (int d = 1; d <= allF; d++) {
            int low = Integer.numberOfTrailingZeros(d);
            frontGone[d] = frontGone[d & (d - 1)] | jointScenesF[low];
            frontPaid[d] = frontPaid[d & (d - 1)] + jointCostF[low];
            frontPartners[d] = frontPartners[d & (d - 1)] | jointPartners[low];
        }
        backCome[0] = 0;
        backPaid[0] = 0;
        for (int a = 1; a <= allB; a++) {
            int low = Integer.numberOfTrailingZeros(a);
            backCome[a] = backCome[a & (a - 1)] | jointScenesB[low];
            backPaid[a] = backPaid[a & (a - 1)] + jointCostB[low];
        }
        long frontOnly = fronts & ~backs;
        long backOnly = backs & ~fronts;
        int states = 1 << (kf + kb);
        java.util.Arrays.fill(jointBest, 0, states, INF);
        java.util.Arrays.fill(jointCover, 0, states, -1);
        jointBest[0] = 0;
        for (int state = 0; state < states; state++) {
            long v = jointBest[state];
            if (v >= INF) {
                continue;
            }
            int gone = state & allF;
            int come = state >>> kf;
            long goneScenes = frontGone[gone];
            for (int left = allF & ~gone; left != 0; left &= left - 1) {
                i = Integer.numberOfTrailingZeros(left);
                if ((jointPartners[i] & ~come) != 0) {
                    continue;
                }
                long w = v + jointCostF[i] * c.durationOf(goneScenes & ~jointScenesF[i]);
                long first = frontOnly & jointScenesF[i] & ~goneScenes;
                if (first != 0) {
                    w += c.durationOf(first) * cover(gone, come, kf);
                }
                int next = state | 1 << i;
                if (w < jointBest[next]) {
                    jointBest[next] = w;
                }
            }
            for (int arriving = allB & ~come; arriving != 0; arriving &= arriving - 1) {
                j = Integer.numberOfTrailingZeros(arriving);
                int after = allB & ~come & ~(1 << j);
                long later = backCome[after];
                long w = v + jointCostB[j] * c.durationOf(later & ~jointScenesB[j]);
                long last = backOnly & jointScenesB[j] & ~later;
                if (last != 0) {
                    w += c.durationOf(last) * cover(allF & ~gone, after, kf);
                }
                int next = state | 1 << (kf + j);
                if (w < jointBest[next]) {
                    jointBest[next] = w;
                }
            }
        }
        long none = q & ~fronts & ~backs;
        long free = none == 0 ? 0 : c.durationOf(none) * cover(allF, allB, kf);
        return jointBest[states - 1] + free;
    }

    /** Each actor's remaining scenes and daily cost, by index; returns all their remaining scenes. */
    private long load(long actors, long q, long[] scenes, long[] cost) {
        long all = 0;
        int i = 0;
        for (long x = actors; x != 0; x &= x - 1, i++) {
            int a = Long.numberOfTrailingZeros(x);
            scenes[i] = c.actorScenes[a] & q;
            cost[i] = c.cost[a];
            all |= scenes[i];
        }
        return all;
    }

    /**
     * The cheapest set of actors that holds one of each pair sharing a scene, among the front
     * actors {@code front} and back actors {@code back} (indexes into the joint order's
     * arrays), remembered for the current joint order.
     */
    private long cover(int front, int back, int kf) {
        int key = front | back << kf;
        long known = jointCover[key];
        if (known >= 0) {
            return known;
        }
        long best = INF;
        // the front actors in the cover are paid; those left out need all their partners
        for (int in = front; ; in = (in - 1) & front) {
            best = Math.min(best, frontPaid[in] + backPaid[frontPartners[front & ~in] & back]);
            if (in == 0) {
                break;
            }
        }
        jointCover[key] = best;
        return best;
    }

    /** Sides of at most this many actors get the exact cover (2^10 subsets); larger ones none. */
    private static final int COVER_MAX = 10;
    private final long[] coverNeed = new long[COVER_MAX];
    private final long[] coverCost = new long[COVER_MAX];

    /**
     * Holding of the actors on location at either end during the remaining scenes none of them
     * is in, which neither leaving order counts: the same cover as {@link #cover}, for ends too
     * many for the joint order's tables (so over actor masks rather than indexes). An actor met at the front and one met at the
     * back who share a remaining scene are on location together there, so at every moment at
     * least one of them is: whoever is on location during such a scene covers every sharing
     * pair, and costs at least the cheapest such cover (a minimum weight vertex cover of the
     * bipartite graph of sharing pairs, found by trying each subset of the smaller end).
     */
    private long freeScenes(long openF, long openB, long q) {
        if (openF == 0 || openB == 0) {
            return 0;
        }
        long covered = 0;
        for (long x = openF | openB; x != 0; x &= x - 1) {
            covered |= c.actorScenes[Long.numberOfTrailingZeros(x)];
        }
        long free = q & ~covered;
        if (free == 0) {
            return 0;
        }
        long small = Long.bitCount(openF) <= Long.bitCount(openB) ? openF : openB;
        long large = small == openF ? openB : openF;
        int k = 0;
        long sharing = 0;
        for (long x = small; x != 0; x &= x - 1) {
            int a = Long.numberOfTrailingZeros(x);
            long need = 0;
            for (long y = large; y != 0; y &= y - 1) {
                int b = Long.numberOfTrailingZeros(y);
                if ((c.actorScenes[a] & c.actorScenes[b] & q) != 0) {
                    need |= 1L << b;
                }
            }
            if (need != 0) {
                if (k == COVER_MAX) {
                    return 0;
                }
                coverNeed[k] = need;
                coverCost[k] = c.cost[a];
                sharing |= need;
                k++;
            }
        }
        if (k == 0) {
            return 0;
        }
        // actors of the smaller end in the cover are paid; those left out need all their partners
        long cheapest = c.costOf(sharing);
        for (int in = 1; in < 1 << k; in++) {
            long paid = 0;
            long need = 0;
            for (int i = 0; i < k; i++) {
                if ((in >>> i & 1) != 0) {
                    paid += coverCost[i];
                } else {
                    need |= coverNeed[i];
                }
            }
            cheapest = Math.min(cheapest, paid + c.costOf(need));
        }
        return c.durationOf(free) * cheapest;
    }

    /**
     * Holding bound for actors none of whose scenes is placed yet: disjoint triples taken
     * greedily, heaviest first (each actor in one triple at most, so the sum is a bound).
     */
    private long unstartedTriples(long unstarted) {
        if (Long.bitCount(unstarted) < 3 || triples.length == 0) {
            return 0;
        }
        // the sum depends on the set alone, and few sets recur: remember them
        int slot = (int) ((unstarted * 0x9E3779B97F4A7C15L) >>> (64 - TRIPLE_MEMO_BITS));
        if (tripleMemoKey[slot] == unstarted) {
            return tripleMemoValue[slot];
        }
        long sum = greedyTriples(unstarted);
        tripleMemoKey[slot] = unstarted;
        tripleMemoValue[slot] = sum;
        return sum;
    }

    private static final int TRIPLE_MEMO_BITS = 12;
    private final long[] tripleMemoKey = new long[1 << TRIPLE_MEMO_BITS];
    private final long[] tripleMemoValue = new long[1 << TRIPLE_MEMO_BITS];

    private long greedyTriples(long unstarted) {
        long used = 0;
        long sum = 0;
        for (long t : triples) {
            long bits = 1L << (t >>> 12 & 63) | 1L << (t >>> 6 & 63) | 1L << (t & 63);
            if ((bits & unstarted & ~used) == bits) {
                used |= bits;
                sum += t >>> 18;
                if (Long.bitCount(unstarted & ~used) < 3) {
                    break;
                }
            }
        }
        return sum;
    }

    /**
     * Fills the children of state (q, f, b) at {@code depth}; returns their count. Children are
     * placements of one remaining scene at the front or at the back (all at one end, chosen
     * per state), with the holding cost the placement itself incurs.
     */
    int expand(long q, long aq, long f, long b, int depth, long budget) {
        long[] sing = single[depth];
        for (long x = q; x != 0; x &= x - 1) {
            sing[Long.numberOfTrailingZeros(x)] = 0;
        }
        for (long x = aq; x != 0; x &= x - 1) {
            int a = Long.numberOfTrailingZeros(x);
            long rem = c.actorScenes[a] & q;
            if ((rem & (rem - 1)) == 0) {
                sing[Long.numberOfTrailingZeros(rem)] |= 1L << a;
            }
        }
        long openF = f & ~b & aq;
        long openB = b & ~f & aq;
        // forced placement: every actor of s already met at that end, and every actor open at
        // that end is in s, so shooting s there now lengthens nobody's stay
        for (long x = q; x != 0; x &= x - 1) {
            int s = Long.numberOfTrailingZeros(x);
            long sa = c.sceneActors[s];
            if ((sa & ~f) == 0 && (openF & ~sa) == 0) {
                return one(depth, s, true, q, aq, f, b);
            }
            if ((sa & ~b) == 0 && (openB & ~sa) == 0) {
                return one(depth, s, false, q, aq, f, b);
            }
        }
        // grow the end that has met fewer actors, and between two ends that have met as many,
        // the one whose actors on location cost less a day. Measured: the count alone keeps the
        // ends balanced and beats strict alternation or the end with fewer children; the cost
        // as tie-break visits 13 % fewer states on random instances and as many on the films
        // (the cost alone: 16 % fewer on random instances but 80 % more on the films).
        int metFront = Long.bitCount(f);
        int metBack = Long.bitCount(b);
        boolean front = metFront != metBack ? metFront < metBack : c.costOf(openF) <= c.costOf(openB);
        long met = front ? f : b;
        long other = front ? b : f;
        // scenes whose casts differ only in actors met at both ends (on location throughout, so
        // their cost no longer depends on the order) are alike for every other actor: as with
        // scenes of one cast (de la Banda et al., Reduction), some optimal order shoots them
        // back to back, so they are placed together, as one child
        long both = f & b;
        long grouped = 0;
        long multiple = 0;
        int k = 0;
        for (long x = q; x != 0; x &= x - 1) {
            int s = Long.numberOfTrailingZeros(x);
            if ((grouped >>> s & 1) != 0) {
                continue;
            }
            long key = c.sceneActors[s] & ~both;
            long group = 1L << s;
            for (long y = both == 0 ? 0 : x & (x - 1); y != 0; y &= y - 1) {
                int t = Long.numberOfTrailingZeros(y);
                if ((c.sceneActors[t] & ~both) == key) {
                    group |= 1L << t;
                }
            }
            grouped |= group;
            if ((group & (group - 1)) != 0) {
                multiple |= group;
            }
            childScenes[depth][k++] = group;
        }
        int kept = 0;
        for (int i = 0; i < k; i++) {
            long group = childScenes[depth][i];
            int s = Long.numberOfTrailingZeros(group);
            if ((group & (group - 1)) == 0) {
                // the swap behind the dominance rule keeps runs of alike scenes together only
                // when both scenes stand alone
                if (dominated(s, q, met, both, multiple)) {
                    continue;
                }
                long rest = aq & ~sing[s];
                childScenes[depth][kept] = group;
                childActors[depth][kept] = rest;
                childHold[depth][kept] = c.duration[s] * c.costOf(met & (rest | other) & ~c.sceneActors[s]);
                childF[depth][kept] = met | c.sceneActors[s];
            } else {
                long rest = c.actorsOf(q & ~group);
                long waiting = met & (rest | other);
                long hold = 0;
                long cast = 0;
                for (long y = group; y != 0; y &= y - 1) {
                    int t = Long.numberOfTrailingZeros(y);
                    hold += c.duration[t] * c.costOf(waiting & ~c.sceneActors[t]);
                    cast |= c.sceneActors[t];
                }
                childScenes[depth][kept] = group;
                childActors[depth][kept] = rest;
                childHold[depth][kept] = hold;
                childF[depth][kept] = met | cast;
            }
            childFront[depth][kept] = front;
            kept++;
        }
        return kept;
    }

    private int one(int depth, int s, boolean front, long q, long aq, long f, long b) {
        long sa = c.sceneActors[s];
        long rest = aq & ~single[depth][s];
        long met = front ? f : b;
        long other = front ? b : f;
        childScenes[depth][0] = 1L << s;
        childActors[depth][0] = rest;
        childFront[depth][0] = front;
        childHold[depth][0] = c.duration[s] * c.costOf(met & (rest | other) & ~sa);
        childF[depth][0] = met | sa;
        return 1;
    }

    /**
     * Placing s at this end is dominated by placing t first when t lasts as long, needs every
     * actor of s and more, and all of t's other actors have already been met at this end:
     * swapping s and t then lengthens nobody's stay (Garcia de la Banda et al. 2011, the
     * subsumption rule, restricted to equal durations where the swap argument holds). Actors
     * met at both ends do not count, and neither s nor t may belong to a run of alike scenes.
     */
    private boolean dominated(int s, long q, long met, long both, long grouped) {
        long sa = c.sceneActors[s];
        // actors met at both ends are on location throughout whatever the order, so only the
        // others count: t needs every other actor of s, and more
        long own = sa & ~both;
        for (long x = sameLength[s] & q & ~grouped; x != 0; x &= x - 1) {
            long ta = c.sceneActors[Long.numberOfTrailingZeros(x)];
            if ((own & ~ta) == 0 && (ta & ~both) != own && (ta & ~(met | sa)) == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The least holding cost still to come from state (q, f, b) if it is at most {@code budget}
     * (then {@link #lastExact()} is true), otherwise some proven lower bound above
     * {@code budget} ({@link #lastExact()} false).
     */
    long solve(long q, long f, long b, long budget) {
        return solve(q, c.actorsOf(q), f, b, budget, -1);
    }

    /** As above; {@code known} is a lower bound the caller already computed, or -1. */
    private long solve(long q, long aq, long f, long b, long budget, long known) {
        if (q == 0) {
            exact = true;
            return 0;
        }
        if ((++nodes & 1023) == 0 && stop.getAsBoolean()) {
            throw new Stopped();
        }
        long fn = f & (aq | b);
        long bn = b & (aq | f);
        f = fn;
        b = bn;
        long kf = Math.min(f, b);
        long kb = Math.max(f, b);
        long entry = cache.get(q, kf, kb);
        long lb = 0;
        if (entry != StateCache.MISSING) {
            long v = entry >>> 1;
            if ((entry & 1) != 0) {
                exact = true;
                return v;
            }
            if (v > budget) {
                exact = false;
                return v;
            }
            lb = v;
        }
        if ((q & (q - 1)) == 0) {
            int s = Long.numberOfTrailingZeros(q);
            long v = c.duration[s] * c.costOf(f & b & ~c.sceneActors[s]);
            exact = true;
            return v;
        }
        if (known >= 0) {
            lb = Math.max(lb, known);
            if (lb <= budget) {
                lb = Math.max(lb, leavingBound(q, aq, f, b));
            }
        } else {
            lb = Math.max(lb, bound(q, aq, f, b, budget));
        }
        if (lb > budget) {
            cache.put(q, kf, kb, lb, false);
            exact = false;
            return lb;
        }
        int depth = c.n - Long.bitCount(q);
        int k = expand(q, aq, f, b, depth, budget);
        boolean lookahead = Long.bitCount(q) >= LOOK;
        boolean marking = busy != null && Long.bitCount(q) >= BUSY_MIN_SCENES;
        int mark = marking ? busySlot(q, kf, kb) : -1;
        if (marking) {
            BUSY.getAndAdd(busy, mark, 1);
        }
        long[] placed = childScenes[depth];
        long[] left = childActors[depth];
        boolean[] front = childFront[depth];
        long[] hold = childHold[depth];
        long[] met = childF[depth];
        long[] est = childBound[depth];
        long[] own = childOwnBound[depth];
        // children are tried cheapest first by their own holding plus what the memo knows of
        // them, or near the root their bound, which is handed down so the child does not
        // compute it again. The memo is asked for all children first: its answers are mostly
        // misses of the processor's cache, which overlap when no long computation stands
        // between them
        for (int i = 0; i < k; i++) {
            long q2 = q & ~placed[i];
            long aq2 = left[i];
            long f2 = front[i] ? met[i] : f;
            long b2 = front[i] ? b : met[i];
            f2 &= aq2 | b2;
            b2 &= aq2 | f2;
            own[i] = q2 == 0 ? 0 : cache.get(q2, Math.min(f2, b2), Math.max(f2, b2));
        }
        for (int i = 0; i < k; i++) {
            long e = own[i];
            long h = 0;
            own[i] = -1;
            if (e != StateCache.MISSING) {
                h = e >>> 1;
            } else if (lookahead) {
                long aq2 = left[i];
                long f2 = front[i] ? met[i] : f;
                long b2 = front[i] ? b : met[i];
                f2 &= aq2 | b2;
                b2 &= aq2 | f2;
                h = bound(q & ~placed[i], aq2, f2, b2);
                own[i] = h;
            }
            est[i] = hold[i] + h;
        }
        // children within the budget, cheapest estimate first (insertion sort of their
        // indexes: k is small); the others are cut here and only their least estimate counts
        int[] rank = childRank[depth];
        int live = 0;
        long lowest = INF;
        for (int i = 0; i < k; i++) {
            long e = est[i];
            if (e > budget) {
                lowest = Math.min(lowest, e);
                continue;
            }
            int j = live++;
            while (j > 0 && est[rank[j - 1]] > e) {
                rank[j] = rank[j - 1];
                j--;
            }
            rank[j] = i;
        }
        long best = INF;
        // a child another search is inside is put back after the others (rank holds 2n, the
        // children at most n), where the search comes to it once it has tried or cut the rest;
        // children are only marked when searches share the memo
        boolean childrenMarked = marking && Long.bitCount(q) > BUSY_MIN_SCENES;
        int end = live;
        for (int r0 = 0; r0 < end; r0++) {
            int i = rank[r0];
            long limit = Math.min(budget, best - 1);
            if (est[i] > limit) {
                lowest = Math.min(lowest, est[i]);
                if (r0 < live) {
                    r0 = live - 1; // the rest of the first pass is cut too: on to those put back
                    continue;
                }
                break;
            }
            long q2 = q & ~placed[i];
            long f2 = front[i] ? met[i] : f;
            long b2 = front[i] ? b : met[i];
            if (r0 < live && childrenMarked && othersInside(q2, left[i], f2, b2)) {
                rank[end++] = i;
                continue;
            }
            long r = solve(q2, left[i], f2, b2, limit - hold[i], own[i]);
            long total = hold[i] + r;
            if (exact && total <= limit) {
                best = total;
            } else {
                lowest = Math.min(lowest, total);
            }
        }
        if (marking) {
            BUSY.getAndAdd(busy, mark, -1);
        }
        if (best < INF) {
            cache.put(q, kf, kb, best, true);
            exact = true;
            return best;
        }
        long result = Math.max(lb, lowest);
        cache.put(q, kf, kb, result, false);
        exact = false;
        return result;
    }

    /** Whether another search is inside the state (q2, f2, b2), whose remaining actors are aq2. */
    private boolean othersInside(long q2, long aq2, long f2, long b2) {
        long fn = f2 & (aq2 | b2);
        long bn = b2 & (aq2 | f2);
        return (int) BUSY.getOpaque(busy, busySlot(q2, Math.min(fn, bn), Math.max(fn, bn))) > 0;
    }

    /**
     * Rebuilds an order of the remaining scenes of state (q, f, b) achieving {@code value},
     * which {@link #solve} proved exact: front scenes into {@code order} from {@code lo}, back
     * scenes from {@code hi} down.
     */
    void reconstruct(long q, long f, long b, long value, int[] order, int lo, int hi) {
        while (q != 0) {
            long aq = c.actorsOf(q);
            f &= aq | b;
            b &= aq | f;
            int depth = c.n - Long.bitCount(q);
            int k = expand(q, aq, f, b, depth, value);
            boolean found = false;
            for (int i = 0; i < k && !found; i++) {
                long placed = childScenes[depth][i];
                boolean front = childFront[depth][i];
                long hold = childHold[depth][i];
                long met = childF[depth][i];
                if (hold > value) {
                    continue;
                }
                long q2 = q & ~placed;
                long f2 = front ? met : f;
                long b2 = front ? b : met;
                long r = solve(q2, f2, b2, value - hold);
                if (exact && r + hold == value) {
                    found = true;
                    for (long x = placed; x != 0; x &= x - 1) {
                        if (front) {
                            order[lo++] = Long.numberOfTrailingZeros(x);
                        } else {
                            order[hi--] = Long.numberOfTrailingZeros(x);
                        }
                    }
                    q = q2;
                    f = f2;
                    b = b2;
                    value -= hold;
                }
            }
            if (!found) {
                throw new IllegalStateException("no child reproduces the proven value " + value);
            }
        }
    }
}
