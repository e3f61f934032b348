package dev.showrunner.studio.cli;

import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.notes.Anchor;
import dev.showrunner.screenplay.notes.Carried;
import dev.showrunner.screenplay.notes.NoteCarry;
import dev.showrunner.studio.json.WebAnnotations;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "carry", mixinStandardHelpOptions = true,
        description = {"Carry notes made on one draft to the next: each note's words are found again in NEW and the note is",
            "marked kept (the same words, perhaps moved), changed (its words rewritten; the anchor covers their new version)",
            "or orphaned (its words or its scene cut). Prints the notes with both selectors updated and a status."})
final class NotesCarryCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OLD", description = "The draft the notes were made on (Fountain or .fdx).")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later draft (Fountain or .fdx).")
    Path after;

    @Option(names = "--notes", required = true, paramLabel = "NOTES.json",
            description = "The notes: a JSON array of W3C Web Annotations whose selectors count code points of OLD's Fountain text"
                    + " (for an .fdx, the text 'showrunner fmt' writes).")
    Path notes;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.json", description = "Write to this file instead of standard output.")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Larger notes files are refused rather than read: a season's notes come to a few megabytes. */
    static final long MAX_NOTES_BYTES = 64L * 1024 * 1024;

    @Override
    public Integer call() throws Exception {
        if (Files.isRegularFile(notes) && Files.size(notes) > MAX_NOTES_BYTES) {
            throw new ScriptFormatException(notes.toString(), 0, 0, -1,
                    "file is %,d bytes; notes files larger than %,d bytes are refused".formatted(Files.size(notes), MAX_NOTES_BYTES));
        }
        List<WebAnnotations.Note> read = InputFiles.read(notes, WebAnnotations::read);
        Draft old = draft(before);
        Draft now = draft(after);
        List<Anchor> anchors = new ArrayList<>(read.size());
        for (WebAnnotations.Note note : read) {
            anchors.add(WebAnnotations.anchor(note, old.text(), before.toString(), notes.toString()));
        }
        List<Carried> carried = NoteCarry.between(old.text(), old.script(), now.text(), now.script()).carry(anchors);
        Map<Carried.Status, Integer> counts = new EnumMap<>(Carried.Status.class);
        for (int i = 0; i < carried.size(); i++) {
            if (carried.get(i).cause().orElse(null) == Carried.Cause.NOT_IN_OLD) {
                throw new ScriptFormatException(notes.toString(), 0, 0, -1, read.get(i).name()
                        + ": TextQuoteSelector.exact: \"" + abbreviated(anchors.get(i).exact()) + "\" is not in " + before
                        + " (were these notes made on another draft?)");
            }
            counts.merge(carried.get(i).status(), 1, Integer::sum);
        }
        Output.write(output, WebAnnotations.write(read, carried).getBytes(StandardCharsets.UTF_8));
        PrintWriter err = spec.commandLine().getErr();
        err.printf("showrunner: %d notes carried: %d kept, %d changed, %d orphaned%n", carried.size(),
                counts.getOrDefault(Carried.Status.KEPT, 0), counts.getOrDefault(Carried.Status.CHANGED, 0),
                counts.getOrDefault(Carried.Status.ORPHANED, 0));
        err.flush();
        return Showrunner.EXIT_OK;
    }

    /** A draft's Fountain text and the script read from it, so that spans index the text the notes count in. */
    private record Draft(String text, Screenplay script) {}

    private static Draft draft(Path path) throws IOException, ScriptFormatException {
        String text = switch (ScriptFiles.Format.of(path)) {
            case FDX -> Fountain.write(ScriptFiles.read(path));
            case FOUNTAIN -> {
                byte[] bytes = ScriptFiles.bytes(path);
                Fountain.read(bytes, path.toString()); // refuses what is not UTF-8, naming the byte
                int bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
                yield new String(bytes, bom, bytes.length - bom, StandardCharsets.UTF_8);
            }
        };
        return new Draft(text, Fountain.read(text));
    }

    private static String abbreviated(String text) {
        String line = text.replace("\n", "\\n");
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }
}
