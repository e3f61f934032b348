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
        assertThat(r.out()).contains("--port", "--data", "--database-url", "--config", "--no-demo", "--series-quota");
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

    @Test
    void serve_badSeriesQuota_isAUsageErrorNamingTheOption() {
        Run r = run("serve", "--series-quota", "lots", "--data", dir.toString(), "--no-demo");
        assertThat(r.code()).isEqualTo(Showrunner.EXIT_USAGE);
        assertThat(r.err()).contains("--series-quota: not a size: 'lots'");
    }

    @Test
    void size_unitsArePowersOf1024AndNonsenseIsRefused() {
        assertThat(ServeCommand.size("2GB")).isEqualTo(2L << 30);
        assertThat(ServeCommand.size("500 mb")).isEqualTo(500L << 20);
        assertThat(ServeCommand.size("4096")).isEqualTo(4096);
        for (String bad : new String[] {"", "0", "-1GB", "1.5GB", "999999999999TB"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ServeCommand.size(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
