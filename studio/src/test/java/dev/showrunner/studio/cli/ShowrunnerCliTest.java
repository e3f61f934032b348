package dev.showrunner.studio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShowrunnerCliTest {

    private static final String SCRIPT = """
            Title: The Kitchen
            Author: A. Writer

            INT. KITCHEN - NIGHT

            MARY pours coffee.

            MARY
            You're late.

            JOHN (O.S.)
            (shouting)
            Traffic!

            EXT. GARDEN - DAY

            MARY
            Look at the *roses*.
            """;

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path script(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void stats_json_listsScenesAndCharacters() throws Exception {
        CliRun result = run("stats", script("kitchen.fountain", SCRIPT).toString(), "--json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.at("/summary/scenes").asInt()).isEqualTo(2);
        assertThat(json.at("/scenes/0/heading").asText()).isEqualTo("INT. KITCHEN - NIGHT");
        assertThat(json.at("/characters/0/name").asText()).isEqualTo("MARY");
        assertThat(json.at("/characters/0/speeches").asInt()).isEqualTo(2);
        assertThat(json.at("/characters/1/name").asText()).isEqualTo("JOHN");
        assertThat(json.at("/summary/pages").asInt()).isEqualTo(1);
        assertThat(json.at("/scenes/0/eighths").asInt()).isBetween(1, 8);
        assertThat(json.at("/summary/eighths").asInt())
                .isEqualTo(json.at("/scenes/0/eighths").asInt() + json.at("/scenes/1/eighths").asInt());
        assertThat(json.at("/scenes/1/startPage").asText()).isEqualTo("1");
    }

    @Test
    void stats_text_isReadable() throws Exception {
        CliRun result = run("stats", script("kitchen.fountain", SCRIPT).toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Scenes: 2").contains("INT. KITCHEN - NIGHT").contains("MARY");
    }

    @Test
    void fmt_writesCanonicalFountainThatReadsBackToTheSameStatistics() throws Exception {
        Path out = dir.resolve("out.fountain");

        CliRun result = run("fmt", script("kitchen.fountain", SCRIPT).toString(), "-o", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Files.readString(out)).contains("INT. KITCHEN - NIGHT").contains("*roses*");
        CliRun again = run("stats", out.toString(), "--json");
        CliRun original = run("stats", script("kitchen2.fountain", SCRIPT).toString(), "--json");
        JsonNode a = new ObjectMapper().readTree(again.out());
        JsonNode b = new ObjectMapper().readTree(original.out());
        assertThat(a.get("characters")).isEqualTo(b.get("characters"));
        assertThat(a.get("summary")).isEqualTo(b.get("summary"));
    }

    @Test
    void parse_json_givesTypedElementsWithSpans() throws Exception {
        CliRun result = run("parse", script("kitchen.fountain", SCRIPT).toString(), "--json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.at("/titlePage/0/key").asText()).isEqualTo("Title");
        assertThat(json.at("/elements/0/type").asText()).isEqualTo("scene_heading");
        assertThat(json.at("/elements/0/span/line").asInt()).isEqualTo(4);
        assertThat(json.at("/elements/2/type").asText()).isEqualTo("dialogue_block");
        assertThat(json.at("/elements/2/cue/name").asText()).isEqualTo("MARY");
    }

    @Test
    void invalidUtf8_isBadInput_namingFileAndOffset() throws Exception {
        Path bad = dir.resolve("bad.fountain");
        Files.write(bad, new byte[] {'I', 'N', 'T', '.', ' ', 'A', '\n', (byte) 0xC3, '(', '\n'});

        CliRun result = run("stats", bad.toString());

        assertThat(result.exitCode()).isEqualTo(Showrunner.EXIT_BAD_INPUT);
        assertThat(result.err()).contains("bad.fountain").contains("offset 7").contains(":2");
        assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void missingFile_isBadInput_withoutStackTrace() {
        CliRun result = run("stats", dir.resolve("nope.fountain").toString());

        assertThat(result.exitCode()).isEqualTo(Showrunner.EXIT_BAD_INPUT);
        assertThat(result.err()).contains("nope.fountain").contains("no such file").doesNotContain("\tat ");
    }

    @Test
    void unknownOption_isUsageError() {
        assertThat(run("stats", "--bogus").exitCode()).isEqualTo(Showrunner.EXIT_USAGE);
        assertThat(run("no-such-command").exitCode()).isEqualTo(Showrunner.EXIT_USAGE);
    }

    @Test
    void everyCommand_hasHelp() {
        for (String command : Showrunner.commandLine().getSubcommands().keySet()) {
            CliRun result = run(command, "--help");
            assertThat(result.exitCode()).as(command).isZero();
            assertThat(result.out()).as(command).contains("Usage:");
        }
    }

    @Test
    void aNamedCommand_registersOnlyItself_andTheUsageStillListsEveryCommand() {
        assertThat(Showrunner.commandLine(new String[] {"pdf", "x.fountain"}).getSubcommands().keySet())
                .containsExactly("pdf");
        CliRun usage = run("--help");
        assertThat(usage.exitCode()).isZero();
        for (String command : Showrunner.commandLine().getSubcommands().keySet()) {
            assertThat(usage.out()).contains("  " + command + " ");
        }
    }

    @Test
    void aMisspelledCommand_isOfferedTheRealOne() {
        CliRun result = run("pdff", "x.fountain");
        assertThat(result.exitCode()).isEqualTo(Showrunner.EXIT_USAGE);
        assertThat(result.err()).contains("pdff").contains("pdf");
    }

    @Test
    void theStartUpCachesTrainingRun_runsEveryCommandCleanly() throws Exception {
        assertThat(StartupTraining.train()).isZero();
    }
}
