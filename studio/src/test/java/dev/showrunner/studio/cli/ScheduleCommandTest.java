package dev.showrunner.studio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScheduleCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Showrunner.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private Path resource(String name) throws Exception {
        Path file = dir.resolve(name);
        try (var in = getClass().getResourceAsStream("/talent/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void schedule_filmInstance_printsProvenOptimum() throws Exception {
        int code = run("schedule", resource("film105.txt").toString());

        assertThat(code).isZero();
        assertThat(out.toString())
                .contains("film105.dat: 18 scenes, 8 actors")
                .contains("total cost: 849 (holding 110)")
                .contains("lower bound: 849")
                .contains("optimal (proven)");
    }

    @Test
    void schedule_negativeCost_exitsOneNamingTheLine() throws Exception {
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "x\n2\n1\n1 1 -3\n1 1\n");

        int code = run("schedule", bad.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("bad.txt:4").contains("negative");
    }

    @Test
    void schedule_missingFile_exitsOne() {
        int code = run("schedule", dir.resolve("none.txt").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("no such file");
    }

    @Test
    void schedule_badTimeLimit_exitsTwo() throws Exception {
        int code = run("schedule", resource("tiny.txt").toString(), "--time-limit", "0");

        assertThat(code).isEqualTo(2);
    }
}
