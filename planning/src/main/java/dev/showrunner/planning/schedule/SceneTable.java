package dev.showrunner.planning.schedule;

import dev.showrunner.planning.breakdown.Sheet;
import dev.showrunner.screenplay.stats.TimeOfDay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The request as the scheduler reads it: scenes, cast, locations and calendar days numbered
 * from 0 and held in arrays, each scene's share of a day in one unit (eighths, or minutes
 * when the day is capped by time), and the constraints as per-scene and per-day tables.
 * Built once per schedule and never changed, so that pricing a board ({@link BoardPricing})
 * touches arrays only and the search, the bound and the result all read the same numbers.
 */
final class SceneTable {

    final ScheduleRequest request;
    final List<Sheet> sheets;
    final int n;
    /**
     * What a day holds: eighths of a page, or when the day is capped by time its minutes in
     * units of 1/eighthsPerDay of a minute.
     */
    final int cap;
    /** Each scene's share of a day, in the unit of {@link #cap}. */
    final int[] work;
    /** The part of a day a company move takes, in the unit of {@link #cap}. */
    final int moveWork;
    final List<String> cast;
    final int[][] castOf; // scene -> cast indices
    final long[] costOf;
    final int[] eighths;
    final int[] location; // scene -> location id
    final List<String> locationNames;
    final boolean[] night;
    final boolean[] dayWork;
    final int[][] before; // scene -> scenes that must come earlier
    final int[] fixedDay; // calendar index, NONE, or NOT_A_SHOOTING_DAY
    final boolean[][] blocked; // cast -> calendar index -> unavailable or outside contract
    final List<LocalDate> calendar;
    final long[] epochDay;
    final Constraints constraints;

    static final int NONE = -1;
    static final int NOT_A_SHOOTING_DAY = -2;

    SceneTable(ScheduleRequest request, Constraints constraints) {
        this.request = request;
        this.constraints = constraints;
        this.sheets = request.breakdown().sheets();
        this.n = sheets.size();
        // By the clock, lengths are counted in 1/eighthsPerDay of a minute: an eighth at the
        // day's pace is then a whole number of units, and no scene is rounded up (forty
        // one-eighth scenes rounded to whole minutes would overfill a day of forty eighths).
        boolean byClock = request.minutesPerDay() > 0;
        this.cap = byClock ? request.minutesPerDay() * request.eighthsPerDay() : request.eighthsPerDay();
        Map<String, Integer> scenesOf = new LinkedHashMap<>();
        for (Sheet s : sheets) {
            for (String name : s.cast()) {
                scenesOf.merge(name, 1, Integer::sum);
            }
        }
        List<String> names = new ArrayList<>(scenesOf.keySet());
        names.sort((a, b) -> Integer.compare(scenesOf.get(b), scenesOf.get(a)));
        this.cast = List.copyOf(names);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < cast.size(); i++) {
            index.put(cast.get(i), i);
        }
        this.castOf = new int[n][];
        this.eighths = new int[n];
        this.location = new int[n];
        this.night = new boolean[n];
        this.dayWork = new boolean[n];
        Map<String, Integer> locations = new LinkedHashMap<>();
        for (int s = 0; s < n; s++) {
            Sheet sheet = sheets.get(s);
            castOf[s] = sheet.cast().stream().mapToInt(index::get).toArray();
            eighths[s] = sheet.eighths();
            String setName = sheet.set().toUpperCase(Locale.ROOT).strip();
            String place = request.locations().getOrDefault(setName, location(setName));
            location[s] = locations.computeIfAbsent(place, k -> locations.size());
            night[s] = night(sheet);
            // an exterior by day needs daylight; interiors can be shot at any hour
            dayWork[s] = !night[s] && sheet.setting() != null && sheet.setting().isExterior();
        }
        this.locationNames = List.copyOf(locations.keySet());
        // with a day in minutes, a scene the first AD has not timed goes at the pace of the
        // eighths cap: a 12-hour day of 40 eighths gives an eighth 18 minutes
        int perEighth = byClock ? request.minutesPerDay() : 1;
        int perMinute = byClock ? request.eighthsPerDay() : 0;
        this.work = new int[n];
        for (int s = 0; s < n; s++) {
            Integer timed = request.sceneMinutes().get(s + 1);
            // a scene longer than a day has the day to itself, however long: cap + 1 says so
            long units = timed != null ? (long) timed * perMinute : (long) Math.max(1, eighths[s]) * perEighth;
            work[s] = (int) Math.min(units, (long) cap + 1);
        }
        this.moveWork = ShootingScheduler.MOVE_EIGHTHS * perEighth;
        this.costOf = new long[cast.size()];
        for (int a = 0; a < cast.size(); a++) {
            costOf[a] = request.dailyCost().getOrDefault(cast.get(a), 1L);
        }
        this.calendar = new ArrayList<>();
        LocalDate d = request.start();
        for (int i = 0; i < n; i++) { // at most one day per scene
            while (!constraints.shootingDay(d, request.daysOff())) {
                d = d.plusDays(1);
            }
            calendar.add(d);
            d = d.plusDays(1);
        }
        this.epochDay = calendar.stream().mapToLong(LocalDate::toEpochDay).toArray();
        this.fixedDay = new int[n];
        Arrays.fill(fixedDay, NONE);
        constraints.fixedDates().forEach((scene, date) -> {
            if (scene >= 1 && scene <= n) {
                int at = calendar.indexOf(date);
                fixedDay[scene - 1] = at >= 0 ? at : NOT_A_SHOOTING_DAY;
            }
        });
        List<List<Integer>> earlier = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            earlier.add(new ArrayList<>());
        }
        for (int[] p : constraints.precedences()) {
            if (p[0] >= 1 && p[0] <= n && p[1] >= 1 && p[1] <= n && p[0] != p[1]) {
                earlier.get(p[1] - 1).add(p[0] - 1);
            }
        }
        this.before = new int[n][];
        for (int s = 0; s < n; s++) {
            before[s] = earlier.get(s).stream().mapToInt(Integer::intValue).toArray();
        }
        this.blocked = new boolean[cast.size()][n];
        for (int a = 0; a < cast.size(); a++) {
            Constraints.Window window = constraints.windows().get(cast.get(a));
            for (int i = 0; i < n; i++) {
                LocalDate date = calendar.get(i);
                blocked[a][i] = request.unavailable().unavailable(cast.get(a), date)
                        || (window != null && !window.contains(date));
            }
        }
    }

    /**
     * The location a set belongs to, for company moves: the part before " - " or " / " when
     * there is one ("BLOOM HOUSE - KITCHEN"), else the first two words ("BLOOM HOUSE MASTER
     * BEDROOM"): sets in one building need no company move.
     */
    static String location(String set) {
        String upper = set.toUpperCase(Locale.ROOT).strip();
        int cut = upper.indexOf(" - ");
        int slash = upper.indexOf(" / ");
        if (cut < 0 || (slash >= 0 && slash < cut)) {
            cut = slash;
        }
        if (cut > 0) {
            return upper.substring(0, cut).strip();
        }
        String[] words = upper.split("\\s+");
        return words.length <= 2 ? upper : words[0] + " " + words[1];
    }

    /**
     * Whether a scene needs real darkness: an exterior at night, dusk or dawn. Interiors at
     * night are shot at any hour with the windows blacked out, as productions do, so they
     * do not make a night's work.
     */
    static boolean night(Sheet s) {
        boolean dark = s.light() == TimeOfDay.NIGHT || s.light() == TimeOfDay.DUSK || s.light() == TimeOfDay.DAWN;
        return dark && s.setting() != null && s.setting().isExterior();
    }
}
