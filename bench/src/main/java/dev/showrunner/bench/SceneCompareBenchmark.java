package dev.showrunner.bench;

import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.revision.Comparison;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The scene-by-scene compare at its worst (issue 21, item 2): two drafts in which every scene
 * changed, so no scene is matched by identity and every one goes through the similarity
 * search. {@code scenes} is 1000, 2000, 4000, or {@code max}: as many scenes as fit in the
 * studio's largest draft (2,000,000 characters, about 11,000 scenes). Goal: {@code max} under
 * 2 s. The fork's heap is capped at 512 MB, so a run that finishes also shows memory bounded
 * (the quadratic compare took 1.3 GB at 4,000 scenes).
 *
 * <p>Run: {@code ./mvnw -B -q -pl bench -am package -DskipTests && java -jar bench/target/benchmarks.jar SceneCompare}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class SceneCompareBenchmark {

    /** The studio's limit on a draft's length (studio's {@code Scripts.MAX_TEXT}). */
    static final int MAX_TEXT = 2_000_000;

    private static final String[] WORDS = {
        "river", "lantern", "catfish", "orchard", "letter", "circus", "giant", "witch", "porch", "harbor",
        "engine", "sparrow", "window", "thunder", "garden", "bicycle", "violin", "suitcase", "mirror", "ladder",
        "blanket", "compass", "tunnel", "meadow", "trumpet", "kettle", "island", "feather", "canyon", "lighthouse",
        "the", "a", "walks", "looks", "at", "runs", "into", "holds", "drops", "turns",
    };
    private static final String[] PLACES = {"KITCHEN", "PORCH", "RIVER BANK", "CIRCUS TENT", "CAR", "HOSPITAL ROOM"};

    @Param({"1000", "2000", "4000", "max"})
    String scenes;

    Screenplay before;
    Screenplay after;

    @Setup
    public void draft() {
        int count = scenes.equals("max") ? Integer.MAX_VALUE : Integer.parseInt(scenes);
        String[] drafts = drafts(count);
        before = Fountain.read(drafts[0]);
        after = Fountain.read(drafts[1]);
    }

    /**
     * Two Fountain drafts of {@code count} scenes (or as many as fit in {@link #MAX_TEXT}), the
     * second with a word added to every scene's action; the same every run.
     */
    static String[] drafts(int count) {
        Random random = new Random(21);
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (int n = 0; n < count; n++) {
            String heading = (n % 3 == 0 ? "EXT. " : "INT. ") + PLACES[random.nextInt(PLACES.length)] + " - "
                    + (n % 2 == 0 ? "DAY" : "NIGHT");
            StringBuilder action = new StringBuilder("Beat " + n + ":");
            for (int w = 0; w < 12; w++) {
                action.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            }
            StringBuilder line = new StringBuilder();
            for (int w = 0; w < 8; w++) {
                line.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            String scene = heading + "\n\n" + action + ".\n\nBIG EDWARD\n" + line + ".\n\n";
            String changed = heading + "\n\n" + action + " " + WORDS[random.nextInt(WORDS.length)] + ".\n\nBIG EDWARD\n" + line + ".\n\n";
            if (after.length() + changed.length() > MAX_TEXT) {
                break;
            }
            before.append(scene);
            after.append(changed);
        }
        return new String[] {before.toString(), after.toString()};
    }

    @Benchmark
    public Comparison compare() {
        return Comparison.of(before, after);
    }
}
