package dev.showrunner.planning.talent;

import java.time.Duration;
import java.util.Arrays;

/**
 * What the solver found: an order of the scenes, its cost, and a proven lower bound on the
 * cost of every order.
 *
 * @param order the scenes (0-based) in shooting order
 * @param totalCost the total cost of {@code order}
 * @param holdingCost the part of {@code totalCost} paid for idle days
 * @param lowerBound no order costs less (total cost); equals {@code totalCost} when proven
 * @param status whether the order is proven optimal
 * @param nodes search states expanded
 * @param elapsed wall-clock time
 */
public record TalentSolution(
        int[] order, long totalCost, long holdingCost, long lowerBound, Status status, long nodes, Duration elapsed) {

    /** Whether optimality was proven. */
    public enum Status {
        /** {@code order} is optimal: the lower bound equals its cost. */
        OPTIMAL,
        /** Stopped by the time limit or cancellation, or the instance is beyond the exact search: the gap is open. */
        STOPPED
    }

    public TalentSolution {
        order = order.clone();
    }

    @Override
    public int[] order() {
        return order.clone();
    }

    public boolean proven() {
        return status == Status.OPTIMAL;
    }

    /** Relative gap {@code (totalCost - lowerBound) / totalCost}; 0 when proven. */
    public double gap() {
        return totalCost == 0 ? 0 : (double) (totalCost - lowerBound) / totalCost;
    }

    @Override
    public String toString() {
        return "TalentSolution[cost=" + totalCost + ", bound=" + lowerBound + ", " + status + ", order="
                + Arrays.toString(order) + ", nodes=" + nodes + ", " + elapsed.toMillis() + " ms]";
    }
}
