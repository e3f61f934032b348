package dev.showrunner.planning.talent;

import java.util.Arrays;
import java.util.Objects;

/**
 * A talent scheduling instance: scenes with durations, actors with daily costs, and which
 * actors each scene needs. Immutable.
 *
 * <p>Cost model: the scenes are shot in one sequence; an actor is paid its daily cost for
 * every day from the first day of its first scene to the last day of its last scene. The
 * <em>total cost</em> of an order is the sum over actors; the <em>holding cost</em> is the
 * part paid for days an actor waits without working. The two differ by a constant, so one
 * order minimises both.
 */
public final class TalentInstance {

    private final String name;
    private final int scenes;
    private final int actors;
    private final long[][] plays; // plays[actor] = bit set over scenes
    private final long[] costs;
    private final long[] durations;

    private TalentInstance(String name, long[][] plays, long[] costs, long[] durations) {
        this.name = name;
        this.scenes = durations.length;
        this.actors = costs.length;
        this.plays = plays;
        this.costs = costs;
        this.durations = durations;
    }

    /**
     * Builds an instance.
     *
     * @param name a label, may be empty
     * @param appears {@code appears[a][s]} is true when actor {@code a} is in scene {@code s}
     * @param costs each actor's daily cost, not negative
     * @param durations each scene's duration in days, not negative
     * @throws IllegalArgumentException when the sizes disagree or a number is negative
     */
    public static TalentInstance of(String name, boolean[][] appears, long[] costs, long[] durations) {
        Objects.requireNonNull(name, "name");
        if (appears.length != costs.length) {
            throw new IllegalArgumentException(appears.length + " actor rows but " + costs.length + " costs");
        }
        long[][] plays = new long[appears.length][];
        for (int a = 0; a < appears.length; a++) {
            if (appears[a].length != durations.length) {
                throw new IllegalArgumentException("actor " + (a + 1) + " has " + appears[a].length
                        + " scene flags but there are " + durations.length + " scenes");
            }
            plays[a] = new long[words(durations.length)];
            for (int s = 0; s < durations.length; s++) {
                if (appears[a][s]) {
                    plays[a][s >>> 6] |= 1L << s;
                }
            }
        }
        return checked(name, plays, costs.clone(), durations.clone());
    }

    /** Builds from bit rows already laid out as {@code long} words; takes ownership. */
    static TalentInstance ofBits(String name, long[][] plays, long[] costs, long[] durations) {
        return checked(name, plays, costs, durations);
    }

    private static TalentInstance checked(String name, long[][] plays, long[] costs, long[] durations) {
        for (int a = 0; a < costs.length; a++) {
            if (costs[a] < 0) {
                throw new IllegalArgumentException("actor " + (a + 1) + " has a negative cost");
            }
        }
        for (int s = 0; s < durations.length; s++) {
            if (durations[s] < 0) {
                throw new IllegalArgumentException("scene " + (s + 1) + " has a negative duration");
            }
        }
        if (!fitsInLong(costs, durations)) {
            throw new IllegalArgumentException("costs and durations too large: a schedule's total cost would overflow");
        }
        return new TalentInstance(name, plays, costs, durations);
    }

    /** Whether every cost this instance can produce (all actors, the whole shoot) fits in a long. */
    static boolean fitsInLong(long[] costs, long[] durations) {
        try {
            long c = 0;
            for (long x : costs) {
                c = Math.addExact(c, x);
            }
            long d = 0;
            for (long x : durations) {
                d = Math.addExact(d, x);
            }
            return Math.multiplyHigh(c, d) == 0 && c * d >= 0 && c * d < Long.MAX_VALUE / 4;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    static int words(int bits) {
        return (bits + 63) >>> 6;
    }

    public String name() {
        return name;
    }

    public int sceneCount() {
        return scenes;
    }

    public int actorCount() {
        return actors;
    }

    /** Whether actor {@code actor} (0-based) is in scene {@code scene} (0-based). */
    public boolean appears(int actor, int scene) {
        Objects.checkIndex(actor, actors);
        Objects.checkIndex(scene, scenes);
        return (plays[actor][scene >>> 6] & (1L << scene)) != 0;
    }

    public long cost(int actor) {
        return costs[actor];
    }

    public long duration(int scene) {
        return durations[scene];
    }

    /** The cost actors are paid for the days they work, the same for every order. */
    public long workingCost() {
        long total = 0;
        for (int a = 0; a < actors; a++) {
            long days = 0;
            for (int s = 0; s < scenes; s++) {
                if (appears(a, s)) {
                    days += durations[s];
                }
            }
            total = Math.addExact(total, Math.multiplyExact(days, costs[a]));
        }
        return total;
    }

    /**
     * The total cost of shooting the scenes in {@code order}.
     *
     * @param order a permutation of {@code 0 .. sceneCount()-1}
     * @throws IllegalArgumentException when {@code order} is not a permutation
     */
    public long totalCost(int[] order) {
        checkPermutation(order);
        long[] start = new long[scenes + 1];
        for (int i = 0; i < scenes; i++) {
            start[i + 1] = start[i] + durations[order[i]];
        }
        long total = 0;
        for (int a = 0; a < actors; a++) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < scenes; i++) {
                if (appears(a, order[i])) {
                    if (first < 0) {
                        first = i;
                    }
                    last = i;
                }
            }
            if (first >= 0) {
                total = Math.addExact(total, Math.multiplyExact(costs[a], start[last + 1] - start[first]));
            }
        }
        return total;
    }

    /** The holding cost of {@code order}: {@link #totalCost} minus {@link #workingCost}. */
    public long holdingCost(int[] order) {
        return totalCost(order) - workingCost();
    }

    private void checkPermutation(int[] order) {
        if (order.length != scenes) {
            throw new IllegalArgumentException("order has " + order.length + " scenes, instance has " + scenes);
        }
        boolean[] seen = new boolean[scenes];
        for (int s : order) {
            if (s < 0 || s >= scenes || seen[s]) {
                throw new IllegalArgumentException("order is not a permutation: " + Arrays.toString(order));
            }
            seen[s] = true;
        }
    }

    long[] playsWords(int actor) {
        return plays[actor];
    }

    @Override
    public String toString() {
        return "TalentInstance[" + name + ", " + scenes + " scenes, " + actors + " actors]";
    }
}
