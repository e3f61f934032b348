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
import dev.showrunner.planning.schedule.Unavailability;
import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.model.Screenplay;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A draft read with its episode's production files: the breakdown (cast corrected, elements
 * added) and what the schedule needs (places, daily costs, unavailable dates, rules), with the
 * warnings the files gave (a set or a cast member the draft does not have).
 */
public record Plan(Breakdown breakdown, Map<String, String> locations, Map<String, Long> dailyCost,
        Unavailability unavailable, Constraints rules, List<Warning> warnings) {

    /** The files' names as their errors and warnings cite them, by their names in forms and JSON. */
    static final Map<String, String> SOURCES = Map.of("cast", "cast", "elements", "elements", "places", "places",
            "castCosts", "cast costs", "unavailable", "unavailable dates", "rules", "rules");

    public Plan {
        locations = Map.copyOf(locations);
        dailyCost = Map.copyOf(dailyCost);
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
        return new Plan(breakdown, locations, costs, unavailable, rules, warnings);
    }

    /** The schedule's request: this breakdown, {@code eighthsPerDay} a day from {@code start}, under these files. */
    public ScheduleRequest request(int eighthsPerDay, LocalDate start) {
        return ScheduleRequest.of(breakdown, eighthsPerDay, start).withLocations(locations).withDailyCost(dailyCost)
                .withUnavailable(unavailable);
    }
}
