package dev.showrunner.studio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The serve command's refusals; the running server is exercised by the web tests and the crash test. */
class ServeCommandTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Showrunner.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void serve_help_listsItsSettings() {
        Run r = run("serve", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("--port", "--data", "--database-url", "--config", "--no-demo");
    }

    @Test
    void serve_missingConfigFile_isBadInputNamingTheFile() {
        Path missing = dir.resolve("nope.properties");
        Run r = run("serve", "--config", missing.toString(), "--data", dir.toString());
        assertThat(r.code()).isEqualTo(Showrunner.EXIT_BAD_INPUT);
        assertThat(r.err()).contains(missing.toString()).contains("no such file");
    }

    @Test
    void serve_unsupportedDatabaseUrl_isRefusedWithTheReason() {
        Run r = run("serve", "--database-url", "jdbc:mysql://localhost/x", "--data", dir.toString(), "--no-demo");
        assertThat(r.code()).isEqualTo(Showrunner.EXIT_USAGE);
        assertThat(r.err()).contains("--database-url: unsupported database URL").doesNotContain("internal error");
    }

    @Test
    void serve_badPortNumber_isAUsageError() {
        Run r = run("serve", "--port", "seventy");
        assertThat(r.code()).isEqualTo(Showrunner.EXIT_USAGE);
    }
}
