package dev.showrunner.studio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The examples in {@code docs/examples/} run as tests, so the guides that quote them cannot
 * drift (STYLE.md, "Docs that cannot go stale"). Each test runs a command the guides quote
 * through the real command line, on <i>Big Fish</i> (corpus, MIT, from jumpcut; licence
 * beside it), with the example files read straight from the repository's
 * {@code docs/examples/}, and asserts the figures the guides state that no search can change:
 * the breakdown's cast and sets, the count of cast members, and the lower bound, which the
 * scheduler computes from the request alone before it searches. Days, company moves and costs
 * depend on how long the search ran; the guides say so and nothing here asserts them.
 */
class DocsExamplesTest {

    /** The repository's guides, seen from the studio module, where Maven runs its tests. */
    private static final Path DOCS = Path.of("..", "docs");
    private static final Path EXAMPLES = DOCS.resolve("examples");

    /**
     * Each file in {@code docs/examples/} and the tests here that run it with the commands its
     * guides quote. A new example fails {@link #examplesFolder_everyFile_isNamedByAGuideAndRunHere}
     * until it has a test listed here.
     */
    private static final Map<String, List<String>> RUN_BY = Map.of(
            "big-fish-cast.txt", List.of(
                    "breakdown_bigFishWithCastFile_lists53OnSetAndAdultEdwardHeardOnly",
                    "schedule_bigFishAsDocumented_warnsNothingAndBoundIs711",
                    "schedule_bigFishWithoutDayOrMoveCost_boundIsTheCastPartAlone",
                    "schedule_bigFishAtDearerMoves_boundRises"),
            "big-fish-locations.txt", List.of(
                    "schedule_bigFishAsDocumented_warnsNothingAndBoundIs711",
                    "schedule_bigFishWithoutDayOrMoveCost_boundIsTheCastPartAlone",
                    "schedule_bigFishAtDearerMoves_boundRises"),
            "notes-draft-1.fountain", List.of("notesCarry_lighthouseAsDocumented_keptChangedOrphanedKept"),
            "notes-draft-2.fountain", List.of("notesCarry_lighthouseAsDocumented_keptChangedOrphanedKept"),
            "notes-on-draft-1.json", List.of("notesCarry_lighthouseAsDocumented_keptChangedOrphanedKept"));

    private static final Pattern CAST_ON_SET = Pattern.compile("(?m)^cast on set: (\\d+)$");
    private static final Pattern HEARD_ONLY = Pattern.compile("(?m)^heard only \\(voice-over\\): (\\d+)$");
    private static final Pattern LISTED = Pattern.compile("^  (\\S.*?)\\s{2,}\\d+ scenes?:");
    private static final Pattern SUMMARY = Pattern.compile(
            "(?m)^\\d+ shooting days, cast cost \\d+ cast-days \\((\\d+) cast members: .*\\(lower bound (\\d+)\\)$");

    @TempDir
    Path dir;

    // docs/breakdown.md: "with it the breakdown lists 53 people on set instead of 69 (and the
    // narrator, ADULT EDWARD, heard only), none of them a voice, a light, a crowd or a fish."
    @Test
    void breakdown_bigFishWithCastFile_lists53OnSetAndAdultEdwardHeardOnly() throws IOException {
        CliRun run = CliRun.of("breakdown", bigFish().toString(), "--cast", example("big-fish-cast.txt").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).as("the cast file's warnings").isEmpty();
        assertThat(count(CAST_ON_SET, run.out())).isEqualTo(53);
        assertThat(count(HEARD_ONLY, run.out())).isEqualTo(1);
        assertThat(run.out()).containsPattern("(?m)^  ADULT EDWARD\\s+2 scenes: 18 25$");
        List<String> onSet = castOnSet(run.out());
        assertThat(onSet).hasSize(53)
                .contains("EDWARD", "KARL", "DR. BENNETT", "STUDENT", "JENNY", "BEAMEN", "DON PRICE")
                .doesNotContain("ADULT EDWARD", "KARL THE GIANT", "DR. JULIUS BENNETT", "PIANO STUDENT",
                        "NURSES", "PASSENGERS")
                .noneMatch(name -> name.matches(".*\\b(VOICE|SUNLIGHT|SILHOUETTE|HANDS|FISH|CATFISH|HOUSE)\\b.*"));
    }

