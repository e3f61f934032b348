package dev.showrunner.studio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

    private static final String OLD = """
            INT. KITCHEN - NIGHT

            MARY pours coffee.

            MARY
            You're late.

            EXT. GARDEN - DAY

            Roses everywhere.
            """;

    private static final String NEW = """
            INT. KITCHEN - NIGHT

            MARY pours <tea>.

            MARY
            You're late.

            EXT. GARDEN - DAY

            Roses everywhere.

            INT. CAR - DAY

            Rain.
            """;

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private String file(String name, String text) throws Exception {
        Path path = dir.resolve(name);
        Files.writeString(path, text);
        return path.toString();
    }

    @Test
    void diff_twoDrafts_textReportOfChangedWordsAndAddedScene() throws Exception {
        CliRun result = run("diff", file("a.fountain", OLD), file("b.fountain", NEW));
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("""
                Changes: 1 changed, 1 added, 0 removed, 0 moved.

                CHANGED  scene 1 (was 1)  INT. KITCHEN - NIGHT
                  ~ Action: MARY pours [-coffee-]{+<tea>+}.

                ADDED    scene 3  INT. CAR - DAY
                  + Scene heading: INT. CAR - DAY
                  + Action: Rain.
                """);
    }

    @Test
    void diff_html_escapedSideBySidePage() throws Exception {
        CliRun result = run("diff", file("a.fountain", OLD), file("b.fountain", NEW), "--html");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("<!DOCTYPE html>").contains("<ins>&lt;tea&gt;</ins>").doesNotContain("<tea>");
    }

    @Test
    void diff_sameDraftWithExitCode_zeroAndNoChanges() throws Exception {
        String a = file("a.fountain", OLD);
        CliRun result = run("diff", a, a, "--exit-code");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("No changes: the drafts say the same thing.\n");
        assertThat(run("diff", a, file("b.fountain", NEW), "--exit-code").exitCode()).isEqualTo(DiffCommand.EXIT_DIFFERENT);
    }

    @Test
    void diff_missingFile_exitOneNamingIt() throws Exception {
        CliRun result = run("diff", file("a.fountain", OLD), dir.resolve("nope.fountain").toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("nope.fountain").contains("no such file");
    }

    @Test
    void diff_oneArgument_usageExitTwo() throws Exception {
        assertThat(run("diff", file("a.fountain", OLD)).exitCode()).isEqualTo(2);
    }
}
