package dev.showrunner.studio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockReviseCommandTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** Twenty scenes of a heading and three short actions: about five pages. */
    private static String script(boolean withNewScene, boolean withoutScene5) {
        StringBuilder out = new StringBuilder("Title: Locked\n\n");
        for (int n = 1; n <= 20; n++) {
            if (n == 5 && withoutScene5) {
                continue;
            }
            out.append("INT. ROOM ").append(n).append(" - DAY\n\n");
            for (int k = 1; k <= 3; k++) {
                out.append("Scene ").append(n).append(", beat ").append(k).append(".\n\n");
            }
            if (n == 12 && withNewScene) {
                out.append("EXT. NEW ALLEY - NIGHT\n\nA new beat in a new place.\n\n");
            }
        }
        return out.toString();
    }

    private Path write(String name, String text) throws Exception {
        Path path = dir.resolve(name);
        Files.writeString(path, text);
        return path;
    }

    @Test
    void lockThenRevise_newSceneAndCut_numbersKeptAndLinesMarked() throws Exception {
        Path white = write("ep.fountain", script(false, false));
        CliRun lock = run("lock", white.toString(), "--date", "2026-11-02", "--label", "Production draft");
        assertThat(lock.exitCode()).as(lock.err()).isZero();
        assertThat(dir.resolve("ep.fountain.lock.json")).exists();

        Path blue = write("ep-blue.fountain", script(true, true));
        CliRun revise = run("revise", white.toString(), blue.toString(), "--color", "blue", "--date", "2026-11-09", "--pages-only");
        assertThat(revise.exitCode()).as(revise.err()).isZero();
        assertThat(revise.out())
                .contains("Blue Revision 11/9/26")
                .containsPattern("12A +EXT\\. NEW ALLEY - NIGHT +12A +\\*")
                .containsPattern("5 +OMITTED +5 +\\*")
                .doesNotContain("INT. ROOM 8 - DAY");
        assertThat(dir.resolve("ep-blue.fountain.lock.json")).content().contains("\"color\": \"Blue\"");

        // The next revision is issued against the Blue lock and defaults to Pink.
        Path pink = write("ep-pink.fountain", script(true, true).replace("Scene 18, beat 2.", "Scene 18, beat two."));
        CliRun second = run("revise", dir.resolve("ep-blue.fountain.lock.json").toString(), pink.toString(), "--date", "2026-11-16", "--pages-only");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("Pink Revision 11/16/26").contains("Scene 18, beat two.").doesNotContain("NEW ALLEY");
    }

    @Test
    void lock_alreadyLocked_usageErrorUnlessForced() throws Exception {
        Path file = write("ep.fountain", script(false, false));
        assertThat(run("lock", file.toString()).exitCode()).isZero();
        CliRun again = run("lock", file.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already exists");
        assertThat(run("lock", file.toString(), "--force").exitCode()).isZero();
    }

    @Test
    void revise_notLocked_badInputNamingTheFile() throws Exception {
        Path file = write("ep.fountain", script(false, false));
        CliRun result = run("revise", file.toString(), file.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("ep.fountain").contains("is not locked");
    }

    @Test
    void revise_damagedLockFile_lineAndColumn() throws Exception {
        Path file = write("ep.fountain", script(false, false));
        write("ep.fountain.lock.json", "{\n  \"showrunnerLock\": 1,\n  \"revisions\": [}\n");
        CliRun result = run("revise", file.toString(), file.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("ep.fountain.lock.json:3:17");
    }

    @Test
    void revise_pdfOutput_changedPagesAsPdf() throws Exception {
        Path white = write("ep.fountain", script(false, false));
        assertThat(run("lock", white.toString()).exitCode()).isZero();
        Path blue = write("ep-blue.fountain", script(true, false));
        Path pdf = dir.resolve("blue.pdf");
        CliRun result = run("revise", white.toString(), blue.toString(), "--pages-only", "--tint", "-o", pdf.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void revise_unknownColour_usageError() throws Exception {
        Path file = write("ep.fountain", script(false, false));
        assertThat(run("lock", file.toString()).exitCode()).isZero();
        CliRun colour = run("revise", file.toString(), file.toString(), "--color", "mauve");
        assertThat(colour.exitCode()).isEqualTo(2);
        assertThat(colour.err()).contains("mauve");
    }

    @Test
    void breakdownStatsSchedule_scriptWithItsLockBeside_numberScenesAsReviseDoes() throws Exception {
        Path file = write("ep.fountain", script(false, false));
        assertThat(run("lock", file.toString()).exitCode()).isZero();
        // the locked script is edited in place: scene 5 cut, a scene after 12
        Files.writeString(file, script(true, true));

        CliRun json = run("breakdown", file.toString(), "--json");
        CliRun text = run("breakdown", file.toString());
        CliRun stats = run("stats", file.toString(), "--json");
        CliRun schedule = run("schedule", file.toString(), "--eighths-per-day", "40", "--start", "2027-03-01",
                "--time-limit", "1", "-d", dir.resolve("reports").toString());
        Path unlocked = write("other.fountain", script(true, true));
        CliRun before = run("breakdown", unlocked.toString(), "--json");

        assertThat(json.exitCode()).as(json.err()).isZero();
        var scenes = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
        assertThat(scenes.get(4).get("number").isTextual()).isTrue();
        assertThat(scenes.findValuesAsText("number")).hasSize(20).containsSubsequence("4", "6").containsSubsequence("12", "12A", "13")
                .doesNotContain("5");
        assertThat(text.out()).contains("12A   EXT. NEW ALLEY - NIGHT").doesNotContain(" pages\n      ").containsPattern("/8 page\\n");
        assertThat(stats.out()).contains("\"number\" : \"12A\"");
        assertThat(schedule.exitCode()).as(schedule.err()).isZero();
        assertThat(schedule.out()).contains("12A");
        // without a lock, scenes are numbered by their places
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(before.out()).findValuesAsText("number"))
                .containsSubsequence("12", "13", "14");
    }
}
