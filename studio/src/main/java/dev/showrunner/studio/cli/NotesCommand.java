package dev.showrunner.studio.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "notes", mixinStandardHelpOptions = true,
        description = "Notes on a draft (W3C Web Annotations on its Fountain text).",
        subcommands = {NotesCarryCommand.class})
final class NotesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a notes command: carry.");
    }
}
