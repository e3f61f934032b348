package dev.showrunner.bench;

import dev.showrunner.screenplay.revision.Comparison;
import dev.showrunner.screenplay.revision.Revision;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The work of {@link RevisionBenchmark} measured as CPU time of the running thread, which a
 * busy machine does not inflate the way it inflates wall time (on a shared 2-core machine under
 * load, JMH's averages swing tenfold). A check of the goal, not a replacement for JMH.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar dev.showrunner.bench.RevisionCpuTime}.
 */
public final class RevisionCpuTime {

    private RevisionCpuTime() {}

    public static void main(String[] args) throws Exception {
        RevisionBenchmark state = new RevisionBenchmark();
        state.edits = 20;
        state.load();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int warmup = 300;
        int measured = 300;
        for (int k = 0; k < warmup; k++) {
            state.compareAndRevise();
        }
        long start = threads.getCurrentThreadCpuTime();
        for (int k = 0; k < measured; k++) {
            Comparison.of(state.locked, state.revised);
        }
        long compared = threads.getCurrentThreadCpuTime();
        Revision.Revised revised = null;
        for (int k = 0; k < measured; k++) {
            revised = state.revise();
        }
        long end = threads.getCurrentThreadCpuTime();
        System.out.printf("Big Fish, %d scattered edits: %d of %d pages issued%n", state.edits,
                revised.changedPages().size(), revised.pages().size());
        System.out.printf("CPU time per operation: compare %.2f ms, revise %.2f ms, both %.2f ms (goal: under 20 ms)%n",
                (compared - start) / 1e6 / measured, (end - compared) / 1e6 / measured, (end - start) / 1e6 / measured);
    }
}
