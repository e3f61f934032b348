package dev.showrunner.planning.schedule;

import java.util.ArrayList;
import java.util.List;

/**
 * Boards that come from outside the search: a board as text ({@code 1.1.2.3}, each scene's
 * day in script order, as the studio's page and saved schedules carry it), and a board the
 * first AD already has (found before, or dragged by hand), checked and priced without
 * searching. Input from a user, so every refusal names the scene or the day and the rule it
 * breaks, in words a first AD uses.
 */
final class Boards {

    private final ScheduleRequest request;
    private final List<dev.showrunner.planning.breakdown.Sheet> sheets;
    private final int n;
    private final int cap;
    private final int[] work;
    private final int moveWork;
    private final int[] location;
    private final List<String> locationNames;

    private Boards(SceneTable table) {
        this.request = table.request;
        this.sheets = table.sheets;
        this.n = table.n;
        this.cap = table.cap;
        this.work = table.work;
        this.moveWork = table.moveWork;
        this.location = table.location;
        this.locationNames = table.locationNames;
    }

    /**
     * The schedule of {@code dayOfScene} (each scene's day, from 1), as
     * {@link ShootingScheduler#arrange} documents it.
     */
    static ShootingSchedule arrange(ScheduleRequest request, Constraints constraints, int[] dayOfScene) {
        SceneTable table = new SceneTable(request, constraints);
        int n = table.n;
        if (dayOfScene.length != n) {
            throw new IllegalArgumentException("the board has " + dayOfScene.length + " scenes, the breakdown " + n);
        }
        int[] board = new int[n];
        for (int s = 0; s < n; s++) {
            if (dayOfScene[s] < 1 || dayOfScene[s] > n) {
                throw new IllegalArgumentException("scene " + table.sheets.get(s).displayNumber() + " is on day "
                        + dayOfScene[s] + ", not one of days 1 to " + n);
            }
            board[s] = dayOfScene[s] - 1;
        }
        BoardPricing pricing = new BoardPricing(table);
        if (n > 0 && pricing.evaluate(board) == BoardPricing.INFEASIBLE) {
            throw new IllegalArgumentException(new Boards(table).overfullDay(dayOfScene));
        }
        return new ScheduleResult(table, pricing).of(board, n == 0 ? 0 : LowerBound.of(table));
    }

    /**
     * What the first day of {@code dayOfScene} that breaks the day's rules holds, and which
     * rule it breaks; for a board refused by {@link #arrange}. A scene alone on its day never
     * breaks them.
     */
    private String overfullDay(int[] dayOfScene) {
        java.util.SortedMap<Integer, List<Integer>> scenesOn = new java.util.TreeMap<>();
        for (int s = 0; s < n; s++) {
            scenesOn.computeIfAbsent(dayOfScene[s], d -> new ArrayList<>()).add(s);
        }
        for (var day : scenesOn.entrySet()) {
            List<Integer> scenes = day.getValue();
            if (scenes.size() < 2) {
                continue;
            }
            long used = 0;
            java.util.Set<Integer> places = new java.util.LinkedHashSet<>();
            for (int s : scenes) {
                used += work[s];
                places.add(location[s]);
            }
            String which = "day " + day.getKey() + " (scenes "
                    + String.join(", ", scenes.stream().map(s -> sheets.get(s).displayNumber()).toList()) + ")";
            if (places.size() > ScheduleRequest.MAX_SETS_PER_DAY) {
                return which + " is at " + places.size() + " locations ("
                        + String.join(", ", places.stream().map(locationNames::get).toList()) + "); a day visits at most "
                        + ScheduleRequest.MAX_SETS_PER_DAY;
            }
            long moves = places.size() - 1;
            if (used + moveWork * moves > cap) {
                String moving = moves == 0 ? "" : moves == 1 ? " and its company move" : " and its " + moves + " company moves";
                return which + " needs more than a day: its scenes" + moving + " take "
                        + (request.minutesPerDay() > 0
                                ? minutes(used + moveWork * moves) + ", and the day is " + minutes(cap)
                                : (used + moveWork * moves) + " eighths of a page, and a day holds " + cap
                                        + (moves == 0 ? "" : " (a company move counts as " + moveWork + ")"));
            }
        }
        return "a day holds more than the day allows";
    }

    /** A length in the clock's units (1/eighthsPerDay of a minute) as "11h 30m", rounded up to the minute. */
    private String minutes(long units) {
        long minutes = Math.ceilDiv(units, request.eighthsPerDay());
        return minutes / 60 + "h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + "m");
    }

    /** Most scenes a board may name: more than any script holds. */
    private static final int MAX_BOARD_SCENES = 100_000;

    /**
     * A board as text: each scene's shooting day in script order, counted from 1 and separated
     * by dots ({@code 1.1.2.3}), as {@link ShootingScheduler#arrange} takes it.
     *
     * @throws IllegalArgumentException naming the scene whose day is not a number
     */
    static int[] parseBoard(String days) {
        if (days == null || days.isBlank()) {
            throw new IllegalArgumentException("missing");
        }
        String[] parts = days.split("\\.", MAX_BOARD_SCENES + 1);
        if (parts.length > MAX_BOARD_SCENES) {
            throw new IllegalArgumentException("more scenes than any script holds");
        }
        int[] board = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                board[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                String shown = parts[i].length() > 20 ? parts[i].substring(0, 20) + "\u2026" : parts[i];
                throw new IllegalArgumentException("scene " + (i + 1) + "'s day \"" + shown + "\" is not a number");
            }
        }
        return board;
    }
}
