package dev.showrunner.bench;

import dev.showrunner.print.PdfOptions;
import dev.showrunner.print.PdfWriter;
import dev.showrunner.screenplay.layout.Layout;
import dev.showrunner.screenplay.layout.LayoutOptions;
import dev.showrunner.screenplay.layout.PageFormat;
import dev.showrunner.screenplay.model.Screenplay;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The same work as {@link PaginationBenchmark}, reported as the CPU time the thread used per
 * operation besides wall time. On a machine shared with other jobs, wall time measures the queue
 * for a core as much as the code; CPU time does not.
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.showrunner.bench.CpuTime [COPIES]</pre>
 */
public final class CpuTime {

    private CpuTime() {}

    public static void main(String[] args) throws IOException {
        int copies = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        Screenplay script = PaginationBenchmark.Scripts.bigFish(copies);
        PdfWriter.skipSystemFontScan();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int n = Math.max(2, 40 / copies);
        for (int round = 1; round <= 6; round++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                Layout.paginate(script, PageFormat.FEATURE, LayoutOptions.DEFAULTS);
            }
            long c1 = threads.getCurrentThreadCpuTime();
            long w1 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                PdfWriter.write(script, PageFormat.FEATURE, LayoutOptions.DEFAULTS, PdfOptions.DEFAULTS,
                        new PaginationBenchmark.CountingSink());
            }
            long c2 = threads.getCurrentThreadCpuTime();
            long w2 = System.nanoTime();
            System.out.printf("round %d: paginate %.1f ms cpu (%.1f wall) | paginate + PDF %.1f ms cpu (%.1f wall)%n", round,
                    (c1 - c0) / 1e6 / n, (w1 - w0) / 1e6 / n, (c2 - c1) / 1e6 / n, (w2 - w1) / 1e6 / n);
        }
    }
}
