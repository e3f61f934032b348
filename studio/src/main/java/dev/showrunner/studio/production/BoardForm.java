package dev.showrunner.studio.production;

import dev.showrunner.planning.breakdown.Sheet;
import dev.showrunner.planning.schedule.ScheduleRequest;
import dev.showrunner.planning.schedule.ShootingSchedule;
import dev.showrunner.planning.schedule.ShootingScheduler;
import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.scripts.Draft;
import dev.showrunner.studio.scripts.Scripts;
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

    /**
     * A saved schedule's board priced again under its own draft, production files and days: its
     * dates, as it was saved.
     */
    static ShootingSchedule priced(SavedSchedule saved, Scripts scripts, Production production) {
        SavedSchedule.Board b = saved.board();
        Draft draft = scripts.draft(saved.episodeId(), b.draft());
        Plan plan = production.plan(draft, production.files(saved.episodeId(), b.files()).texts());
        return price(plan.request(b.settings()), plan, read(b.days(), draft), draft);
    }

    /**
     * A saved board carried to another draft: {@code board} each scene's day (days counted
     * from 1, in script order), {@code kept} whether the scene kept its day.
     */
    record Carried(int[] board, boolean[] kept) {}

    /**
     * A saved board carried to another draft's scenes ({@code sheets}, in script order), each
     * matched as {@code same} says ({@link SceneMatch}: by locked number, or by content before
     * the lock). A scene the saved board has keeps its day, rewritten or not ({@code strict}
     * false); with {@code strict}, only when it kept its set, length and light. The others
     * (new, or with {@code strict} rewritten) are the scenes to be scheduled: they go to the
     * days after the last, all on one day ({@code apart} false) or each on a day of its own
     * ({@code apart} true, which any day's rules allow). Days left empty close up.
     */
    static Carried carried(ShootingSchedule saved, List<Sheet> sheets, Map<Integer, Integer> same, boolean strict,
            boolean apart) {
        Map<Integer, Sheet> wasAt = new HashMap<>();
        Map<Sheet, Integer> dayOf = new java.util.IdentityHashMap<>();
        for (ShootingSchedule.Day day : saved.days()) {
            for (Sheet sheet : day.scenes()) {
                dayOf.put(sheet, day.number());
                Integer now = same.get(sheet.index());
                if (now != null) {
                    wasAt.put(now, sheet);
                }
            }
        }
        int last = saved.days().size();
        int[] board = new int[sheets.size()];
        boolean[] kept = new boolean[sheets.size()];
        int next = last + 1;
        for (int i = 0; i < sheets.size(); i++) {
            Sheet now = sheets.get(i);
            Sheet was = wasAt.get(now.index());
            kept[i] = was != null && (!strict || java.util.Objects.equals(was.set(), now.set())
                    && java.util.Objects.equals(was.eighths(), now.eighths()) && was.light() == now.light()
                    && was.setting() == now.setting());
            board[i] = kept[i] ? dayOf.get(was) : apart ? next++ : last + 1;
        }
        // days left empty (their scenes cut or rewritten) close up: a board's days run 1, 2, ...
        int[] renumbered = new int[Math.max(next, last + 1) + 1];
        for (int day : board) {
            renumbered[day] = 1;
        }
        for (int day = 1, count = 0; day < renumbered.length; day++) {
            renumbered[day] = renumbered[day] == 0 ? 0 : ++count;
        }
        for (int i = 0; i < board.length; i++) {
            board[i] = renumbered[board[i]];
        }
        return new Carried(board, kept);
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
