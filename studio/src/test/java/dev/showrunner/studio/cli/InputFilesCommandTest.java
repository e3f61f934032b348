package dev.showrunner.studio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The first AD's files on the command line: each rule changes the schedule it should. */
class InputFilesCommandTest {

    @TempDir
    Path dir;

    /** Three day scenes, each shot on a day of its own at one eighth a day. */
    private static final String THREE_SCENES = """
            INT. DINER - DAY

            MARY sits alone.

            MARY
            More coffee.

            EXT. PARKING LOT - DAY

            JOHN leans on a truck.

            JOHN
            She's late.

            EXT. ROAD - DAY

            JOHN drives off.

            JOHN
            Never again.
            """;

    private Path file(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private CliRun schedule(String script, int eighthsPerDay, String... more) throws Exception {
        String[] args = {"schedule", file("script.fountain", script).toString(), "--eighths-per-day",
            Integer.toString(eighthsPerDay), "--start", "2027-03-01", "--time-limit", "1", "-d", dir.resolve("out").toString()};
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return CliRun.of(all);
    }

    /** The date the schedule printed for {@code scene}. */
    private static String dateOf(CliRun run, String scene) {
        Matcher m = Pattern.compile("(?m)^day \\d+\\s+(\\S+) .*scenes (.*)$").matcher(run.out());
        while (m.find()) {
            if (java.util.List.of(m.group(2).split(" ")).contains(scene)) {
                return m.group(1);
            }
        }
        throw new AssertionError("scene " + scene + " not scheduled in:\n" + run.out());
    }

    @ParameterizedTest
    @CsvSource({"1, 2027-03-03", "1, 2027-03-01", "3, 2027-03-02"})
    void schedule_fixedDate_sceneShotThatDay(String scene, String date) throws Exception {
        CliRun run = schedule(THREE_SCENES, 1, "--constraints", file("rules.txt", "scene " + scene + " on " + date + "\n").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(dateOf(run, scene)).isEqualTo(date);
    }

    @ParameterizedTest
    @CsvSource({"3, 2", "2, 3", "3, 1"})
    void schedule_precedence_honoured(String first, String then) throws Exception {
        CliRun run = schedule(THREE_SCENES, 1, "--constraints", file("rules.txt", first + " before " + then + "\n").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(dateOf(run, first)).isLessThan(dateOf(run, then));
    }

    @ParameterizedTest
    @CsvSource({"2027-03-03, 2027-03-05", "2027-03-01, 2027-03-01"})
    void schedule_contractWindow_actorsScenesInside(String from, String to) throws Exception {
        CliRun run = schedule(THREE_SCENES, 1, "--constraints",
                file("rules.txt", "# MARY's deal\nMary works " + from + ".." + to + "\n").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(dateOf(run, "1")).isBetween(from, to);
    }

    @Test
    void schedule_rulesInACircle_refusedAtTheLineExitOne() throws Exception {
        CliRun run = schedule(THREE_SCENES, 1, "--constraints",
                file("rules.txt", "1 before 2\n2 before 1\n").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("rules.txt:2:1: these rules go round in a circle, so no order keeps them all:"
                + " 1 before 2 (line 1), 2 before 1 (line 2)");
    }

    @Test
    void schedule_rulesThatCannotAllBeKept_conflictsNamedExitOne() throws Exception {
        // scene 2 before scene 1, yet scene 1 fixed to the first day and scene 2 to the second
        CliRun run = schedule(THREE_SCENES, 1, "--constraints",
                file("rules.txt", "2 before 1\nscene 1 on 2027-03-01\nscene 2 on 2027-03-02\n").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("the schedule breaks 1 constraint(s):").contains("must be shot after scene 2");
    }

    private static final String BLOOM_HOUSE = """
            INT. GUEST ROOM - DAY

            EDWARD sleeps.

            EDWARD
            Not yet.

            INT. KITCHEN - DAY

            EDWARD
            Eggs.

            INT. FOYER - DAY

            EDWARD
            Goodbye.
            """;

    @Test
    void schedule_locations_noCompanyMovesBetweenTheSetsOfOnePlace() throws Exception {
        CliRun apart = schedule(BLOOM_HOUSE, 40);
        CliRun together = schedule(BLOOM_HOUSE, 40, "--locations",
                file("locations.txt", "BLOOM HOUSE: guest room, KITCHEN, Foyer\n").toString());

        assertThat(apart.out()).contains("1 shooting days").contains("2 company moves");
        assertThat(together.exitCode()).as(together.err()).isZero();
        assertThat(together.out()).contains("1 shooting days").contains("0 company moves");
        assertThat(together.err()).isEmpty();
    }

    @Test
    void schedule_locationsWithUnknownSet_warnsAndSchedules() throws Exception {
        CliRun run = schedule(BLOOM_HOUSE, 40, "--locations", file("locations.txt", "BLOOM HOUSE: KITCHEN, GARAGE\n").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("locations.txt:1:23: warning: the script has no set GARAGE");
    }

    @Test
    void schedule_castCosts_paidAtTheirRate() throws Exception {
        CliRun plain = schedule(BLOOM_HOUSE, 40);
        CliRun costly = schedule(BLOOM_HOUSE, 40, "--cast-costs", file("costs.txt", "EDWARD: 12\n").toString());

        assertThat(plain.out()).contains("cast cost 1 cast-days (1 cast member: 1 day worked, 0 on hold)");
        assertThat(costly.out()).contains("cast cost 12 cast-days (1 cast member: 1 day worked, 0 on hold)");
    }

    @Test
    void schedule_badFiles_oneLineErrorWithLineAndColumn() throws Exception {
        assertBad(schedule(THREE_SCENES, 1, "--constraints", file("rules.txt", "1 before 9\n").toString()),
                "rules.txt:1:10: the script has no scene 9");
        assertBad(schedule(THREE_SCENES, 1, "--cast-costs", file("costs.txt", "\nMARY: lots\n").toString()),
                "costs.txt:2:7: daily cost \"lots\" is not a whole number");
        assertBad(schedule(BLOOM_HOUSE, 40, "--locations", file("locations.txt", "A: KITCHEN\nB: KITCHEN\n").toString()),
                "locations.txt:2:4: set KITCHEN is placed at A on line 1 and at B on line 2");
        assertBad(schedule(THREE_SCENES, 1, "--elements", file("elements.txt", "1: animals: dog\n").toString()),
                "elements.txt:1:4: unknown category \"animals\": expected one of extras, props");
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, new byte[] {'M', 'A', 'R', (byte) 0xC9, ':', ' ', '1', '\n'});
        assertBad(schedule(THREE_SCENES, 1, "--cast-costs", latin1.toString()), "latin1.txt: not UTF-8 text");
    }

    private static void assertBad(CliRun run, String message) {
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString().startsWith("showrunner: ").contains(message);
    }

    @Test
    void schedule_inputFileWithoutScript_usageError() throws Exception {
        CliRun run = CliRun.of("schedule", file("tiny.txt", "x\n1\n0\n1\n").toString(), "--locations", "l.txt");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("give --eighths-per-day too");
    }

    @Test
    void breakdown_elements_shownInCsvJsonAndText() throws Exception {
        Path script = file("script.fountain", THREE_SCENES);
        Path elements = file("elements.txt", "2: props: keys, \"lucky\" coin; vehicles: pickup truck\n3: extras: 2 drivers\n");

        CliRun csv = CliRun.of("breakdown", script.toString(), "--csv", "--elements", elements.toString());
        CliRun json = CliRun.of("breakdown", script.toString(), "--json", "--elements", elements.toString());
        CliRun text = CliRun.of("breakdown", script.toString(), "--elements", elements.toString());

        assertThat(csv.exitCode()).as(csv.err()).isZero();
        assertThat(csv.out().lines().toList()).element(0).asString()
                .contains("non_speaking_cast,voice_over,extras,props,vehicles,wardrobe,stunts,effects,line");
        assertThat(csv.out().lines().toList()).element(2).asString().contains(",,\"keys; \"\"lucky\"\" coin\",pickup truck,,,,");
        assertThat(csv.out().lines().toList()).element(3).asString().contains(",2 drivers,,,,,,");
        assertThat(json.out()).contains("\"vehicles\" : [ \"pickup truck\" ]").contains("\"extras\" : [ \"2 drivers\" ]");
        assertThat(text.out()).contains("      props: keys, \"lucky\" coin");
    }

    @Test
    void breakdownAndSchedule_castFile_mergesDropsAndWarns() throws Exception {
        Path script = file("script.fountain", """
                INT. DINER - DAY

                MARY sits alone. BRIGHT SUNLIGHT streams in. A CROWD of regulars watches.

                MARY
                More coffee.

                EXT. PARKING LOT - DAY

                JOHN SMITH (40s) leans on a truck.

                JOHN
                She's late.
                """);
        Path cast = file("cast.txt", "JOHN SMITH = JOHN\nnot cast: BRIGHT SUNLIGHT, MOONLIGHT\n");

        CliRun plain = CliRun.of("breakdown", script.toString(), "--csv");
        CliRun corrected = CliRun.of("breakdown", script.toString(), "--csv", "--cast", cast.toString());
        CliRun scheduled = schedule(Files.readString(script), 8, "--cast", cast.toString());

        assertThat(plain.out()).contains("BRIGHT SUNLIGHT").contains("JOHN SMITH").contains(",CROWD,");
        assertThat(corrected.exitCode()).as(corrected.err()).isZero();
        assertThat(corrected.out()).doesNotContain("BRIGHT SUNLIGHT").doesNotContain("JOHN SMITH").contains(",CROWD,");
        assertThat(corrected.err()).contains("cast.txt:2:28: warning: the breakdown has no cast member MOONLIGHT");
        assertThat(CliRun.of("breakdown", script.toString(), "--cast", cast.toString()).out())
                .contains("cast on set: 2\n  MARY   1 scene:  1\n  JOHN   1 scene:  2\n");
        assertThat(scheduled.exitCode()).as(scheduled.err()).isZero();
        assertThat(Files.readString(dir.resolve("out").resolve("day-out-of-days.csv")))
                .doesNotContain("SUNLIGHT").doesNotContain("CROWD").contains("JOHN");
        assertBad(CliRun.of("breakdown", script.toString(), "--cast", file("bad.txt", "JOHN = MARY\nJOHN = SMITH\n").toString()),
                "bad.txt:2:1: JOHN is MARY on line 1 and SMITH here");
    }
}
