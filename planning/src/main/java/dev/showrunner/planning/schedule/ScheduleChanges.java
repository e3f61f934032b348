package dev.showrunner.planning.schedule;

import dev.showrunner.planning.breakdown.Sheet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed from one schedule to a later one, as a first AD tells the crew when a revised
 * schedule goes out: the scenes shot on another date, the scenes the later schedule adds (a
 * new scene in a new draft) and those it no longer has (a scene cut). Scenes are matched by
 * their printed numbers, so two drafts with locked scene numbers compare scene for scene (a
 * number that appears twice is matched in order), or as the caller matched them.
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

    /** The two schedules' scenes matched by their printed numbers (a number printed twice, in order). */
    public static ScheduleChanges between(ShootingSchedule before, ShootingSchedule after) {
        Map<String, Deque<Integer>> later = new LinkedHashMap<>();
        placements(after).stream().map(p -> p.scene().index()).sorted().forEach(index -> later.computeIfAbsent(
                sheetOf(after, index).displayNumber(), k -> new ArrayDeque<>()).add(index));
        Map<Integer, Integer> same = new HashMap<>();
        placements(before).stream().map(Placed::scene).sorted(java.util.Comparator.comparingInt(Sheet::index))
                .forEach(was -> {
                    Deque<Integer> now = later.get(was.displayNumber());
                    if (now != null && !now.isEmpty()) {
                        same.put(was.index(), now.poll());
                    }
                });
        return between(before, after, same);
    }

    /**
     * The two schedules' scenes matched as {@code same} says: the later sheet's index (1-based
     * script position) of each earlier sheet's index that is still there. The studio matches
     * a locked draft's scenes by number and an unlocked draft's by content.
     */
    public static ScheduleChanges between(ShootingSchedule before, ShootingSchedule after, Map<Integer, Integer> same) {
        Map<Integer, Placed> later = new HashMap<>();
        for (Placed placed : placements(after)) {
            later.put(placed.scene().index(), placed);
        }
        List<Moved> moved = new ArrayList<>();
        List<Placed> dropped = new ArrayList<>();
        java.util.Set<Integer> matched = new java.util.HashSet<>();
        for (Placed was : placements(before)) {
            Integer index = same.get(was.scene().index());
            Placed now = index == null ? null : later.get(index);
            if (now == null || !matched.add(index)) {
                dropped.add(was);
            } else if (!now.day().date().equals(was.day().date())) {
                moved.add(new Moved(now.scene(), was.day(), now.day()));
            }
        }
        List<Placed> added = new ArrayList<>();
        for (Placed placed : placements(after)) {
            if (!matched.contains(placed.scene().index())) {
                added.add(placed);
            }
        }
        return new ScheduleChanges(moved, added, dropped);
    }

    private static Sheet sheetOf(ShootingSchedule schedule, int index) {
        for (ShootingSchedule.Day day : schedule.days()) {
            for (Sheet scene : day.scenes()) {
                if (scene.index() == index) {
                    return scene;
                }
            }
        }
        throw new IllegalArgumentException("no scene " + index);
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
