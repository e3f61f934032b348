package dev.showrunner.studio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.showrunner.screenplay.fdx.Fdx;
import dev.showrunner.screenplay.fountain.Fountain;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NotesCarryCommandTest {

    private static final String OLD = """
            INT. KITCHEN - NIGHT

            MARY pours coffee into a chipped mug.

            MARY
            You're late. Again.

            EXT. GARDEN - DAY

            Roses everywhere, and a rusted swing.
            """;

    private static final String NEW = """
            EXT. STATION - NIGHT

            A train pulls in.

            INT. KITCHEN - NIGHT

            MARY pours coffee into a cracked mug.

            MARY
            You're late. Again.
            """;

    @TempDir
    Path dir;

    private String file(String name, String text) throws Exception {
        Path path = dir.resolve(name);
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path.toString();
    }

    /** A note on {@code quote} of {@code text}, as a client would write it, with a field of its own. */
    private static String note(String id, String text, String quote) {
        int at = text.indexOf(quote);
        return """
                {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "%s", "type": "Annotation",
                 "body": {"type": "TextualBody", "value": "Tighten this."}, "x-source": "network",
                 "target": {"source": "old.fountain", "selector": [
                   {"type": "TextQuoteSelector", "exact": "%s", "prefix": "", "suffix": ""},
                   {"type": "TextPositionSelector", "start": %d, "end": %d}]}}"""
                .formatted(id, quote.replace("\n", "\\n"), at, at + quote.length());
    }

    @Test
    void carry_threeNotes_keptChangedOrphanedWithSelectorsUpdatedAndTheirOwnFieldsKept() throws Exception {
        String notes = "[" + note("n1", OLD, "You're late.") + ",\n" + note("n2", OLD, "a chipped mug") + ",\n"
                + note("n3", OLD, "a rusted swing") + "]";
        CliRun run = CliRun.of("notes", "carry", file("old.fountain", OLD), file("new.fountain", NEW),
                "--notes", file("notes.json", notes));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEqualTo("showrunner: 3 notes carried: 1 kept, 1 changed, 1 orphaned\n");
        JsonNode out = new ObjectMapper().readTree(run.out());
        assertThat(out).hasSize(3);
        assertThat(out.get(0).get("status").asText()).isEqualTo("kept");
        assertThat(out.get(0).at("/target/selector/1/start").asInt()).isEqualTo(NEW.indexOf("You're late."));
        assertThat(out.get(0).at("/target/selector/0/exact").asText()).isEqualTo("You're late.");
        assertThat(out.get(0).at("/target/selector/0/prefix").asText()).endsWith("MARY\n");
        assertThat(out.get(1).get("status").asText()).isEqualTo("changed");
        assertThat(out.get(1).at("/target/selector/0/exact").asText()).isEqualTo("a cracked mug");
        assertThat(out.get(1).at("/target/selector/1/end").asInt()).isEqualTo(NEW.indexOf("a cracked mug") + 13);
        assertThat(out.get(2).get("status").asText()).isEqualTo("orphaned");
        assertThat(out.get(2).at("/target/selector/0/exact").asText()).isEqualTo("a rusted swing");
        for (JsonNode note : out) {
            assertThat(note.get("x-source").asText()).isEqualTo("network");
            assertThat(note.at("/body/value").asText()).isEqualTo("Tighten this.");
            assertThat(note.get("@context").asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        }
    }

    /**
     * The whole output for the docs' lighthouse example, as a golden file: the order of fields,
     * the selectors, the status, and what the note carried besides. After a deliberate change,
     * run with {@code -Dgolden.update=src/test/resources/notes/golden} and review the diff.
     */
    @Test
    void carry_lighthouseExample_writesTheGoldenFile() throws Exception {
        Path examples = Path.of("..", "docs", "examples");
        CliRun run = CliRun.of("notes", "carry", examples.resolve("notes-draft-1.fountain").toString(),
                examples.resolve("notes-draft-2.fountain").toString(), "--notes", examples.resolve("notes-on-draft-1.json").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String update = System.getProperty("golden.update");
        if (update != null) {
            Files.writeString(Path.of(update, "notes-on-draft-2.json"), run.out());
        }
        try (var in = getClass().getResourceAsStream("/notes/golden/notes-on-draft-2.json")) {
            assertThat(in).as("golden file /notes/golden/notes-on-draft-2.json").isNotNull();
            assertThat(run.out()).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void carry_quoteOnly_positionAddedFromTheText() throws Exception {
        String notes = """
                [{"id": "q", "body": [], "target": {"selector": {"type": "TextQuoteSelector", "exact": "pours coffee"}}}]""";
        CliRun run = CliRun.of("notes", "carry", file("old.fountain", OLD), file("new.fountain", NEW),
                "--notes", file("notes.json", notes), "-o", dir.resolve("out.json").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode out = new ObjectMapper().readTree(dir.resolve("out.json").toFile());
        assertThat(out.at("/0/status").asText()).isEqualTo("kept");
        assertThat(out.at("/0/target/selector/1/type").asText()).isEqualTo("TextPositionSelector");
        assertThat(out.at("/0/target/selector/1/start").asInt()).isEqualTo(NEW.indexOf("pours coffee"));
    }

    @Test
    void carry_finalDraftFiles_countInTheTextFmtWrites() throws Exception {
        Path oldFdx = dir.resolve("old.fdx");
        Path newFdx = dir.resolve("new.fdx");
        Files.writeString(oldFdx, Fdx.write(Fountain.read(OLD)));
        Files.writeString(newFdx, Fdx.write(Fountain.read(NEW)));
        String oldText = CliRun.of("fmt", oldFdx.toString()).out();
        String newText = CliRun.of("fmt", newFdx.toString()).out();
        CliRun run = CliRun.of("notes", "carry", oldFdx.toString(), newFdx.toString(),
                "--notes", file("notes.json", "[" + note("n1", oldText, "You're late.") + "]"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode out = new ObjectMapper().readTree(run.out());
        assertThat(out.at("/0/status").asText()).isEqualTo("kept");
        assertThat(out.at("/0/target/selector/1/start").asInt()).isEqualTo(newText.indexOf("You're late."));
    }

    @Test
    void carry_emojiBeforeTheNote_positionsCountCodePoints() throws Exception {
        String old = "INT. ROOM - DAY\n\n\uD83C\uDFAC Clap. She smiles.\n";
        String now = "INT. ROOM - DAY\n\n\uD83C\uDFAC\uD83C\uDFAC Clap. She smiles.\n";
        String notes = """
                [{"id": "e", "target": {"selector": {"type": "TextPositionSelector", "start": 25, "end": 36}}}]""";
        CliRun run = CliRun.of("notes", "carry", file("old.fountain", old), file("new.fountain", now), "--notes", file("n.json", notes));

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode out = new ObjectMapper().readTree(run.out());
        assertThat(out.at("/0/target/selector/1/exact").asText()).isEqualTo("She smiles.");
        assertThat(out.at("/0/target/selector/0/start").asInt()).isEqualTo(26);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not JSON                 | [{"id": "a",}]                                                                   | notes.json:1:13 (offset 12): not valid JSON
            not a list               | {"id": "a"}                                                                      | notes.json: expected a JSON array of Web Annotations, found an object
            no target                | [{"id": "a"}]                                                                    | notes.json: note "a" (1st in the list): target: missing
            no selector we read      | [{"id": "a", "target": {"selector": {"type": "CssSelector", "value": "p"}}}]     | notes.json: note "a" (1st in the list): target.selector: no TextQuoteSelector or TextPositionSelector
            start not a number       | [{"target": {"selector": {"type": "TextPositionSelector", "start": "x", "end": 3}}}] | notes.json: note (1st in the list): TextPositionSelector.start: expected a whole number from 0 up, found "x"
            end before start         | [{"id": "b", "target": {"selector": {"type": "TextPositionSelector", "start": 5, "end": 3}}}] | notes.json: note "b" (1st in the list): TextPositionSelector.end: 3 is before start 5
            end past the draft       | [{"id": "c", "target": {"selector": {"type": "TextPositionSelector", "start": 0, "end": 99999}}}] | notes.json: note "c" (1st in the list): TextPositionSelector.end: 99999 is past the end of
            exact missing            | [{"id": "d", "target": {"selector": {"type": "TextQuoteSelector", "prefix": "x"}}}] | notes.json: note "d" (1st in the list): TextQuoteSelector.exact: missing
            quote not in the draft   | [{"id": "e", "target": {"selector": {"type": "TextQuoteSelector", "exact": "zebra"}}}] | notes.json: note "e" (1st in the list): TextQuoteSelector.exact: "zebra" is not in
            duplicate key            | [{"id": "a", "id": "b"}]                                                         | notes.json:1:18 (offset 17): not valid JSON: Duplicate field 'id'
            """)
    void carry_badNotes_oneLineNamingTheNoteAndFieldExitOne(String what, String notes, String message) throws Exception {
        String file = file("notes.json", notes);
        CliRun run = CliRun.of("notes", "carry", file("old.fountain", OLD), file("new.fountain", NEW), "--notes", file);

        assertThat(run.exitCode()).isEqualTo(Showrunner.EXIT_BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("showrunner: " + file + message.strip().substring("notes.json".length()))
                .doesNotContain("Exception").hasLineCount(1);
    }

    @Test
    void carry_notesFileTooLarge_refusedWithoutReading() throws Exception {
        Path notes = dir.resolve("huge.json");
        try (var file = new java.io.RandomAccessFile(notes.toFile(), "rw")) {
            file.setLength(NotesCarryCommand.MAX_NOTES_BYTES + 1); // sparse: no disk written
        }
        CliRun run = CliRun.of("notes", "carry", file("old.fountain", OLD), file("new.fountain", NEW), "--notes", notes.toString());

        assertThat(run.exitCode()).isEqualTo(Showrunner.EXIT_BAD_INPUT);
        assertThat(run.err()).startsWith("showrunner: " + notes + ": file is 67,108,865 bytes; notes files larger than");
    }

    @Test
    void carry_missingNotesFile_saysSo() throws Exception {
        CliRun run = CliRun.of("notes", "carry", file("old.fountain", OLD), file("new.fountain", NEW), "--notes",
                dir.resolve("none.json").toString());

        assertThat(run.exitCode()).isEqualTo(Showrunner.EXIT_BAD_INPUT);
        assertThat(run.err()).isEqualTo("showrunner: " + dir.resolve("none.json") + ": no such file\n");
    }

    @Test
    void carry_withoutNotes_usageErrorExitTwo() throws Exception {
        CliRun run = CliRun.of("notes", "carry", file("old.fountain", OLD), file("new.fountain", NEW));

        assertThat(run.exitCode()).isEqualTo(Showrunner.EXIT_USAGE);
        assertThat(run.err()).contains("--notes");
    }
}
