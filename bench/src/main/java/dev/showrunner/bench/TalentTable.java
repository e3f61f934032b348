package dev.showrunner.bench;

import dev.showrunner.planning.talent.RandomInstances;
import dev.showrunner.planning.talent.SolveOptions;
import dev.showrunner.planning.talent.TalentInstance;
import dev.showrunner.planning.talent.TalentSolution;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark table for random talent scheduling instances (generator:
 * {@link RandomInstances}, in the style of Garcia de la Banda et al. 2011 and Qin et al. 2016):
 * for each group (n scenes, m actors) it solves a fixed set of seeded instances with a time
 * cap and prints the share proven optimal, the median time (an unproven instance counts as
 * the cap) and the mean gap of the unproven ones, as a Markdown table.
 *
 * <pre>
 * ./mvnw -B -q -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar dev.showrunner.bench.TalentTable \
 *      --scenes 16,20,24,28,32,36,40 --actors 8,10,12,14,16,18,20,22 --per-group 10 --cap 60
 * </pre>
 *
 * Other options: {@code --density 0.3} (share of actor-scene pairs), {@code --max-cost 100},
 * {@code --max-duration 5}, {@code --seed 1}, {@code --threads N} (default: every processor),
 * {@code --memo 4} (the most search states remembered, in millions; the default is the solver's),
 * {@code --first K} (skip each group's first K instances, to go on from an earlier run).
 */
public final class TalentTable {

    public static void main(String[] args) {
        int[] scenes = {16, 20, 24, 28, 32, 36, 40};
        int[] actors = {8, 10, 12, 14, 16, 18, 20, 22};
        int perGroup = 10;
        int first = 0;
        int cap = 60;
        double density = 0.3;
        int maxCost = 100;
        int maxDuration = 5;
        long seed = 1;
        int threads = Runtime.getRuntime().availableProcessors();
        int memoMillions = SolveOptions.DEFAULT_MAX_CACHE_ENTRIES >> 20;
        // a whole grid runs for hours: anything not understood stops with the usage, never runs it
        for (int i = 0; i < args.length; i += 2) {
            if (args[i].equals("--help") || args[i].equals("-h")) {
                System.out.println(USAGE);
                return;
            }
            if (i + 1 == args.length) {
                usageError(args[i] + " needs a value");
            }
            String v = args[i + 1];
            try {
                switch (args[i]) {
                    case "--scenes" -> scenes = ints(v);
                    case "--actors" -> actors = ints(v);
                    case "--per-group" -> perGroup = Integer.parseInt(v);
                    case "--first" -> first = Integer.parseInt(v);
                    case "--cap" -> cap = Integer.parseInt(v);
                    case "--density" -> density = Double.parseDouble(v);
                    case "--max-cost" -> maxCost = Integer.parseInt(v);
                    case "--max-duration" -> maxDuration = Integer.parseInt(v);
                    case "--seed" -> seed = Long.parseLong(v);
                    case "--threads" -> threads = Integer.parseInt(v);
                    case "--memo" -> memoMillions = Integer.parseInt(v);
                    default -> usageError("unknown option " + args[i]);
                }
            } catch (NumberFormatException e) {
                usageError(args[i] + ": \"" + v + "\" is not a number");
            }
        }
        if (perGroup < 1 || cap < 1 || threads < 1) {
            usageError("--per-group, --cap and --threads must be at least 1");
        }
        if (first < 0) {
            usageError("--first must be 0 or more");
        }
        if (memoMillions < 1 || memoMillions > 256) {
            usageError("--memo is in millions of states, 1 to 256");
        }
        System.out.printf("density %.2f, costs 1..%d, durations 1..%d, %d instances per group from instance %d, cap %d s,"
                + " seed %d, %d threads, memo %d Mi states%n%n", density, maxCost, maxDuration, perGroup, first, cap, seed,
                threads, memoMillions);
        System.out.println("| n | m | proven | median s | mean gap of unproven |");
        System.out.println("|---|---|---|---|---|");
        for (int n : scenes) {
            for (int m : actors) {
                List<Double> times = new ArrayList<>();
                int proven = 0;
                double gaps = 0;
                for (int k = 0; k < perGroup; k++) {
                    long instanceSeed = seed * 1_000_003L + n * 1000L + m * 10L + first + k;
                    TalentInstance instance = RandomInstances.generate(n, m, density, maxCost, maxDuration, instanceSeed);
                    TalentSolution solution = dev.showrunner.planning.talent.TalentSolver.solve(instance,
                            SolveOptions.defaults().withTimeLimit(Duration.ofSeconds(cap)).withMaxCacheEntries(memoMillions << 20)
                                    .withThreads(threads));
                    if (solution.proven()) {
                        proven++;
                        times.add(solution.elapsed().toNanos() / 1e9);
                    } else {
                        times.add((double) cap);
                        gaps += solution.gap();
                    }
                }
                double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
                int unproven = perGroup - proven;
                System.out.printf("| %d | %d | %d/%d | %.3f | %s |%n", n, m, proven, perGroup, median,
                        unproven == 0 ? "-" : String.format("%.1f%%", 100 * gaps / unproven));
            }
        }
    }

    private static final String USAGE = """
            usage: TalentTable [--scenes 16,20,...] [--actors 8,10,...] [--per-group 10] [--cap 60]
                               [--density 0.3] [--max-cost 100] [--max-duration 5] [--seed 1] [--threads N]
                               [--memo 4] [--first 0]
            Solves --per-group seeded random instances for every scenes x actors group, each capped at
            --cap seconds, and prints the share proven, the median time and the mean gap as a Markdown
            table. --memo is the most search states remembered, in millions (32 bytes each); the
            default is the solver's, half the heap. --first K skips each group's first K instances.
            The defaults are the whole grid of n = 16..40 by m = 8..22, ten per group: hours.""";

    private static void usageError(String problem) {
        System.err.println("TalentTable: " + problem);
        System.err.println(USAGE);
        System.exit(2);
    }

    private static int[] ints(String list) {
        return Arrays.stream(list.split(",")).mapToInt(Integer::parseInt).toArray();
    }
}
