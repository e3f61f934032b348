package dev.showrunner.studio.web;

import dev.showrunner.planning.breakdown.Sheet;
import dev.showrunner.planning.schedule.ScheduleRequest;
import dev.showrunner.planning.schedule.ShootingSchedule;
import dev.showrunner.planning.schedule.ShootingScheduler;
import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.production.Plan;
import dev.showrunner.studio.scripts.Draft;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A board as the schedule page and its links carry it: {@code days=1.1.2} (each scene's day,
 * in script order), the strips' form ({@code day=SCENE:DAY} for every strip, {@code lock=SCENE}
 * for each one ticked) and {@code locks=3.7.12}. Scenes are their 1-based places in script
 * order. Whatever cannot be read is refused (400) with the field and why.
 */
final class BoardForm {

    private BoardForm() {}

    /** The board of {@code ?days=}; 400 when it cannot be read. */
    static int[] read(String days, Draft draft) {
        try {
            return ShootingScheduler.parseBoard(days);
        } catch (IllegalArgumentException e) {
            throw StudioException.badRequest("days: " + e.getMessage() + " (schedule draft " + draft.number() + " again)");
        }
    }

    /** {@code board} priced as it stands; 400 when it no longer fits the draft or a day. */
    static ShootingSchedule price(ScheduleRequest request, Plan plan, int[] board, Draft draft) {
        try {
            return ShootingScheduler.arrange(request, plan.rules(), board);
        } catch (IllegalArgumentException e) {
            throw StudioException.badRequest("days: " + e.getMessage() + " (schedule draft " + draft.number() + " again)");
        }
    }

    /** The board of the strips' form: {@code day=SCENE:DAY}, each scene (counted from 1 in script order) once. */
    static int[] moved(List<String> days, int scenes) {
        int[] board = new int[scenes];
        for (String pair : days) {
            int colon = pair.indexOf(':');
            int scene;
            int day;
            try {
                scene = Integer.parseInt(pair.substring(0, Math.max(0, colon)));
                day = Integer.parseInt(pair.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw StudioException.badRequest("day: \"" + ScheduleParams.abbreviate(pair) + "\" is not SCENE:DAY");
            }
            if (scene < 1 || scene > scenes || board[scene - 1] != 0) {
                throw StudioException.badRequest("day: scene " + scene + " is not one of scenes 1 to " + scenes
                        + ", or is given twice");
            }
            board[scene - 1] = day;
        }
        for (int s = 0; s < scenes; s++) {
            if (board[s] == 0) {
                throw StudioException.badRequest("day: scene " + (s + 1) + " has no day");
            }
        }
        return board;
    }

    /** The locked strips of {@code ?locks=3.7.12} (1-based positions in script order); 400 naming one out of range. */
    static SortedSet<Integer> locks(String raw, int scenes) {
        SortedSet<Integer> locked = new TreeSet<>();
        if (raw == null || raw.isBlank()) {
            return locked;
        }
        for (String part : raw.split("\\.", scenes + 2)) {
            int scene;
            try {
                scene = Integer.parseInt(part.strip());
            } catch (NumberFormatException e) {
                throw StudioException.badRequest("locks: \"" + ScheduleParams.abbreviate(part) + "\" is not a scene's place (1 to "
                        + scenes + ")");
            }
            if (scene < 1 || scene > scenes) {
                throw StudioException.badRequest("locks: " + scene + " is not one of scenes 1 to " + scenes);
            }
            locked.add(scene);
        }
        return locked;
    }

    /** "Scene 12 cannot go to day 3", or for several strips moved at once, "Scenes 12 and 14 cannot go there". */
    static String refusal(int[] before, int[] after, Plan plan) {
        List<String> moved = new ArrayList<>();
        int to = 0;
        for (int s = 0; s < before.length; s++) {
            if (before[s] != after[s]) {
                moved.add(plan.breakdown().sheets().get(s).displayNumber());
                to = after[s];
            }
        }
        if (moved.size() == 1) {
            return "Scene " + moved.getFirst() + " cannot go to day " + to;
        }
        return "Scenes " + String.join(", ", moved) + " cannot go where they were moved";
    }

    /** The moved strip's anchor ({@code #strip-12}), so the page opens where the user was. */
    static String anchor(int[] before, int[] after, Plan plan) {
        for (int s = 0; s < before.length; s++) {
            if (before[s] != after[s]) {
                return "#strip-" + plan.breakdown().sheets().get(s).displayNumber();
            }
        }
        return "#stripboard";
    }

    /** The locked scenes' dates on {@code board}: what a search from it keeps them on. */
    static Map<Integer, LocalDate> pinned(ShootingSchedule board, SortedSet<Integer> locked, Plan plan) {
        Map<Integer, LocalDate> pinned = new HashMap<>();
        for (ShootingSchedule.Day day : board.days()) {
            for (Sheet sheet : day.scenes()) {
                int position = plan.breakdown().position(sheet);
                if (locked.contains(position)) {
                    pinned.put(position, day.date());
                }
            }
        }
        return pinned;
    }
}