    // docs/breakdown.md ("instead of 69") and docs/scheduling.md: "Before the cast file, the same
    // breakdown had 69 cast members, among them BRIGHT SUNLIGHT, A DEEP VOICE (Karl, before we
    // see him) and KARL THE GIANT beside KARL".
    @Test
    void breakdown_bigFishWithoutCastFile_lists69OnSetAmongThemALightAVoiceAndAnAlias() throws IOException {
        CliRun run = CliRun.of("breakdown", bigFish().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(count(CAST_ON_SET, run.out())).isEqualTo(69);
        assertThat(castOnSet(run.out())).hasSize(69)
                .contains("BRIGHT SUNLIGHT", "A DEEP VOICE", "KARL THE GIANT", "KARL");
    }

    // docs/scheduling.md: "the script's 144 set names"; "groups the 144 sets of Big Fish".
    @Test
    void breakdown_bigFish_names144Sets() throws IOException {
        CliRun run = CliRun.of("breakdown", bigFish().toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Set<String> sets = new TreeSet<>();
        for (JsonNode scene : new ObjectMapper().readTree(run.out())) {
            sets.add(scene.get("set").asText());
        }
        assertThat(sets).hasSize(144);
    }

    // docs/scheduling.md, the Big Fish command (its search cut to a second: the bound and the
    // cast do not depend on the search): "for its 53 cast members ... lower bound 711"; and the
    // locations file "groups the 144 sets" with no warning (a set the script does not have
    // would be one). docs/studio.md: "lower bound 711 ... as on the command line".
    @Test
    void schedule_bigFishAsDocumented_warnsNothingAndBoundIs711() throws IOException {
        CliRun run = schedule();

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).as("the example files' warnings").isEmpty();
        Matcher summary = summary(run);
        assertThat(Integer.parseInt(summary.group(1))).as("cast members").isEqualTo(53);
        assertThat(Long.parseLong(summary.group(2))).as("lower bound").isEqualTo(711);
    }

    // docs/scheduling.md: "its days and moves part already says 28 days and 19 moves (617 of the
    // 711) ... The cast part counts 94 days worked". With days and moves free the bound is the
    // cast part alone; the rest of the 711, 617, is 28 days at 20 and 19 moves at 3.
    @Test
    void schedule_bigFishWithoutDayOrMoveCost_boundIsTheCastPartAlone() throws IOException {
        CliRun run = schedule("--day-cost", "0", "--move-cost", "0");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Long.parseLong(summary(run).group(2))).as("lower bound").isEqualTo(94);
    }

