package dev.showrunner.studio.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code showrunner} command. Each feature adds its subcommand to {@link #COMMANDS}; exit
 * codes are the same for all: 0 ok, 1 bad input (the message names file, line and column),
 * 2 usage.
 */
@Command(
        name = "showrunner",
        mixinStandardHelpOptions = true,
        versionProvider = Showrunner.Version.class,
        description = "The open production office for television.")
public final class Showrunner implements Runnable {

    /** Every subcommand, in the order the usage message lists them. */
    static final List<Class<?>> COMMANDS = List.of(
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
            NotesCommand.class);

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
        return commandLine(args).execute(args);
    }

    /** The whole command line, every subcommand registered. */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command line for these arguments. When the first argument names a subcommand, only
     * that one is registered: picocli reads every registered command's annotations by
     * reflection, and for the whole tree that was most of a short command's start (picocli's
     * classes are too old a class-file version for the JVM's class-data archive to hold them
     * linked). Anything else (no command, a typo, --help, help) gets the whole tree, so the
     * usage message and "did you mean" list every command.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine commandLine = new CommandLine(new Showrunner());
        Class<?> named = args.length == 0 ? null : commandNamed(args[0]);
        for (Class<?> command : COMMANDS) {
            if (named == null || command == named) {
                commandLine.addSubcommand(command);
            }
        }
        commandLine.setExitCodeExceptionMapper(CliErrors::exitCode);
        commandLine.setExecutionExceptionHandler(CliErrors::handle);
        return commandLine;
    }

    private static Class<?> commandNamed(String name) {
        for (Class<?> command : COMMANDS) {
            Command annotation = command.getAnnotation(Command.class);
            // "help" lists the other commands, so it needs them all.
            if (command != CommandLine.HelpCommand.class
                    && (annotation.name().equals(name) || List.of(annotation.aliases()).contains(name))) {
                return command;
            }
        }
        return null;
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
