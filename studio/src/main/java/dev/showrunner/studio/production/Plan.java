package dev.showrunner.studio.production;

import dev.showrunner.planning.breakdown.Breakdown;
import dev.showrunner.planning.breakdown.CastList;
import dev.showrunner.planning.breakdown.Elements;
import dev.showrunner.planning.breakdown.ElementsFile;
import dev.showrunner.planning.breakdown.SceneNumbers;
import dev.showrunner.planning.input.Warning;
import dev.showrunner.planning.schedule.CastCostsFile;
import dev.showrunner.planning.schedule.Constraints;
import dev.showrunner.planning.schedule.ConstraintsFile;
import dev.showrunner.planning.schedule.LocationsFile;
import dev.showrunner.planning.schedule.ScheduleRequest;
import dev.showrunner.planning.schedule.TimingsFile;
import dev.showrunner.planning.schedule.Unavailability;
import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.layout.PageFormat;
import dev.showrunner.screenplay.layout.Paper;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.studio.errors.StudioException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A draft read with its episode's production files: the breakdown (cast corrected, elements
 * added) and what the schedule needs (places, daily costs, unavailable dates, rules, the time
 * scenes take: minutes by 1-based scene position), with the
 * warnings the files gave (a set or a cast member the draft does not have), and the paper the
 * draft is laid out on, which its reports are printed on too.
 */
public record Plan(Breakdown breakdown, Map<String, String> locations, Map<String, Long> dailyCost,
        Unavailability unavailable, Constraints rules, Map<Integer, Integer> timings, List<Warning> warnings,
        Paper paper) {

    /** The files' names as their errors and warnings cite them, by their names in forms and JSON. */
    static final Map<String, String> SOURCES = Map.of("cast", "cast", "elements", "elements", "places", "places",
            "castCosts", "cast costs", "unavailable", "unavailable dates", "rules", "rules", "timings", "timings");

    public Plan {
        locations = Map.copyOf(locations);
        dailyCost = Map.copyOf(dailyCost);
        timings = Map.copyOf(timings);
        warnings = List.copyOf(warnings);
    }

    /**
     * Reads the files against {@code script}, each with the command line's reader.
     *
     * @throws ScriptFormatException at the first line of a file that cannot be read (or names a
     *     scene the draft does not have), with the file's name, the line and the column
     */
    public static Plan of(Screenplay script, ProductionFiles.Texts files) throws ScriptFormatException {
        List<Warning> warnings = new ArrayList<>();
        Elements elements = files.elements().isBlank() ? Elements.none()
                : ElementsFile.read(new StringReader(files.elements()), SOURCES.get("elements"), SceneNumbers.of(script));
        Breakdown breakdown = Breakdown.of(script, elements, CastList.none());
        if (!files.cast().isBlank()) {
            CastList corrections = CastList.read(new StringReader(files.cast()), SOURCES.get("cast"), breakdown.cast());
            warnings.addAll(corrections.warnings());
            breakdown = Breakdown.of(script, elements, corrections);
        }
        Map<String, String> locations = Map.of();
        if (!files.places().isBlank()) {
            LocationsFile read = LocationsFile.read(new StringReader(files.places()), SOURCES.get("places"), breakdown);
            warnings.addAll(read.warnings());
            locations = read.locations();
        }
        Map<String, Long> costs = Map.of();
        if (!files.castCosts().isBlank()) {
            CastCostsFile read = CastCostsFile.read(new StringReader(files.castCosts()), SOURCES.get("castCosts"),
                    breakdown);
            warnings.addAll(read.warnings());
            costs = read.dailyCost();
        }
        Unavailability unavailable = files.unavailable().isBlank() ? Unavailability.none()
                : Unavailability.read(new StringReader(files.unavailable()), SOURCES.get("unavailable"));
        Constraints rules = Constraints.none();
        if (!files.rules().isBlank()) {
            ConstraintsFile read = ConstraintsFile.read(new StringReader(files.rules()), SOURCES.get("rules"), breakdown);
            warnings.addAll(read.warnings());
            rules = read.constraints();
        }
        Map<Integer, Integer> timings = files.timings().isBlank() ? Map.of()
                : TimingsFile.read(new StringReader(files.timings()), SOURCES.get("timings"), SceneNumbers.of(script))
                        .minutes();
        return new Plan(breakdown, locations, costs, unavailable, rules, timings, warnings,
                PageFormat.forScript(script).paper());
    }

    /**
     * The schedule's request: this breakdown, under these files, in days shaped by
     * {@code settings}; 400 when the files time scenes but the days have no hours.
     */
    public ScheduleRequest request(ScheduleSettings settings) {
        if (!timings.isEmpty() && settings.minutesPerDay() == 0) {
            throw StudioException.badRequest("hours: the timings file times scenes by the clock; give the length of"
                    + " the shooting day in hours (e.g. 11), or empty the timings file to cap days by pages alone");
        }
        ScheduleRequest request = ScheduleRequest.of(breakdown, settings.eighths(), settings.start())
                .withLocations(locations).withDailyCost(dailyCost).withUnavailable(unavailable)
                .withCompanyMoveCost(settings.moveCost()).withDayCost(settings.dayCost());
        return settings.minutesPerDay() == 0 ? request : request.withShootingDay(settings.minutesPerDay(), timings);
    }
}
