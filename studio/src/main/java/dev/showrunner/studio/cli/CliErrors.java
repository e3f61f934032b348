package dev.showrunner.studio.cli;

import dev.showrunner.screenplay.ScriptFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/** Maps what a command throws to a one-line message and an exit code: 1 bad input, 2 usage. */
final class CliErrors {

    private CliErrors() {}

    static int exitCode(Throwable error) {
        return error instanceof CommandLine.ParameterException ? Showrunner.EXIT_USAGE : Showrunner.EXIT_BAD_INPUT;
    }

    static int handle(Exception error, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        var err = commandLine.getErr();
        Throwable cause = error instanceof UncheckedIOException unchecked ? unchecked.getCause() : error;
        switch (cause) {
            case ScriptFormatException bad -> err.println("showrunner: " + bad.getMessage());
            case NoSuchFileException missing -> err.println("showrunner: " + missing.getFile() + ": no such file");
            case AccessDeniedException denied -> err.println("showrunner: " + denied.getFile() + ": permission denied");
            case IOException io -> err.println("showrunner: " + io.getMessage());
            case CommandLine.ParameterException usage -> {
                err.println("showrunner: " + usage.getMessage());
                return Showrunner.EXIT_USAGE;
            }
            default -> {
                // A bug, not bad input: say so plainly; the trace only on request.
                err.println("showrunner: internal error: " + cause);
                if (System.getenv("SHOWRUNNER_DEBUG") != null) {
                    cause.printStackTrace(err);
                } else {
                    err.println("(set SHOWRUNNER_DEBUG=1 to see the stack trace, and please report it)");
                }
            }
        }
        err.flush();
        return Showrunner.EXIT_BAD_INPUT;
    }
}
