package dev.showrunner.studio.production;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.showrunner.planning.breakdown.Breakdown;
import dev.showrunner.planning.breakdown.Sheet;
import dev.showrunner.planning.schedule.ScheduleChanges;
import dev.showrunner.planning.schedule.ShootingSchedule;
import dev.showrunner.studio.json.PlanningJson;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The production feature's JSON shapes, as {@code /api/openapi.json} describes them. */
final class ProductionJson {

    private ProductionJson() {}

    /** The shooting days asked for: pages a day in eighths, the first day, the day's hours (null: none), the costs. */
    record Settings(int eighths, String start, Double hours, long moveCost, long dayCost) {
        static Settings of(ScheduleSettings s) {
            return new Settings(s.eighths(), s.start().toString(),
                    s.minutesPerDay() == 0 ? null : Double.valueOf(s.hours()), s.moveCost(), s.dayCost());
        }
    }

    /** One shooting day: its number, date, length in eighths and scenes in shooting order. */
    record Day(int number, String date, int eighths, List<String> scenes) {}

    /**
     * A schedule: its days, what it costs beside its lower bound, the rules it breaks, and its
     * board (each scene's day in script order) for asking for the same schedule again.
     */
    record Schedule(List<Day> days, long castCost, int companyMoves, long cost, long lowerBound, List<String> conflicts,
            String board) {
        static Schedule of(ShootingSchedule schedule, Breakdown breakdown) {
            return new Schedule(schedule.days().stream()
                    .map(d -> new Day(d.number(), d.date().toString(), d.eighths(),
                            d.scenes().stream().map(Sheet::displayNumber).toList()))
                    .toList(), schedule.castCost(), schedule.companyMoves(), schedule.cost(), schedule.lowerBound(),
                    schedule.conflicts().stream().map(Object::toString).toList(), schedule.board(breakdown.sheets()));
        }
    }

    /** {@code GET …/schedule}: the schedule, the draft and files' version it was found with, the files' warnings. */
    record ScheduleAnswer(@JsonUnwrapped Schedule schedule, int draft, int files, List<String> warnings) {}

    /** {@code GET …/breakdown}: the draft and one object per scene, as {@code showrunner breakdown --json}. */
    record BreakdownAnswer(int draft, List<PlanningJson.Scene> scenes) {}

    /** The production files: a version, who saved it and when (null for version 0), every file's text, what they warn of. */
    record Files(int version, String savedBy, String savedAt, Map<String, String> files, List<String> warnings,
            String problem) {
        static Files of(ProductionFiles files, List<String> warnings, String problem) {
            Map<String, String> texts = new LinkedHashMap<>();
            ProductionFiles.NAMES.forEach(name -> texts.put(name, files.texts().named(name)));
            boolean none = files.version() == 0;
            return new Files(files.version(), none ? null : files.authorName(),
                    none ? null : Instant.ofEpochMilli(files.savedAt()).toString(), texts, warnings, problem);
        }
    }

    /** A schedule saved by name: what priced its board, its figures, and the schedule page's address of it. */
    record Saved(int number, String name, String savedBy, String savedAt, int draft, int files,
            @JsonUnwrapped Settings settings, String board, String locks, int days, long cost, long lowerBound,
            String address) {
        static Saved of(SavedSchedule saved, String address) {
            SavedSchedule.Board b = saved.board();
            return new Saved(saved.number(), saved.name(), saved.authorName(),
                    Instant.ofEpochMilli(saved.savedAt()).toString(), b.draft(), b.files(), Settings.of(b.settings()),
                    b.days(), b.locks(), b.shootingDays(), b.cost(), b.lowerBound(), address);
        }
    }

    /** A shooting day as a change names it. */
    record DayRef(int day, String date) {
        static DayRef of(ShootingSchedule.Day day) {
            return new DayRef(day.number(), day.date().toString());
        }
    }

    /** A scene that changed day: its number, set and cast, the day it was on and the one it is on. */
    record Moved(String scene, String set, List<String> cast, DayRef from, DayRef to) {}

    /** A scene added or dropped, and its day. */
    record Placed(String scene, String set, List<String> cast, int day, String date) {
        static Placed of(ScheduleChanges.Placed p) {
            Sheet s = p.scene();
            return new Placed(s.displayNumber(), s.set(), s.cast(), p.day().number(), p.day().date().toString());
        }
    }

    /** What changed between two boards. */
    record Changes(List<Moved> moved, List<Placed> added, List<Placed> dropped) {
        static Changes of(ScheduleChanges changes) {
            return new Changes(changes.moved().stream()
                    .map(m -> new Moved(m.scene().displayNumber(), m.scene().set(), m.scene().cast(),
                            DayRef.of(m.from()), DayRef.of(m.to())))
                    .toList(),
                    changes.added().stream().map(Placed::of).toList(),
                    changes.dropped().stream().map(Placed::of).toList());
        }
    }

    /** {@code GET …/schedules/{n}/changes}: the two saved schedules and what changed between them. */
    record ChangesAnswer(Saved from, Saved to, @JsonUnwrapped Changes changes) {}

    /** {@code GET …/schedules/{n}/carry}: the saved board carried to the latest draft, and what that changed. */
    record Carried(@JsonUnwrapped Schedule schedule, int draft, int files, @JsonUnwrapped Settings settings, String locks,
            Saved carriedFrom, @JsonUnwrapped Changes changes, String address) {}

    /** A background search: where it stands, the best cost and bound so far, and its board once done. */
    record Search(String id, String state, int draft, int files, @JsonUnwrapped Settings settings, int seconds,
            long elapsed, boolean cancelled, Long cost, Long lowerBound, String board, String failure) {
        static Search of(ScheduleSearches.Search search) {
            var progress = search.progress();
            return new Search(search.id(), search.state().name().toLowerCase(Locale.ROOT), search.draft(),
                    search.files(), Settings.of(search.settings()), search.seconds(), search.elapsedSeconds(),
                    search.cancelled(), progress == null ? null : progress.cost(),
                    progress == null ? null : progress.lowerBound(), search.board(), search.failure());
        }
    }
}
