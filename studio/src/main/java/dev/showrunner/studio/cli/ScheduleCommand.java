package dev.showrunner.studio.cli;

import dev.showrunner.planning.breakdown.SceneNumbers;
import dev.showrunner.planning.schedule.CastCostsFile;
import dev.showrunner.planning.schedule.Constraints;
import dev.showrunner.planning.schedule.ConstraintsFile;
import dev.showrunner.planning.schedule.DayOutOfDays;
import dev.showrunner.planning.schedule.DayOutOfDaysPdf;
import dev.showrunner.planning.schedule.LocationsFile;
import dev.showrunner.planning.schedule.Reports;
import dev.showrunner.planning.schedule.ScheduleRequest;
import dev.showrunner.planning.schedule.ShootingSchedulePdf;
import dev.showrunner.planning.schedule.ShootingScheduler;
import dev.showrunner.planning.schedule.StripboardPdf;
import dev.showrunner.planning.schedule.TimingsFile;
import dev.showrunner.planning.schedule.Unavailability;
import dev.showrunner.planning.talent.SolveOptions;
import dev.showrunner.planning.talent.StuckeyFormat;
import dev.showrunner.planning.talent.TalentInstance;
import dev.showrunner.planning.talent.TalentSolution;
import dev.showrunner.planning.talent.TalentSolver;
import dev.showrunner.print.PdfWriter;
import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.layout.Eighths;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code showrunner schedule INSTANCE.txt}: the cheapest shooting order of a talent scheduling
 * instance in Stuckey's text format, with its cost, the proven lower bound and whether
 * optimality was proven. With {@code --eighths-per-day}, the file is a script instead: it is
 * broken down and scheduled into shooting days, and the stripboard and day out of days (CSV and
 * PDF) and the calendar are written.
 */
@Command(
        name = "schedule",
        mixinStandardHelpOptions = true,
        // one paragraph an element: picocli wraps each at the help's width
        description = {
            "Orders the scenes of a talent scheduling instance (Stuckey's text format) so that the actors, "
                + "paid from their first scene to their last, cost least; proves the order optimal or reports the gap.",
            "With --eighths-per-day, FILE is a script (Fountain or Final Draft): it is broken down and scheduled "
                + "into shooting days, and the stripboard and day out of days (PDF and CSV), the shooting "
                + "schedule (PDF) and a calendar (schedule.ics) are written to --output-dir."
        })
