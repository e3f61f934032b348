package dev.showrunner.planning.schedule;

import dev.showrunner.planning.breakdown.Sheet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed from one schedule to a later one, as a first AD tells the crew when a revised
 * schedule goes out: the scenes shot on another date, the scenes the later schedule adds (a
 * new scene in a new draft) and those it no longer has (a scene cut). Scenes are matched by
 * their printed numbers, so two drafts with locked scene numbers compare scene for scene; a
 * number that appears twice is matched in order.
 *
 * @param moved scenes on another date, in the earlier schedule's shooting order
 * @param added scenes only the later schedule has, in its shooting order
 * @param dropped scenes only the earlier schedule has, in its shooting order
 */
public record ScheduleChanges(List<Moved> moved, List<Placed> added, List<Placed> dropped) {

    /** A scene shot on another day: where it was and where it is (the later schedule's sheet). */
    public record Moved(Sheet scene, ShootingSchedule.Day from, ShootingSchedule.Day to) {}

    /** A scene and its day in one of the two schedules. */
    public record Placed(Sheet scene, ShootingSchedule.Day day) {}

    public ScheduleChanges {
        moved = List.copyOf(moved);
        added = List.copyOf(added);
        dropped = List.copyOf(dropped);
    }

    /** Whether the later schedule shoots every scene of the earlier one on its date, and no other. */
    public boolean isEmpty() {
        return moved.isEmpty() && added.isEmpty() && dropped.isEmpty();
    }

    public static ScheduleChanges between(ShootingSchedule before, ShootingSchedule after) {
        Map<String, Deque<Placed>> later = new LinkedHashMap<>();
        for (Placed placed : placements(after)) {
            later.computeIfAbsent(placed.scene().displayNumber(), k -> new ArrayDeque<>()).add(placed);
        }
        List<Moved> moved = new ArrayList<>();
        List<Placed> dropped = new ArrayList<>();
        for (Placed was : placements(before)) {
            Deque<Placed> same = later.get(was.scene().displayNumber());
            Placed now = same == null ? null : same.poll();
            if (now == null) {
                dropped.add(was);
            } else if (!now.day().date().equals(was.day().date())) {
                moved.add(new Moved(now.scene(), was.day(), now.day()));
            }
        }
        List<Placed> added = new ArrayList<>();
        for (Placed placed : placements(after)) {
            Deque<Placed> left = later.get(placed.scene().displayNumber());
            if (left.contains(placed)) {
                added.add(placed);
            }
        }
        return new ScheduleChanges(moved, added, dropped);
    }

    /** Each scene with its day, in shooting order. */
    private static List<Placed> placements(ShootingSchedule schedule) {
        List<Placed> placed = new ArrayList<>();
        for (ShootingSchedule.Day day : schedule.days()) {
            for (Sheet scene : day.scenes()) {
                placed.add(new Placed(scene, day));
            }
        }
        return placed;
    }
}
