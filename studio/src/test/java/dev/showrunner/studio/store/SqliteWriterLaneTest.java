package dev.showrunner.studio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, item 1: concurrent saves on SQLite froze the server. Run in a JVM of its own with
 * a single carrier thread, so that one virtual thread pinned in SQLite's native busy wait would
 * stop every request; see {@link WriterLaneProbe}.
 */
class SqliteWriterLaneTest {

    @Test
    void writersWaitingForSqlite_oneCarrier_noDatabaseRequestRunsAndEveryWriteSucceeds() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process probe = new ProcessBuilder(List.of(java.toString(),
                "-Djdk.virtualThreadScheduler.parallelism=1", "-Djdk.virtualThreadScheduler.maxPoolSize=1",
                "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), WriterLaneProbe.class.getName()))
                .redirectErrorStream(true).start();
        String output = read(probe);
        int exit = probe.waitFor();

        assertThat(output).contains("no-database request answered", "save saved", "work in progress saved", "sign-in saved");
        assertThat(output.indexOf("no-database request answered")).as(output).isLessThan(output.indexOf("save saved"));
        assertThat(exit).as(output).isZero();
    }

    private static String read(Process process) throws IOException {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void mayWrite_queriesReadAndEverythingElseMayWrite() {
        assertThat(WriterLane.mayWrite("  SELECT 1")).isFalse();
        assertThat(WriterLane.mayWrite("select * from drafts")).isFalse();
        assertThat(WriterLane.mayWrite("INSERT INTO sessions VALUES (1)")).isTrue();
        assertThat(WriterLane.mayWrite("with x as (select 1) delete from t")).isTrue();
        assertThat(WriterLane.mayWrite("\nupdate series set title = 'x'")).isTrue();
    }
}
