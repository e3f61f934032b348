package dev.showrunner.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The work of {@link NotesCarryBenchmark} measured as CPU time of the running thread, which a
 * busy machine does not inflate the way it inflates wall time: the median of many single runs.
 * A check of the goal, not a replacement for JMH.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar dev.showrunner.bench.NotesCarryCpuTime}.
 */
public final class NotesCarryCpuTime {

    private NotesCarryCpuTime() {}

    public static void main(String[] args) throws Exception {
        NotesCarryBenchmark state = new NotesCarryBenchmark();
        state.edits = 40;
        state.notes = 500;
        state.load();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int k = 0; k < 300; k++) {
            state.carryFromText();
        }
        int runs = 300;
        long[] fromText = new long[runs];
        long[] readDrafts = new long[runs];
        for (int k = 0; k < runs; k++) {
            long start = threads.getCurrentThreadCpuTime();
            state.carryFromText();
            long middle = threads.getCurrentThreadCpuTime();
            state.carryReadDrafts();
            long end = threads.getCurrentThreadCpuTime();
            fromText[k] = middle - start;
            readDrafts[k] = end - middle;
        }
        System.out.printf("CPU time per carry of %d notes, median of %d: from text %.2f ms, from read drafts %.2f ms (goal: under 50 ms)%n",
                state.notes, runs, median(fromText) / 1e6, median(readDrafts) / 1e6);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
