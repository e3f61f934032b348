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
 *     to their last (hold days paid), less one drop/pick-up gap where the rules allow it
 * @param companyMoves changes of location within a day
 * @param cost everything the scheduler prices: the cast pay, the shooting days, and at the
 *     company-move price each move, split day, broken turnaround and return to a location
 *     (broken constraints are not in it: they are the conflicts)
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

    /**
     * The board as text, as {@link ShootingScheduler#parseBoard} reads it back: each scene's
     * day, counted from 1, in the order of {@code scenes} (the breakdown this schedule was made
     * from), separated by dots.
     */
    public String board(List<Sheet> scenes) {
        java.util.Map<Sheet, Integer> dayOf = new java.util.IdentityHashMap<>();
        for (Day day : days) {
            for (Sheet sheet : day.scenes()) {
                dayOf.put(sheet, day.number());
            }
        }
        StringBuilder board = new StringBuilder();
        for (Sheet sheet : scenes) {
            Integer day = dayOf.get(sheet);
            if (day == null) {
                throw new IllegalArgumentException("scene " + sheet.displayNumber() + " is not in this schedule");
            }
            if (!board.isEmpty()) {
                board.append('.');
            }
            board.append(day);
        }
        return board.toString();
    }

    /**
     * One shooting day.
     *
     * @param scenes in shooting order
     * @param locations where each scene is shot, in the same order: the location a locations
     *     file gives its set, else the set's own place ({@code BLOOM HOUSE} for {@code BLOOM
     *     HOUSE - KITCHEN}); a change between two scenes is a company move
     */
    public record Day(int number, LocalDate date, List<Sheet> scenes, List<String> locations) {
        public Day {
            scenes = List.copyOf(scenes);
            locations = List.copyOf(locations);
            if (locations.size() != scenes.size()) {
                throw new IllegalArgumentException("a location for each of the day's " + scenes.size() + " scenes");
            }
        }

        /** A day whose scenes are shot where their sets' names say, as without a locations file. */
        public Day(int number, LocalDate date, List<Sheet> scenes) {
            this(number, date, scenes, scenes.stream().map(s -> ShootingScheduler.location(s.set())).toList());
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
