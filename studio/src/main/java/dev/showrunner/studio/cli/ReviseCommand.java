package dev.showrunner.studio.cli;

import dev.showrunner.print.PdfWriter;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.revision.LayoutPages;
import dev.showrunner.screenplay.revision.Lock;
import dev.showrunner.screenplay.revision.LockFile;
import dev.showrunner.screenplay.revision.Revision;
import dev.showrunner.screenplay.revision.RevisionSet;
import dev.showrunner.studio.scripts.RevisedPages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "revise", mixinStandardHelpOptions = true,
        description = {"Issue a new draft as the next coloured revision of a locked script: locked scene and page "
                + "numbers kept (12A, 12 OMITTED, 23A, 23-24), changed lines marked with *.",
            "Writes the lock for the revision after beside NEW, as NEW.lock.json. See docs/revisions.md."})
final class ReviseCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LOCKED", description = "The locked script (with its .lock.json beside it), or the .lock.json itself.")
    Path locked;

    @Parameters(index = "1", paramLabel = "NEW", description = "The new draft (Fountain or Final Draft).")
    Path draft;

    @Option(names = "--color", paramLabel = "COLOR",
            description = "The revision's colour: blue, pink, yellow, green, goldenrod, buff, salmon, cherry, double-white, ... (default: the next in order).")
    String color;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The revision's date (default: today).")
    LocalDate date;

    @Option(names = "--label", paramLabel = "TEXT", description = "A label for the revision.")
    String label = "";

    @Option(names = "--mark", paramLabel = "TEXT", description = "The mark for changed lines (default: *).")
    String mark = RevisionSet.ASTERISK;

    @Option(names = "--pages-only", description = "Print only the pages this revision changed, added, combined or omitted.")
    boolean pagesOnly;

    @Option(names = "--only-this-revision", description = "Mark only this revision's changes, not earlier revisions' too.")
    boolean onlyThisRevision;

    @Option(names = "--omit-emptied-pages", description = "Print an emptied page as OMITTED instead of combining its number (23-24).")
    boolean omitEmptied;

    @Option(names = "--tint", description = "In a PDF, tint each page the colour of its revision's paper.")
    boolean tint;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Write the pages to this file: a PDF when its name ends in .pdf, else text. Default: text to standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        Lock lock = LockCommand.readLock(locked);
        if (mark.isEmpty() || mark.length() > 3 || mark.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--mark must be one to three visible characters");
        }
        RevisionSet next;
        try {
            next = RevisedPages.next(lock, date == null ? LocalDate.now() : date, label, color, mark);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Screenplay script = ScriptFiles.read(draft);
        Revision.Revised revised = Revision.revise(lock, script, LayoutPages.forScript(script), next,
                new Revision.Options(!onlyThisRevision, omitEmptied));
        if (output != null && output.toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            PdfWriter.skipSystemFontScan();
            Output.write(output, RevisedPages.pdf(revised, pagesOnly, tint));
        } else {
            Output.write(output, RevisedPages.text(revised, pagesOnly).getBytes(StandardCharsets.UTF_8));
        }
        Path nextLock = LockCommand.sidecar(draft);
        Output.write(nextLock, LockFile.write(revised.lock()).getBytes(StandardCharsets.UTF_8));
        System.err.printf("showrunner: %s: %d of %d pages changed -> %s%n", next.header(),
                revised.changedPages().size(), revised.pages().size(), nextLock);
        return Showrunner.EXIT_OK;
    }
}
