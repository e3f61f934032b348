package dev.showrunner.studio.production;

import dev.showrunner.studio.web.Chrome;
import dev.showrunner.planning.breakdown.Breakdown;
import dev.showrunner.planning.breakdown.Category;
import dev.showrunner.planning.breakdown.Sheet;
import dev.showrunner.planning.schedule.Reports;
import dev.showrunner.screenplay.layout.Eighths;
import dev.showrunner.studio.scripts.Draft;
import dev.showrunner.studio.series.Episode;
import dev.showrunner.studio.series.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A draft's breakdown: one row per scene (set, INT/EXT, time of day, length, cast, extras and
 * other elements), coloured as its strip would be, then the cast on set with their scenes.
 * The cast is as the episode's production files correct it, with their elements added and
 * their timings ({@code timings}: minutes by 1-based scene position) beside the pages;
 * {@code filesProblem} says why they were not applied (they do not fit this draft), else null.
 * {@code draft} and {@code breakdown} are null when the episode has no draft yet.
 */
public record BreakdownPage(Chrome chrome, Series series, Episode episode, Draft draft, List<Draft> drafts,
        Breakdown breakdown, Map<Integer, Integer> timings, String filesProblem) {

    /** Whether the production files time any scene: the table then shows the times. */
    public boolean timed() {
        return !timings.isEmpty();
    }

    /** The first AD's time to shoot the scene ("2h 30m", "45m"), or empty when not timed. */
    public String timing(Sheet sheet) {
        Integer minutes = timings.get(breakdown.position(sheet));
        if (minutes == null) {
            return "";
        }
        return (minutes >= 60 ? minutes / 60 + "h" : "") + (minutes >= 60 && minutes % 60 > 0 ? " " : "")
                + (minutes % 60 > 0 ? minutes % 60 + "m" : "");
    }

    /** A cast member of a scene as the page lists them: who speaks first, then who is seen. */
    public record CastMember(String name, boolean speaks) {}

    /** The scene's cast: the speaking cast, then those seen without speaking. */
    public List<CastMember> cast(Sheet sheet) {
        List<CastMember> cast = new ArrayList<>();
        sheet.speakingCast().forEach(name -> cast.add(new CastMember(name, true)));
        sheet.nonSpeakingCast().forEach(name -> cast.add(new CastMember(name, false)));
        return cast;
    }

    /** The strip colour's name for the row's class ("white", "yellow", "blue", "green"). */
    public String colour(Sheet sheet) {
        return Reports.stripColour(sheet).label();
    }

    /** "INT", "EXT", "INT/EXT" or "EST", as the strip prints it. */
    public String intExt(Sheet sheet) {
        return Reports.intExt(sheet.setting());
    }

    /** The scene's elements as "extras: CROWD; props: pocket watch", categories in sheet order. */
    public String elements(Sheet sheet) {
        List<String> parts = new ArrayList<>();
        for (Category c : Category.values()) {
            List<String> items = sheet.elements().getOrDefault(c, List.of());
            if (!items.isEmpty()) {
                parts.add(c.name().toLowerCase(Locale.ROOT) + ": " + String.join(", ", items));
            }
        }
        return String.join("; ", parts);
    }

    /** The script's length with its unit: "1 page", "7/8 page", "125 2/8 pages". */
    public String totalPages() {
        Integer total = breakdown.totalEighths();
        if (total == null) {
            return "? pages";
        }
        return Eighths.of(total).withUnit();
    }
}
