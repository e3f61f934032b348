package dev.showrunner.bench;

import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.fdx.Fdx;
import dev.showrunner.screenplay.fdx.FdxDocument;
import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.model.Screenplay;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and writing Big Fish's Final Draft file (378 KB, 2,806 paragraphs).
 *
 * <p>Run: {@code ./mvnw -B -q -pl bench -am package -DskipTests && java -jar bench/target/benchmarks.jar Fdx}.
 * MB/s is the file's size over the time per operation. {@code readFountain} reads the same script
 * from its Fountain source (145 KB) with the Fountain reader: {@code readFdx / readFountain} is the
 * ratio the issue asks for (an FDX file is 2.6 times the bytes of the same script in Fountain).
 *
 * <p>Measured 2026-11-28 (JDK 25, 2 shared cores under load 12-14, 2 forks x 10 iterations):
 * readFdx 12.7 ± 4.8 ms (30 MB/s), writeFdx 5.5 ± 1.1 ms (63 MB/s of output), readFountain
 * 2.7 ± 1.1 ms (54 MB/s): reading the FDX takes 4.7 times as long as reading the Fountain, 1.8
 * times as long per byte. The JDK's StAX parser is most of the FDX reading time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FdxBenchmark {

    byte[] fdx;
    byte[] fountain;
    FdxDocument document;

    @Setup
    public void load() throws ScriptFormatException {
        fdx = resource("/corpus/big-fish/source.fdx");
        fountain = resource("/corpus/big-fish/source.fountain");
        document = Fdx.read(fdx, "big-fish.fdx");
    }

    static byte[] resource(String path) {
        try (InputStream in = FdxBenchmark.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public FdxDocument readFdx() throws ScriptFormatException {
        return Fdx.read(fdx, "big-fish.fdx");
    }

    @Benchmark
    public Screenplay readFountain() throws ScriptFormatException {
        return Fountain.read(fountain, "big-fish.fountain");
    }

    @Benchmark
    public byte[] writeFdx() {
        return Fdx.writeBytes(document);
    }
}
