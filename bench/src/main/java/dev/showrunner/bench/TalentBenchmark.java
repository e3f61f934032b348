package dev.showrunner.bench;

import dev.showrunner.planning.talent.SolveOptions;
import dev.showrunner.planning.talent.StuckeyFormat;
import dev.showrunner.planning.talent.TalentInstance;
import dev.showrunner.planning.talent.TalentSolution;
import dev.showrunner.planning.talent.TalentSolver;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to prove the optimum of the classic film instances and MobStory, warm, one thread.
 * Goal: each under 50 ms. Published: Qin et al. 2016, 0.02-0.05 s on a 2.66 GHz Xeon;
 * Garcia de la Banda et al. 2011, 0.02-0.16 s.
 *
 * <pre>
 * ./mvnw -B -q -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar TalentBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TalentBenchmark {

    @Param({"film103", "film105", "film114", "film116", "film117", "film118", "film119", "MobStory"})
    public String instance;

    private TalentInstance loaded;

    @Setup
    public void load() throws Exception {
        String file = "/talent/" + instance + ".txt";
        try (var in = TalentBenchmark.class.getResourceAsStream(file)) {
            loaded = StuckeyFormat.read(new InputStreamReader(in, StandardCharsets.UTF_8), file);
        }
    }

    @Benchmark
    public long proveOptimum() {
        TalentSolution solution = TalentSolver.solve(loaded, SolveOptions.defaults().withThreads(1));
        if (!solution.proven()) {
            throw new IllegalStateException("not proven: " + solution);
        }
        return solution.totalCost();
    }
}
