package dev.showrunner.planning.talent;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Preprocessing that shrinks an instance without changing its optimal holding cost
 * (Garcia de la Banda, Stuckey &amp; Chu 2011, section 4; Qin et al. 2016, section 4.1),
 * repeated until nothing changes:
 *
 * <ol>
 *   <li>an actor with no cost, in at most one scene, or in every remaining scene is never
 *       held (or its holding cannot be changed), so it leaves the problem;
 *   <li>scenes needing exactly the same actors are shot back to back in some optimal order,
 *       so they merge into one scene with the summed duration;
 *   <li>a scene left with no actors goes first: nobody is on location yet, so it holds
 *       nobody, and taking it out of the middle of any order never lengthens a stay.
 * </ol>
 *
 * What remains is the <em>core</em>: super-scenes (runs of original scenes) and the actors
 * that matter.
 */
final class Reduction {

    /** Original scenes shot first (those left with no actor). */
    final int[] front;
    /** For each core scene, the original scenes it stands for, in shooting order. */
    final int[][] members;
    /** Original index of each core actor. */
    final int[] actors;
    /** For each core scene, the core actors it needs. */
    final BitSet[] sceneActors;
    final long[] durations;
    final long[] costs;

    private Reduction(int[] front, int[][] members, int[] actors, BitSet[] sceneActors, long[] durations, long[] costs) {
        this.front = front;
        this.members = members;
        this.actors = actors;
        this.sceneActors = sceneActors;
        this.durations = durations;
        this.costs = costs;
    }

    int sceneCount() {
        return members.length;
    }

    int actorCount() {
        return actors.length;
    }

    static Reduction of(TalentInstance instance) {
        int n = instance.sceneCount();
        int m = instance.actorCount();
        List<BitSet> sets = new ArrayList<>(n);
        List<Long> durs = new ArrayList<>(n);
        List<List<Integer>> mems = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            BitSet set = new BitSet(m);
            for (int a = 0; a < m; a++) {
                if (instance.appears(a, s)) {
                    set.set(a);
                }
            }
            sets.add(set);
            durs.add(instance.duration(s));
            List<Integer> list = new ArrayList<>(1);
            list.add(s);
            mems.add(list);
        }
        BitSet active = new BitSet(m);
        active.set(0, m);
        List<Integer> front = new ArrayList<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            int[] count = new int[m];
            for (BitSet set : sets) {
                for (int a = set.nextSetBit(0); a >= 0; a = set.nextSetBit(a + 1)) {
                    count[a]++;
                }
            }
            BitSet drop = new BitSet(m);
            for (int a = active.nextSetBit(0); a >= 0; a = active.nextSetBit(a + 1)) {
                if (instance.cost(a) == 0 || count[a] <= 1 || count[a] == sets.size()) {
                    drop.set(a);
                }
            }
            if (!drop.isEmpty()) {
                changed = true;
                active.andNot(drop);
                for (BitSet set : sets) {
                    set.andNot(drop);
                }
            }
            // scenes with nobody left go first, after those emptied in earlier rounds: a scene
            // emptied now may hold an actor dropped for being in every remaining scene, and
            // the scenes already at the front lie outside that actor's stay
            List<Integer> emptied = new ArrayList<>();
            for (int i = 0; i < sets.size(); i++) {
                if (sets.get(i).isEmpty()) {
                    changed = true;
                    emptied.addAll(mems.get(i));
                    sets.remove(i);
                    durs.remove(i);
                    mems.remove(i);
                    i--;
                }
            }
            front.addAll(emptied);
            // identical scenes merge
            Map<BitSet, Integer> seen = new HashMap<>();
            for (int i = 0; i < sets.size(); i++) {
                Integer first = seen.putIfAbsent(sets.get(i), i);
                if (first != null) {
                    changed = true;
                    mems.get(first).addAll(mems.get(i));
                    durs.set(first, Math.addExact(durs.get(first), durs.get(i)));
                    sets.remove(i);
                    durs.remove(i);
                    mems.remove(i);
                    i--;
                }
            }
        }
        int[] actorIndex = active.stream().toArray();
        int[] coreOf = new int[m];
        for (int i = 0; i < actorIndex.length; i++) {
            coreOf[actorIndex[i]] = i;
        }
        int k = sets.size();
        BitSet[] sceneActors = new BitSet[k];
        long[] durations = new long[k];
        int[][] members = new int[k][];
        for (int i = 0; i < k; i++) {
            BitSet core = new BitSet(actorIndex.length);
            BitSet set = sets.get(i);
            for (int a = set.nextSetBit(0); a >= 0; a = set.nextSetBit(a + 1)) {
                core.set(coreOf[a]);
            }
            sceneActors[i] = core;
            durations[i] = durs.get(i);
            members[i] = mems.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        long[] costs = new long[actorIndex.length];
        for (int i = 0; i < actorIndex.length; i++) {
            costs[i] = instance.cost(actorIndex[i]);
        }
        return new Reduction(front.stream().mapToInt(Integer::intValue).toArray(), members, actorIndex, sceneActors,
                durations, costs);
    }

    /** The original order for a core order. */
    int[] expand(int[] coreOrder) {
        int total = front.length;
        for (int[] m : members) {
            total += m.length;
        }
        int[] order = new int[total];
        System.arraycopy(front, 0, order, 0, front.length);
        int at = front.length;
        for (int s : coreOrder) {
            System.arraycopy(members[s], 0, order, at, members[s].length);
            at += members[s].length;
        }
        return order;
    }
}
