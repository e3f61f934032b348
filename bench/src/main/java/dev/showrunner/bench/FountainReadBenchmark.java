package dev.showrunner.bench;

import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.model.Screenplay;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading Fountain into the full model (spans, styled runs, notes): throughput in scripts per
 * second and, through the {@code bytes} counter, in bytes per second (divide by 10^6 for MB/s).
 *
 * <p>{@code big-fish} is the 146 KB feature script of the corpus. The other inputs are one
 * megabyte each of plain action and of unclosed marks, to compare: unclosed marks must read at
 * about the speed of plain action (the reader is linear whatever the input).
 *
 * <pre>
 * ./mvnw -B -q -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar FountainReadBenchmark            # all inputs
 * java -jar bench/target/benchmarks.jar FountainReadBenchmark -p input=big-fish
 * bench/fountain-vs-aw-parser.sh                                        # against aw-parser, same run
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class FountainReadBenchmark {

    @Param({"big-fish", "plain-action-1mb", "unclosed-notes-1mb", "unclosed-emphasis-1mb", "unclosed-boneyard-1mb"})
    public String input;

    private String text;
    private int utf8Bytes;

    /** Bytes read per second, reported beside the operations. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Bytes {
        public long bytes;

        @Setup(Level.Iteration)
        public void clear() {
            bytes = 0;
        }
    }

    @Setup
    public void load() {
        text = switch (input) {
            case "big-fish" -> resource("/big-fish.fountain");
            case "plain-action-1mb" -> fill("He walks to the window and looks out at the rain.\n\n");
            case "unclosed-notes-1mb" -> fill("[[ He walks [[ to the window\n");
            case "unclosed-emphasis-1mb" -> fill("*He _walks **to the window\n");
            case "unclosed-boneyard-1mb" -> fill("/* He walks to the window\n");
            default -> throw new IllegalArgumentException("unknown input " + input);
        };
        utf8Bytes = text.getBytes(StandardCharsets.UTF_8).length;
    }

    @Benchmark
    public Screenplay read(Bytes counter) {
        counter.bytes += utf8Bytes;
        return Fountain.read(text);
    }

    private static String fill(String unit) {
        return unit.repeat((1 << 20) / unit.length());
    }

    private static String resource(String name) {
        try (InputStream in = FountainReadBenchmark.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing benchmark resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
