package dev.showrunner.planning.schedule;

import static dev.showrunner.planning.schedule.SceneTable.NONE;
import static dev.showrunner.planning.schedule.SceneTable.NOT_A_SHOOTING_DAY;

import dev.showrunner.planning.breakdown.Sheet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a board (scene → day) into the {@link ShootingSchedule} people read: the days closed
 * up and dated, each day's scenes in the order they are shot (by location, continuing from
 * where the company wrapped the day before), the company moves counted, the cost split into
 * cast and total, and every broken constraint named with its scene, cast member and date.
 * Done once per schedule, after the search, so it favours plain collections over speed.
 */
final class ScheduleResult {

    private final BoardPricing pricing;
    private final ScheduleRequest request;
    private final List<Sheet> sheets;
    private final int n;
    private final List<String> cast;
    private final int[][] castOf;
    private final long[] costOf;
    private final int[] location;
    private final List<String> locationNames;
    private final boolean[] night;
    private final int[][] before;
    private final int[] fixedDay;
    private final List<LocalDate> calendar;
    private final Constraints constraints;

    ScheduleResult(SceneTable table, BoardPricing pricing) {
        this.pricing = pricing;
        this.request = table.request;
        this.sheets = table.sheets;
        this.n = table.n;
        this.cast = table.cast;
        this.castOf = table.castOf;
        this.costOf = table.costOf;
        this.location = table.location;
        this.locationNames = table.locationNames;
        this.night = table.night;
        this.before = table.before;
        this.fixedDay = table.fixedDay;
        this.calendar = table.calendar;
        this.constraints = table.constraints;
    }

    /**
     * The schedule of a board: each day's scenes in shooting order, its cost and conflicts,
     * with the lower bound already computed for the request.
     */
    ShootingSchedule of(int[] board, long bound) {
        long cost = n == 0 ? 0 : pricing.evaluate(board);
        int[] dayOf = pricing.compactDay.clone();
        int dayCount = n == 0 ? 0 : pricing.days;
        List<List<Integer>> scenesOfDay = new ArrayList<>();
        for (int d = 0; d < dayCount; d++) {
            scenesOfDay.add(new ArrayList<>());
        }
        for (int s = 0; s < n; s++) {
            scenesOfDay.get(dayOf[s]).add(s);
        }
        List<ShootingSchedule.Day> result = new ArrayList<>();
        int moves = 0;
        int previousLast = -1;
        for (int d = 0; d < dayCount; d++) {
            List<Integer> order = shootingOrder(scenesOfDay.get(d), previousLast,
                    d + 1 < dayCount ? locationsOf(scenesOfDay.get(d + 1)) : List.of());
            for (int i = 1; i < order.size(); i++) {
                moves += location[order.get(i)] != location[order.get(i - 1)] ? 1 : 0;
            }
            previousLast = location[order.get(order.size() - 1)];
            result.add(new ShootingSchedule.Day(d + 1, calendar.get(d), order.stream().map(sheets::get).toList(),
                    order.stream().map(s -> locationNames.get(location[s])).toList()));
        }
        List<ShootingSchedule.Conflict> conflicts = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            LocalDate date = calendar.get(dayOf[s]);
            for (int b : before[s]) {
                if (dayOf[b] > dayOf[s]) {
                    conflicts.add(new ShootingSchedule.Conflict(sheets.get(s), null, date,
                            "must be shot after scene " + sheets.get(b).displayNumber() + ", which comes later"));
                }
            }
            if (fixedDay[s] != NONE && fixedDay[s] != dayOf[s]) {
                LocalDate wanted = constraints.fixedDates().get(s + 1);
                conflicts.add(new ShootingSchedule.Conflict(sheets.get(s), null, date,
                        "is fixed to " + wanted + (fixedDay[s] == NOT_A_SHOOTING_DAY ? ", which is not a shooting day" : "")));
            }
            for (int a : castOf[s]) {
                if (request.unavailable().unavailable(cast.get(a), date)) {
                    conflicts.add(new ShootingSchedule.Conflict(sheets.get(s), cast.get(a), date,
                            "needs " + cast.get(a) + ", who is unavailable on " + date));
                }
                Constraints.Window window = constraints.windows().get(cast.get(a));
                if (window != null && !window.contains(date)) {
                    conflicts.add(new ShootingSchedule.Conflict(sheets.get(s), cast.get(a), date,
                            "needs " + cast.get(a) + ", whose contract runs " + window.first() + " to " + window.last()));
                }
            }
        }
        conflicts.sort(Comparator.comparing(ShootingSchedule.Conflict::date)
                .thenComparingInt(c -> c.scene().index()));
        long castCost = 0;
        for (int a = 0; a < cast.size(); a++) {
            if (pricing.firstWork[a] >= 0) {
                castCost += costOf[a] * (pricing.lastWork[a] - pricing.firstWork[a] + 1 - pricing.longestDrop[a]);
            }
        }
        long priced = cost % BoardPricing.CONFLICT;
        return new ShootingSchedule(result, cast, castCost, moves, priced, Math.min(bound, priced), conflicts);
    }

    private List<Integer> locationsOf(List<Integer> scenes) {
        return scenes.stream().map(s -> location[s]).distinct().toList();
    }

    /**
     * A day's scenes in shooting order: grouped by location, starting at the location where
     * the company wrapped the day before and ending at one the next day starts with; day work
     * before night work; scenes that must precede others first; otherwise script order.
     */
    private List<Integer> shootingOrder(List<Integer> scenes, int previousLocation, List<Integer> nextLocations) {
        Map<Integer, Integer> firstScene = new HashMap<>();
        Map<Integer, Boolean> nightWork = new HashMap<>();
        for (int s : scenes) {
            firstScene.merge(location[s], s, Math::min);
            nightWork.merge(location[s], night[s], Boolean::logicalOr);
        }
        List<Integer> order = new ArrayList<>(scenes);
        order.sort(Comparator.comparingInt((Integer s) -> location[s] == previousLocation ? 0
                        : nextLocations.contains(location[s]) ? 2 : 1)
                .thenComparing(s -> nightWork.get(location[s]))
                .thenComparingInt(s -> firstScene.get(location[s]))
                .thenComparing(s -> night[s])
                .thenComparingInt(s -> s));
        // a scene that must follow another shot the same day goes after it
        // (bounded: precedences that form a cycle cannot all hold)
        int rounds = 0;
        for (boolean changed = true; changed && rounds++ < scenes.size() * scenes.size(); ) {
            changed = false;
            for (int i = 0; i < order.size() && !changed; i++) {
                for (int b : before[order.get(i)]) {
                    int j = order.indexOf(b);
                    if (j > i) {
                        order.add(i, order.remove(j));
                        changed = true;
                        break;
                    }
                }
            }
        }
        return order;
    }
}
