package dev.showrunner.planning.schedule;

import dev.showrunner.planning.breakdown.Sheet;
import java.time.LocalDate;
import java.util.List;

/**
 * Scenes grouped into shooting days, with what the schedule costs and a lower bound on what
 * any schedule under the same rules costs.
 *
 * @param days the shooting days in order
 * @param cast every cast member, most scenes first
 * @param castCost cast pay: each member's daily cost times the shooting days from their first
 *     to their last (hold days paid)
 * @param companyMoves changes of set within a day
 * @param cost {@code castCost} plus the company moves and the shooting days at the requested
 *     prices (the day/night turnarounds the search also avoids are not included)
 * @param lowerBound no schedule under these rules costs less
 * @param conflicts unavailable dates the schedule could not avoid; empty when feasible
 */
public record ShootingSchedule(
        List<Day> days, List<String> cast, long castCost, int companyMoves, long cost, long lowerBound,
        List<Conflict> conflicts) {

    public ShootingSchedule {
        days = List.copyOf(days);
        cast = List.copyOf(cast);
        conflicts = List.copyOf(conflicts);
    }

    public boolean feasible() {
        return conflicts.isEmpty();
    }

    /** One shooting day. */
    public record Day(int number, LocalDate date, List<Sheet> scenes) {
        public Day {
            scenes = List.copyOf(scenes);
        }

        public int eighths() {
            return scenes.stream().mapToInt(Sheet::eighths).sum();
        }
    }

    /**
     * A constraint the schedule breaks.
     *
     * @param scene the scene that breaks it
     * @param castMember the cast member involved, or {@code null}
     * @param date the day the scene is shot
     * @param rule the constraint, in words
     */
    public record Conflict(Sheet scene, String castMember, LocalDate date, String rule) {
        @Override
        public String toString() {
            return "scene " + scene.displayNumber() + " on " + date + ": " + rule;
        }
    }
}
