package dev.showrunner.planning.talent;

import java.util.SplittableRandom;

/**
 * Random talent scheduling instances in the style of the benchmark sets of Garcia de la
 * Banda, Stuckey &amp; Chu (2011) and Qin et al. (2016): {@code n} scenes and {@code m} actors,
 * each actor in each scene independently with probability {@code density}, daily costs uniform
 * in {@code 1..maxCost}, durations uniform in {@code 1..maxDuration}. Every scene gets at
 * least one actor and every actor at least two scenes (otherwise preprocessing would simply
 * remove them), so the nominal size is the real size. The same arguments always give the same
 * instance.
 */
public final class RandomInstances {

    private RandomInstances() {}

    /**
     * @param scenes n, at least 2
     * @param actors m, at least 1
     * @param density probability that an actor is in a scene, in (0, 1]
     * @param maxCost largest daily cost, at least 1
     * @param maxDuration longest scene, at least 1
     * @param seed the random seed
     */
    public static TalentInstance generate(int scenes, int actors, double density, int maxCost, int maxDuration,
            long seed) {
        if (scenes < 2 || actors < 1 || !(density > 0 && density <= 1) || maxCost < 1 || maxDuration < 1) {
            throw new IllegalArgumentException("need scenes >= 2, actors >= 1, 0 < density <= 1, maxCost >= 1, maxDuration >= 1");
        }
        SplittableRandom random = new SplittableRandom(seed);
        boolean[][] appears = new boolean[actors][scenes];
        for (int a = 0; a < actors; a++) {
            for (int s = 0; s < scenes; s++) {
                appears[a][s] = random.nextDouble() < density;
            }
            int count = 0;
            for (int s = 0; s < scenes; s++) {
                count += appears[a][s] ? 1 : 0;
            }
            while (count < 2) {
                int s = random.nextInt(scenes);
                if (!appears[a][s]) {
                    appears[a][s] = true;
                    count++;
                }
            }
        }
        for (int s = 0; s < scenes; s++) {
            boolean any = false;
            for (int a = 0; a < actors; a++) {
                any |= appears[a][s];
            }
            if (!any) {
                appears[random.nextInt(actors)][s] = true;
            }
        }
        long[] costs = new long[actors];
        for (int a = 0; a < actors; a++) {
            costs[a] = 1 + random.nextInt(maxCost);
        }
        long[] durations = new long[scenes];
        for (int s = 0; s < scenes; s++) {
            durations[s] = 1 + random.nextInt(maxDuration);
        }
        String name = "random-n" + scenes + "-m" + actors + "-d" + Math.round(density * 100) + "-s" + seed;
        return TalentInstance.of(name, appears, costs, durations);
    }
}
