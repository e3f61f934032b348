package dev.showrunner.bench;

import dev.showrunner.print.PdfOptions;
import dev.showrunner.print.PdfWriter;
import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.layout.Layout;
import dev.showrunner.screenplay.layout.LayoutOptions;
import dev.showrunner.screenplay.layout.PageFormat;
import dev.showrunner.screenplay.layout.Pages;
import dev.showrunner.screenplay.model.Screenplay;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
 * Pagination, and pagination plus PDF, of Big Fish (127 pages), warm. The goal is under 50 ms
 * for both together (issue 3).
 *
 * <pre>
 * ./mvnw -B -q -DskipTests -pl bench -am package
 * java -jar bench/target/benchmarks.jar PaginationBenchmark
 * </pre>
 *
 * {@code copies} repeats the script's body to measure scaling (16 copies: about 2,000 pages).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PaginationBenchmark {

    @Param({"1"})
    int copies;

    Screenplay script;

    @Setup
    public void read() throws IOException {
        script = Scripts.bigFish(copies);
        PdfWriter.skipSystemFontScan();
    }

    @Benchmark
    public Pages paginate() {
        return Layout.paginate(script, PageFormat.FEATURE, LayoutOptions.DEFAULTS);
    }

    @Benchmark
    public long paginateAndPdf() throws IOException {
        CountingSink sink = new CountingSink();
        PdfWriter.write(script, PageFormat.FEATURE, LayoutOptions.DEFAULTS, PdfOptions.DEFAULTS, sink);
        return sink.count;
    }

    /** Discards the PDF, counting its bytes so that the work cannot be skipped. */
    static final class CountingSink extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    /** The benchmark scripts, read from this module's resources. */
    static final class Scripts {
        private Scripts() {}

        static Screenplay bigFish(int copies) {
            try (InputStream in = PaginationBenchmark.class.getResourceAsStream("/corpus/big-fish.fountain")) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (copies <= 1) {
                    return Fountain.read(text);
                }
                int body = text.indexOf("\n\n") + 2;
                StringBuilder all = new StringBuilder(text);
                for (int i = 1; i < copies; i++) {
                    all.append("\n\n===\n\n").append(text, body, text.length());
                }
                return Fountain.read(all.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
