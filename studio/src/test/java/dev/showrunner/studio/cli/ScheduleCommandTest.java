package dev.showrunner.studio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
        Path bad = file("bad.txt", "x\n2\n1\n1 1 -3\n1 1\n");

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

    @Test
    void schedule_startBeyondTheYearsOfAShoot_exitsTwoSayingWhichYears() throws Exception {
        Path script = file("diner.fountain", SCRIPT);

        int code = run("schedule", script.toString(), "--eighths-per-day", "40", "--start", "9999-12-31",
                "-d", dir.resolve("out").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--start: the first shooting day falls in the years 1900 to 2999, not 9999-12-31");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void schedule_instanceOnTwoThreads_provesTheOptimum() throws Exception {
        int code = run("schedule", resource("tiny.txt").toString(), "--threads", "2");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("optimal");
    }

    @Test
    void schedule_noThreads_exitsTwoNamingTheOption() throws Exception {
        int code = run("schedule", resource("tiny.txt").toString(), "--threads", "0");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--threads");
    }

    private static final String SCRIPT = """
            INT. DINER - NIGHT

            MARY sits alone.

            MARY
            More coffee.

            EXT. PARKING LOT - DAY

            JOHN leans on a truck.

            JOHN
            She's late.
            """;

    private Path file(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void schedule_script_writesStripboardDayOutOfDaysAndCalendar() throws Exception {
        Path script = file("diner.fountain", SCRIPT);
        Path reports = dir.resolve("out");

        int code = run("schedule", script.toString(), "--eighths-per-day", "40", "--start", "2027-03-01",
                "--time-limit", "1", "-d", reports.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("day 1   2027-03-01").contains("shooting days");
        assertThat(Files.readString(reports.resolve("stripboard.csv"))).contains("END OF DAY 1");
        assertThat(Files.readString(reports.resolve("day-out-of-days.csv"))).contains("MARY").contains("JOHN");
        assertThat(Files.readString(reports.resolve("schedule.ics"))).contains("DTSTART;VALUE=DATE:20270301");
        try (var strips = org.apache.pdfbox.Loader.loadPDF(reports.resolve("stripboard.pdf").toFile());
                var dood = org.apache.pdfbox.Loader.loadPDF(reports.resolve("day-out-of-days.pdf").toFile())) {
            var text = new org.apache.pdfbox.text.PDFTextStripper();
            assertThat(text.getText(strips)).contains("diner.fountain").contains("Page 1 of 1")
                    .contains("End of Day 1 \u2014 Mon 1 Mar 2027").contains("PARKING LOT");
            assertThat(text.getText(dood)).contains("Day out of days").contains("MARY").contains("JOHN").contains("SWF");
        }
        assertThat(out.toString()).contains("stripboard.pdf").contains("day-out-of-days.pdf").contains("shooting-schedule.pdf");
        try (var longForm = org.apache.pdfbox.Loader.loadPDF(reports.resolve("shooting-schedule.pdf").toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(longForm))
                    .contains("Shooting schedule \u2014 ").contains("INT. DINER - NIGHT").contains("Cast ");
        }
    }

    @ParameterizedTest
    @CsvSource({"letter, 792, 612", "a4, 842, 595"})
    void schedule_scriptPaper_reportsOnThatPaperInLandscape(String paper, int width, int height) throws Exception {
        Path script = file("diner.fountain", SCRIPT);
        Path reports = dir.resolve("out-" + paper);

        int code = run("schedule", script.toString(), "--eighths-per-day", "40", "--start", "2027-03-01",
                "--paper", paper, "--time-limit", "1", "-d", reports.toString());

        assertThat(code).isZero();
        for (String report : new String[] {"stripboard.pdf", "day-out-of-days.pdf", "shooting-schedule.pdf"}) {
            try (var pdf = org.apache.pdfbox.Loader.loadPDF(reports.resolve(report).toFile())) {
                var box = pdf.getPage(0).getMediaBox();
                assertThat(Math.round(box.getWidth())).as(report).isEqualTo(width);
                assertThat(Math.round(box.getHeight())).as(report).isEqualTo(height);
            }
        }
    }

    @Test
    void schedule_instanceWithPaper_exitsTwo() throws Exception {
        Path instance = file("tiny.txt", "tiny\n2\n1\n1 1 3\n1 1\n");

        assertThat(run("schedule", instance.toString(), "--paper", "a4")).isEqualTo(2);
    }

    @Test
    void schedule_scriptWithoutScenes_exitsOneSayingSo() throws Exception {
        Path script = file("notes.fountain", "Title: Notes\n\nJust some action, no headings.\n");

        int code = run("schedule", script.toString(), "--eighths-per-day", "40", "-d", dir.resolve("out").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("notes.fountain").contains("nothing to schedule");
    }

    @Test
    void schedule_hoursPerDayWithTimings_timedSceneGetsItsDay() throws Exception {
        Path script = file("diner.fountain", SCRIPT);
        Path timings = file("timings.txt", "# the parking-lot stunt\n2: 12h\n");

        int code = run("schedule", script.toString(), "--eighths-per-day", "40", "--start", "2027-03-01",
                "--hours-per-day", "12", "--timings", timings.toString(), "--time-limit", "1",
                "-d", dir.resolve("out").toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("2 shooting days").containsPattern("day 2 .* scenes 2\\n|day 1 .* scenes 2\\n");
    }

    @Test
    void schedule_timingsWithoutHours_exitsTwo() throws Exception {
        Path script = file("diner.fountain", SCRIPT);
        Path timings = file("timings.txt", "2: 12h\n");

        assertThat(run("schedule", script.toString(), "--eighths-per-day", "40", "--timings", timings.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--timings needs --hours-per-day");
    }

    @Test
    void schedule_scriptWithCastUnavailable_namesTheConflict() throws Exception {
        Path script = file("diner.fountain", SCRIPT);
        Path dates = file("dates.txt", "MARY: 2027-03-01..2027-03-31\n");

        int code = run("schedule", script.toString(), "--eighths-per-day", "40", "--start", "2027-03-01",
                "--unavailable", dates.toString(), "--time-limit", "1", "-d", dir.resolve("out").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("needs MARY, who is unavailable on 2027-03-01");
    }

    @Test
    void schedule_badUnavailableFile_namesTheLine() throws Exception {
        Path script = file("diner.fountain", SCRIPT);
        Path dates = file("dates.txt", "MARY 2027-03-01\n");

        int code = run("schedule", script.toString(), "--eighths-per-day", "40", "--start", "2027-03-01",
                "--unavailable", dates.toString(), "-d", dir.resolve("out").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("dates.txt:1:1").contains("expected NAME: DATE");
    }

    @Test
    void breakdown_scriptAsCsv_oneRowPerScene() throws Exception {
        Path script = file("diner.fountain", SCRIPT);

        Path csv = dir.resolve("breakdown.csv");
        int code = run("breakdown", script.toString(), "--csv", "-o", csv.toString());

        assertThat(code).isZero();
        String text = Files.readString(csv);
        assertThat(text.lines()).hasSize(3);
        assertThat(text).contains("1,INTERIOR,DINER,NIGHT,NIGHT").contains("JOHN");
    }

    @Test
    void breakdown_scriptAsJson_listsCast() throws Exception {
        Path script = file("diner.fountain", SCRIPT);

        Path json = dir.resolve("breakdown.json");
        int code = run("breakdown", script.toString(), "--json", "-o", json.toString());

        assertThat(code).isZero();
        assertThat(Files.readString(json)).contains("\"speakingCast\" : [ \"MARY\" ]").contains("\"eighths\"");
    }
}
