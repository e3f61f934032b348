package dev.showrunner.studio.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code showrunner} command. Each feature adds its subcommand to the list below; exit
 * codes are the same for all: 0 ok, 1 bad input (the message names file, line and column),
 * 2 usage.
 */
@Command(
        name = "showrunner",
        mixinStandardHelpOptions = true,
        versionProvider = Showrunner.Version.class,
        description = "The open production office for television.",
        subcommands = {
            CommandLine.HelpCommand.class,
            ParseCommand.class,
            FmtCommand.class,
            StatsCommand.class,
            ConvertCommand.class,
            DiffCommand.class,
            LockCommand.class,
            ReviseCommand.class,
            ServeCommand.class,
            PdfCommand.class,
            HtmlCommand.class,
            PagesCommand.class,
            ScheduleCommand.class,
            BreakdownCommand.class,
            NotesCommand.class,
        })
public final class Showrunner implements Runnable {

    public static final int EXIT_OK = 0;
    public static final int EXIT_BAD_INPUT = 1;
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; used by {@link #main} and by tests. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Showrunner());
        commandLine.setExitCodeExceptionMapper(CliErrors::exitCode);
        commandLine.setExecutionExceptionHandler(CliErrors::handle);
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command.");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Showrunner.class.getPackage().getImplementationVersion();
            return new String[] {"showrunner " + (version == null ? "development build" : version)};
        }
    }
}