final class ScheduleCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "instance file (name, scenes, actors, actor rows, durations), or a script with --eighths-per-day")
    Path input;

    @Option(names = "--eighths-per-day", paramLabel = "N", description = "schedule a script: most eighths of a page per shooting day (40 = five pages)")
    Integer eighthsPerDay;

    @Option(names = "--start", paramLabel = "DATE", description = "first shooting day, e.g. 2027-03-01 (default: next Monday)")
    LocalDate start;

    @Option(names = "--unavailable", paramLabel = "FILE", description = "cast unavailable dates, lines like  MARY: 2027-03-03, 2027-03-10..2027-03-12")
    Path unavailable;

    @Option(names = "--constraints", paramLabel = "FILE", description = "scheduling rules, one a line:  12 before 14,  scene 30 on 2027-03-04,  EDWARD works 2027-03-01..2027-04-10")
    Path constraints;

    @Option(names = "--hours-per-day", paramLabel = "HOURS", description = "cap each day by time too: a day of this many hours (e.g. 11 or 10.5); scenes not in --timings take their eighths at the pace of --eighths-per-day a day")
    Double hoursPerDay;

    @Option(names = "--timings", paramLabel = "FILE", description = "the time scenes take to shoot, lines like  12: 2h30  (needs --hours-per-day)")
    Path timings;

    @Option(names = "--cast-costs", paramLabel = "FILE", description = "daily cost of cast members, lines like  EDWARD: 12  (others cost 1)")
    Path castCosts;

    @Option(names = "--locations", paramLabel = "FILE", description = "where sets are shot, lines like  BLOOM HOUSE: GUEST ROOM, KITCHEN, FOYER  (no company move between them)")
    Path locations;


    @Option(names = "--move-cost", paramLabel = "COST", defaultValue = "3", description = "cost of a company move or a day/night turnaround, in cast-days (default: ${DEFAULT-VALUE})")
    long moveCost;

    @Option(names = "--day-cost", paramLabel = "COST", defaultValue = "20", description = "cost of one shooting day for crew and equipment, in cast-days (default: ${DEFAULT-VALUE})")
    long dayCost;

    @Option(names = {"-d", "--output-dir"}, paramLabel = "DIR", defaultValue = ".", description = "where the script reports go (default: the current directory)")
    Path outputDir;

    /** Script mode: the page format the eighths are measured in (and the reports' paper), and elements. */
    @picocli.CommandLine.Mixin
    BreakdownArgs breakdownArgs;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "60",
            description = "stop after this many seconds and report the best order with its gap (default: ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--threads", paramLabel = "N",
            description = "most processor threads the exact search of an instance may use (default: all of them)")
    Integer threads;

    @Option(names = "--progress", description = "report the best cost and the bound on standard error as they improve")
    boolean progress;

    @Override
    public Integer call() throws IOException, ScriptFormatException {
        if (!(seconds > 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--time-limit must be positive");
        }
        if (threads != null && (threads < 1 || threads > 1024)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be between 1 and 1024");
        }
        if (eighthsPerDay != null) {
            if (threads != null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--threads applies to an instance file; a script's schedule is searched on one thread");
            }
            return scheduleScript();
        }
        if (start != null || unavailable != null || constraints != null || castCosts != null || locations != null
                || breakdownArgs.given() || hoursPerDay != null
                || timings != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--start, --unavailable, --constraints,"
                    + " --cast-costs, --locations, --elements, --hours-per-day, --timings, --format and --paper"
                    + " schedule a script: give --eighths-per-day too");
        }
        TalentInstance instance;
        try (var reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            instance = StuckeyFormat.read(reader, input.toString());
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ScriptFormatException(input.toString(), 0, 0, -1, "not UTF-8 text");
        }
        PrintWriter err = spec.commandLine().getErr();
        SolveOptions options = SolveOptions.defaults().withTimeLimit(Duration.ofMillis((long) (seconds * 1000)));
        if (threads != null) {
            options = options.withThreads(threads);
        }
        if (progress) {
            options = options.withProgress(p -> {
                err.printf("best %d, bound %d, %d nodes, %.2f s%n", p.bestCost(), p.lowerBound(), p.nodes(),
                        p.elapsed().toNanos() / 1e9);
                err.flush();
            });
        }
        TalentSolution solution = TalentSolver.solve(instance, options);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: %d scenes, %d actors%n", instance.name().isBlank() ? input : instance.name(),
                instance.sceneCount(), instance.actorCount());
        StringBuilder order = new StringBuilder();
        for (int s : solution.order()) {
            order.append(order.isEmpty() ? "" : " ").append(s + 1);
        }
        out.println("order: " + order);
        out.printf("total cost: %d (holding %d)%n", solution.totalCost(), solution.holdingCost());
        out.printf("lower bound: %d%n", solution.lowerBound());
        out.printf("status: %s in %.3f s, %d nodes%n",
                solution.proven() ? "optimal (proven)" : String.format("stopped, gap %.1f%%", 100 * solution.gap()),
                solution.elapsed().toNanos() / 1e9, solution.nodes());
        out.flush();
        return Showrunner.EXIT_OK;
    }

    private Integer scheduleScript() throws IOException, ScriptFormatException {
        if (eighthsPerDay < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--eighths-per-day must be at least 1");
        }
        if (moveCost < 0 || dayCost < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--move-cost and --day-cost must not be negative");
        }
        BreakdownArgs.Loaded loaded = breakdownArgs.read(input, spec.commandLine().getErr());
        var breakdown = loaded.breakdown();
        // the reports go on the script's paper
        var paper = loaded.format().paper();
        if (breakdown.sheets().isEmpty()) {
            throw new ScriptFormatException(input.toString(), 0, 0, -1,
                    "no scene headings (INT./EXT. ...): nothing to schedule");
        }
        LocalDate first = start != null ? start
                : LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        if (ScheduleRequest.startProblem(first) != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--start: " + ScheduleRequest.startProblem(first));
        }
        var request = ScheduleRequest.of(breakdown, eighthsPerDay, first)
                .withCompanyMoveCost(moveCost)
                .withDayCost(dayCost)
                .withTimeLimit(Duration.ofMillis((long) (seconds * 1000)));
        PrintWriter warnings = spec.commandLine().getErr();
        if (unavailable != null) {
            request = request.withUnavailable(
                    InputFiles.read(unavailable, Unavailability::read));
        }
        if (timings != null && hoursPerDay == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--timings needs --hours-per-day");
        }
        if (hoursPerDay != null) {
            if (!(hoursPerDay > 0 && hoursPerDay <= 24)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--hours-per-day must be more than 0 and at most 24");
            }
            var timed = timings == null ? Map.<Integer, Integer>of()
                    : InputFiles.read(timings, (in, source) -> TimingsFile.read(in, source,
                            SceneNumbers.of(breakdown))).minutes();
            request = request.withShootingDay((int) Math.round(hoursPerDay * 60), timed);
        }
        if (castCosts != null) {
            var costs = InputFiles.read(castCosts,
                    (in, source) -> CastCostsFile.read(in, source, breakdown));
            InputFiles.warn(warnings, costs.warnings());
            request = request.withDailyCost(costs.dailyCost());
        }
        if (locations != null) {
            var places = InputFiles.read(locations,
                    (in, source) -> LocationsFile.read(in, source, breakdown));
            InputFiles.warn(warnings, places.warnings());
            request = request.withLocations(places.locations());
        }
        var rules = Constraints.none();
        if (constraints != null) {
            var read = InputFiles.read(constraints,
                    (in, source) -> ConstraintsFile.read(in, source, breakdown));
            InputFiles.warn(warnings, read.warnings());
            rules = read.constraints();
        }
        PrintWriter err = spec.commandLine().getErr();
        var schedule = ShootingScheduler.schedule(request, rules, () -> false, p -> {
            if (progress) {
                err.printf("best %d, bound %d, %d boards tried, %.2f s%n", p.cost(), p.lowerBound(), p.boards(),
                        p.elapsed().toNanos() / 1e9);
                err.flush();
            }
        });
        Files.createDirectories(outputDir);
        String title = input.getFileName() == null ? "schedule" : input.getFileName().toString();
        Output.write(outputDir.resolve("stripboard.csv"),
                Reports.stripboardCsv(schedule).getBytes(StandardCharsets.UTF_8));
        Output.write(outputDir.resolve("day-out-of-days.csv"),
                Reports.dayOutOfDaysCsv(schedule).getBytes(StandardCharsets.UTF_8));
        Output.write(outputDir.resolve("schedule.ics"),
                Reports.iCalendar(schedule, title).getBytes(StandardCharsets.UTF_8));
        String reportTitle = loaded.script().titlePage().value("title").map(t -> t.replace('\n', ' ').strip())
                .filter(t -> !t.isEmpty()).orElse(title);
        PdfWriter.skipSystemFontScan(); // this process only writes
        Output.write(outputDir.resolve("stripboard.pdf"),
                out -> StripboardPdf.write(schedule, reportTitle, paper, out));
        Output.write(outputDir.resolve("day-out-of-days.pdf"),
                out -> DayOutOfDaysPdf.write(schedule, reportTitle, paper, out));
        Output.write(outputDir.resolve("shooting-schedule.pdf"),
                out -> ShootingSchedulePdf.write(schedule, reportTitle, paper, out));
        PrintWriter out = spec.commandLine().getOut();
        for (var day : schedule.days()) {
            StringBuilder scenes = new StringBuilder();
            for (var sheet : day.scenes()) {
                scenes.append(scenes.isEmpty() ? "" : " ").append(sheet.displayNumber());
            }
            out.printf("day %-3d %s  %-8s scenes %s%n", day.number(), day.date(), Eighths.of(day.eighths()) + " pp", scenes);
        }
        var dood = DayOutOfDays.of(schedule);
        int cast = dood.rows().size();
        int worked = dood.rows().stream().mapToInt(DayOutOfDays.Row::work).sum();
        int held = dood.rows().stream().mapToInt(DayOutOfDays.Row::hold).sum();
        out.printf("%d shooting days, cast cost %d cast-days (%d cast member%s: %d day%s worked, %d on hold),"
                + " %d company moves, cost %d (lower bound %d)%n", schedule.days().size(), schedule.castCost(), cast,
                cast == 1 ? "" : "s", worked, worked == 1 ? "" : "s", held, schedule.companyMoves(), schedule.cost(),
                schedule.lowerBound());
        out.printf("wrote %s, %s, %s, %s, %s, %s%n", outputDir.resolve("stripboard.csv"),
                outputDir.resolve("day-out-of-days.csv"), outputDir.resolve("schedule.ics"),
                outputDir.resolve("stripboard.pdf"), outputDir.resolve("day-out-of-days.pdf"),
                outputDir.resolve("shooting-schedule.pdf"));
        out.flush();
        if (!schedule.feasible()) {
            err.println("showrunner: the schedule breaks " + schedule.conflicts().size() + " constraint(s):");
            schedule.conflicts().forEach(c -> err.println("  " + c));
            err.flush();
            return Showrunner.EXIT_BAD_INPUT;
        }
        return Showrunner.EXIT_OK;
    }
}
