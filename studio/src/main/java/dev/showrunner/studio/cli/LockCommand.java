package dev.showrunner.studio.cli;

import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.revision.Lock;
import dev.showrunner.screenplay.revision.LockFile;
import dev.showrunner.screenplay.revision.LayoutPages;
import dev.showrunner.screenplay.revision.Revision;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "lock", mixinStandardHelpOptions = true,
        description = {"Lock a script for production: record every scene number and every page in a file beside it, "
                + "FILE.lock.json.",
            "Later drafts issued with 'showrunner revise' keep those numbers (12A, 23A, 12 OMITTED). See docs/revisions.md."})
final class LockCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The script to lock (Fountain or Final Draft).")
    Path file;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The lock's date (default: today).")
    LocalDate date;

    @Option(names = "--label", paramLabel = "TEXT", description = "A label, such as \"Production draft\".")
    String label = "";

    @Option(names = "--force", description = "Replace an existing lock. This unlocks: scene and page numbers start afresh.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        Path sidecar = sidecar(file);
        if (Files.exists(sidecar) && !force) {
            throw new CommandLine.ParameterException(spec.commandLine(), sidecar
                    + " already exists: the script is locked. Use 'showrunner revise' to issue a revision, or --force to unlock and lock afresh.");
        }
        Screenplay script = ScriptFiles.read(file);
        Lock lock = Revision.lock(script, LayoutPages.forScript(script), date == null ? LocalDate.now() : date, label);
        Output.write(sidecar, LockFile.write(lock).getBytes(StandardCharsets.UTF_8));
        long scenes = lock.scenes().stream().filter(s -> !s.omitted()).count();
        System.err.printf("showrunner: locked %s: %d scenes, %d pages -> %s%n", file, scenes, lock.pages().size(), sidecar);
        return Showrunner.EXIT_OK;
    }

    /** The lock file of a script: its name followed by {@value LockFile#SUFFIX}. */
    static Path sidecar(Path script) {
        return script.resolveSibling(script.getFileName() + LockFile.SUFFIX);
    }

    /** Reads a lock file, or the lock file beside a script. */
    static Lock readLock(Path path) throws IOException, ScriptFormatException {
        Path sidecar = path.getFileName() != null && path.getFileName().toString().endsWith(LockFile.SUFFIX) ? path : sidecar(path);
        if (!Files.exists(sidecar) && !sidecar.equals(path)) {
            throw new ScriptFormatException(path.toString(), 0, 0, -1,
                    "is not locked (no " + sidecar.getFileName() + " beside it); run 'showrunner lock " + path + "' first");
        }
        byte[] bytes = ScriptFiles.bytes(sidecar);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException bad) {
            throw new ScriptFormatException(sidecar.toString(), 0, 0, -1, "is not UTF-8 text");
        }
        return LockFile.read(text, sidecar.toString());
    }
}