    // docs/scheduling.md: "At 30 a move it goes from 1034 to 1047 ... At 3 and at 10 a move it
    // stays at 711 and 844" (3 is the default: the documented command's 711 above).
    @ParameterizedTest
    @CsvSource({"10, 844", "30, 1047"})
    void schedule_bigFishAtDearerMoves_boundRises(String moveCost, long bound) throws IOException {
        CliRun run = schedule("--move-cost", moveCost);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Long.parseLong(summary(run).group(2))).as("lower bound").isEqualTo(bound);
    }

    // docs/notes.md, "Carrying notes from the command line": "4 notes carried: 2 kept, 1 changed,
    // 1 orphaned", and the table of what became of each note.
    @Test
    void notesCarry_lighthouseAsDocumented_keptChangedOrphanedKept() throws IOException {
        Path out = dir.resolve("notes-on-draft-2.json");
        CliRun run = CliRun.of("notes", "carry", example("notes-draft-1.fountain").toString(),
                example("notes-draft-2.fountain").toString(), "--notes", example("notes-on-draft-1.json").toString(),
                "-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEqualTo("showrunner: 4 notes carried: 2 kept, 1 changed, 1 orphaned\n");
        String draft2 = Files.readString(example("notes-draft-2.fountain"));
        JsonNode notes = new ObjectMapper().readTree(out.toFile());
        List<String> statuses = new ArrayList<>();
        List<String> quotes = new ArrayList<>();
        for (JsonNode note : notes) {
            statuses.add(note.get("status").asText());
            quotes.add(note.at("/target/selector/0/exact").asText());
            int start = note.at("/target/selector/1/start").asInt();
            int end = note.at("/target/selector/1/end").asInt();
            if (!note.get("status").asText().equals("orphaned")) {
                assertThat(draft2.substring(start, end)).as("the new draft at the note's position").isEqualTo(quotes.getLast());
            } else {
                assertThat(start).isEqualTo(end).isEqualTo(draft2.indexOf("EXT. ROCKS"));
            }
        }
        assertThat(statuses).containsExactly("kept", "changed", "orphaned", "kept");
        assertThat(quotes).containsExactly("The lamp turns.", "If this lamp fails, the ferry hits the rocks.",
                "A dog barks at nothing.", "Sir, there's no light.");
        assertThat(notes.get(0).at("/body/value").asText()).isEqualTo("Can we open on the danger instead?");
    }

    @Test
    void examplesFolder_everyFile_isNamedByAGuideAndRunHere() throws IOException {
        List<String> examples;
        try (Stream<Path> files = Files.list(examplesFolder())) {
            examples = files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
        }
        Map<Path, String> guides = new TreeMap<>();
        guides.put(DOCS.resolve("..").resolve("README.md"), Files.readString(DOCS.resolve("..").resolve("README.md")));
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path guide : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                guides.put(guide, Files.readString(guide));
            }
        }
        Set<String> tests = new TreeSet<>();
        for (Method method : DocsExamplesTest.class.getDeclaredMethods()) {
            if (method.isAnnotationPresent(Test.class) || method.isAnnotationPresent(ParameterizedTest.class)) {
                tests.add(method.getName());
            }
        }

        assertThat(examples).isNotEmpty();
        for (String example : examples) {
            List<Path> namedBy = guides.keySet().stream()
                    .filter(guide -> guides.get(guide).contains("examples/" + example)).toList();
            assertThat(namedBy).as("the guides that name docs/examples/%s", example).isNotEmpty();
            assertThat(RUN_BY).as("docs/examples/%s is run by no test: run the commands its guide quotes in"
                    + " DocsExamplesTest, assert the figures the guide states, and list the tests in RUN_BY",
                    example).containsKey(example);
            assertThat(tests).as("the tests RUN_BY names for docs/examples/%s", example)
                    .containsAll(RUN_BY.get(example));
        }
        assertThat(RUN_BY.keySet()).as("RUN_BY names only files in docs/examples/")
                .containsExactlyInAnyOrderElementsOf(examples);
    }

    /**
     * {@code showrunner schedule big-fish.fountain --eighths-per-day 40 --start 2027-03-01
     * --locations docs/examples/big-fish-locations.txt --cast docs/examples/big-fish-cast.txt},
     * as docs/scheduling.md quotes it, with a one-second search and {@code more} options.
     */
    private CliRun schedule(String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("schedule", bigFish().toString(),
                "--eighths-per-day", "40", "--start", "2027-03-01",
                "--locations", example("big-fish-locations.txt").toString(),
                "--cast", example("big-fish-cast.txt").toString(),
                "-d", dir.resolve("reports").toString(), "--time-limit", "1"));
        args.addAll(Arrays.asList(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static Matcher summary(CliRun run) {
        Matcher summary = SUMMARY.matcher(run.out());
        assertThat(summary.find()).as("the schedule's summary line in:%n%s", run.out()).isTrue();
        return summary;
    }

    /** The names the readable breakdown lists under "cast on set", in its order. */
    private static List<String> castOnSet(String breakdown) {
        List<String> names = new ArrayList<>();
        boolean inList = false;
        for (String line : breakdown.split("\n")) {
            if (line.startsWith("cast on set:")) {
                inList = true;
            } else if (inList) {
                Matcher name = LISTED.matcher(line);
                if (!name.find()) {
                    break;
                }
                names.add(name.group(1));
            }
        }
        return names;
    }

    private static int count(Pattern heading, String out) {
        Matcher matcher = heading.matcher(out);
        assertThat(matcher.find()).as("%s in:%n%s", heading, out).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private static Path examplesFolder() {
        assertThat(EXAMPLES).as("docs/examples/ of the repository, looked for at %s (the tests run in the studio"
                + " module)", EXAMPLES.toAbsolutePath().normalize()).isDirectory();
        return EXAMPLES;
    }

    private static Path example(String name) {
        Path file = examplesFolder().resolve(name);
        assertThat(file).as("docs/examples/%s", name).isRegularFile();
        return file;
    }

    /** Big Fish, copied from the test resources to where the command line can read it. */
    private Path bigFish() throws IOException {
        Path script = dir.resolve("big-fish.fountain");
        if (!Files.exists(script)) {
            try (InputStream in = getClass().getResourceAsStream("/corpus/big-fish.fountain")) {
                assertThat(in).as("test resource /corpus/big-fish.fountain").isNotNull();
                Files.copy(in, script);
            }
        }
        return script;
    }
}
