package dev.showrunner.planning.talent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void solve_withListener_reportsBoundsClosingOnTheOptimum() {
        TalentInstance instance = CorpusTest.load("film105.txt");
        List<SolveOptions.Progress> reports = new ArrayList<>();

        TalentSolution solution = TalentSolver.solve(instance, SolveOptions.defaults().withProgress(reports::add));

        assertThat(reports).isNotEmpty();
        for (int i = 1; i < reports.size(); i++) {
            assertThat(reports.get(i).bestCost()).isLessThanOrEqualTo(reports.get(i - 1).bestCost());
            assertThat(reports.get(i).lowerBound()).isGreaterThanOrEqualTo(reports.get(i - 1).lowerBound());
        }
        for (SolveOptions.Progress p : reports) {
            assertThat(p.lowerBound()).isLessThanOrEqualTo(849);
            assertThat(p.bestCost()).isGreaterThanOrEqualTo(849);
        }
        SolveOptions.Progress last = reports.get(reports.size() - 1);
        assertThat(last.bestCost()).isEqualTo(solution.totalCost()).isEqualTo(849);
        assertThat(last.lowerBound()).isEqualTo(849);
        assertThat(last.gap()).isZero();
    }

    @Test
    void solve_cancelledAfterSomeProgress_returnsBestOrderWithGap() {
        TalentInstance instance = RandomInstances.generate(36, 22, 0.3, 100, 5, 99);
        int[] calls = {0};

        // one thread, phases counted in nodes (the node limit itself is never reached): the 50
        // polls fall at the same steps on any machine
        TalentSolution solution = TalentSolver.solve(instance,
                SolveOptions.defaults().withThreads(1).withNodeLimit(1 << 22).withCancellation(() -> ++calls[0] > 50));

        assertThat(solution.proven()).isFalse();
        assertThat(instance.totalCost(solution.order())).isEqualTo(solution.totalCost());
        assertThat(solution.lowerBound()).isLessThan(solution.totalCost());
        assertThat(solution.gap()).isGreaterThan(0.0).isLessThan(1.0);
    }

    @Test
    void solve_runningPastSeveralPhases_keepsBoundsMonotoneAndTheOrderItReports() {
        // unproven within 2^18 nodes on one thread (phases of 2^16 nodes, then doubling): the
        // search is interrupted at each phase's end, local search runs between phases, and the
        // search resumes from its memo; counted in nodes, so the same on any machine
        TalentInstance instance = RandomInstances.generate(40, 12, 0.3, 100, 5, 1_040_123L);
        List<SolveOptions.Progress> reports = new ArrayList<>();

        TalentSolution solution = TalentSolver.solve(instance,
                SolveOptions.defaults().withThreads(1).withNodeLimit(1 << 18).withProgress(reports::add));

        assertThat(solution.proven()).isFalse();
        assertThat(solution.nodes()).isBetween(3L << 16, (1L << 18) + 1024);
        assertThat(instance.totalCost(solution.order())).isEqualTo(solution.totalCost());
        assertThat(solution.lowerBound()).isLessThan(solution.totalCost());
        for (int i = 1; i < reports.size(); i++) {
            assertThat(reports.get(i).bestCost()).isLessThanOrEqualTo(reports.get(i - 1).bestCost());
            assertThat(reports.get(i).lowerBound()).isGreaterThanOrEqualTo(reports.get(i - 1).lowerBound());
        }
        SolveOptions.Progress last = reports.get(reports.size() - 1);
        assertThat(last.bestCost()).isEqualTo(solution.totalCost());
        assertThat(last.lowerBound()).isEqualTo(solution.lowerBound());
    }

    @Test
    void solve_nodeLimitOnOneThread_givesTheSameAnswerEveryRun() {
        TalentInstance instance = RandomInstances.generate(40, 12, 0.3, 100, 5, 1_040_123L);
        SolveOptions budget = SolveOptions.defaults().withThreads(1).withNodeLimit(1 << 17);

        TalentSolution first = TalentSolver.solve(instance, budget);
        TalentSolution second = TalentSolver.solve(instance, budget);

        assertThat(second.order()).isEqualTo(first.order());
        assertThat(second.lowerBound()).isEqualTo(first.lowerBound());
        assertThat(second.nodes()).isEqualTo(first.nodes());
    }
}
