package dev.showrunner.studio.cli;

import dev.showrunner.planning.talent.SolveOptions;
import dev.showrunner.planning.talent.StuckeyFormat;
import dev.showrunner.planning.talent.TalentInstance;
import dev.showrunner.planning.talent.TalentSolution;
import dev.showrunner.planning.talent.TalentSolver;
import dev.showrunner.screenplay.ScriptFormatException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code showrunner schedule INSTANCE.txt}: the cheapest shooting order of a talent scheduling
 * instance in Stuckey's text format, with its cost, the proven lower bound and whether
 * optimality was proven.
 */
@Command(
        name = "schedule",
        mixinStandardHelpOptions = true,
        description = {
            "Orders the scenes of a talent scheduling instance (Stuckey's text format) so that the actors,",
            "paid from their first scene to their last, cost least; proves the order optimal or reports the gap."
        })
final class ScheduleCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INSTANCE", description = "instance file (name, scenes, actors, actor rows, durations)")
    Path input;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "60",
            description = "stop after this many seconds and report the best order with its gap (default: ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--progress", description = "report the best cost and the bound on standard error as they improve")
    boolean progress;

    @Override
    public Integer call() throws IOException, ScriptFormatException {
        if (!(seconds > 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--time-limit must be positive");
        }
        TalentInstance instance;
        try (var reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            instance = StuckeyFormat.read(reader, input.toString());
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ScriptFormatException(input.toString(), 0, 0, -1, "not UTF-8 text");
        }
        PrintWriter err = spec.commandLine().getErr();
        SolveOptions options = SolveOptions.defaults().withTimeLimit(Duration.ofMillis((long) (seconds * 1000)));
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
}
