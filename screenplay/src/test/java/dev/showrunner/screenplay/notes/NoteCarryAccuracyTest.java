package dev.showrunner.screenplay.notes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.model.DualDialogue;
import dev.showrunner.screenplay.notes.Carried.Status;
import dev.showrunner.screenplay.notes.DraftPairs.Fate;
import dev.showrunner.screenplay.notes.DraftPairs.Note;
import dev.showrunner.screenplay.notes.DraftPairs.Place;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The measure, over seeded draft pairs (DraftPairs): a kept anchor is found at its
 * exact new place, an orphaned one is never reported kept, and at least 99 % of the notes are
 * carried right on each kind, whether the kind is where the note is (action, dialogue, heading,
 * dual dialogue) or what happened to its words (untouched, scene moved, words edited nearby or
 * inside, scene cut, speech or action cut).
 */
class NoteCarryAccuracyTest {

    private static final long SEED = 20261208L;
    private static final int PAIRS = 300;

    @Test
    void carry_seededDraftPairs_atLeast99PercentRightOnEachKindAndNoOrphanKept() {
        DraftPairs pairs = new DraftPairs(SEED);
        Map<Place, int[]> byPlace = new EnumMap<>(Place.class);
        Map<Fate, int[]> byFate = new EnumMap<>(Fate.class);
        List<String> wrong = new ArrayList<>();
        int orphansKept = 0;
        int keptElsewhere = 0;
        for (int p = 0; p < PAIRS; p++) {
            DraftPairs.Pair pair = pairs.next(20 + p % 20, 4 + p % 8, 30);
            if (p == 0) {
                // The generator writes what it means: dual dialogue reads as dual dialogue.
                assertThat(Fountain.read(pair.oldText()).elements()).anyMatch(DualDialogue.class::isInstance);
            }
            NoteCarry carry = NoteCarry.between(pair.oldText(), pair.newText());
            for (Note note : pair.notes()) {
                Carried carried = carry.carry(note.anchor());
                boolean right = carried.status() == note.expected()
                        && (note.expected() == Status.ORPHANED
                                || (carried.anchor().start() == note.expectedStart() && carried.anchor().end() == note.expectedEnd()));
                if (note.expected() == Status.ORPHANED && carried.status() == Status.KEPT) {
                    orphansKept++;
                }
                if (carried.status() == Status.KEPT && !pair.newText().substring(carried.anchor().start(), carried.anchor().end())
                        .equals(note.anchor().exact())) {
                    keptElsewhere++;
                }
                tally(byPlace.computeIfAbsent(note.place(), k -> new int[2]), right);
                tally(byFate.computeIfAbsent(note.fate(), k -> new int[2]), right);
                if (!right && wrong.size() < 10) {
                    wrong.add("pair %d %s %s: expected %s %d..%d, got %s %s".formatted(p, note.place(), note.fate(), note.expected(),
                            note.expectedStart(), note.expectedEnd(), carried.status(), carried.anchor()));
                }
            }
        }

        System.out.printf("notes carry accuracy (seed %d, %d pairs): by place %s; by fate %s%n", SEED, PAIRS,
                rates(byPlace), rates(byFate));
        assertThat(orphansKept).as("orphans reported kept; first wrong: %s", wrong).isZero();
        assertThat(keptElsewhere).as("kept anchors whose range does not hold their words").isZero();
        assertThat(byPlace).as("every place measured").hasSize(Place.values().length);
        assertThat(byFate).as("every fate measured").hasSize(Fate.values().length);
        for (var entry : byPlace.entrySet()) {
            assertRate(entry.getKey().toString(), entry.getValue(), wrong);
        }
        for (var entry : byFate.entrySet()) {
            assertRate(entry.getKey().toString(), entry.getValue(), wrong);
        }
    }

    private static void tally(int[] counts, boolean right) {
        counts[0]++;
        if (right) {
            counts[1]++;
        }
    }

    private static void assertRate(String kind, int[] counts, List<String> wrong) {
        assertThat(counts[0]).as("notes of kind %s", kind).isGreaterThanOrEqualTo(100);
        assertThat(100.0 * counts[1] / counts[0]).as("%% right for %s (%d of %d); first wrong: %s", kind, counts[1], counts[0], wrong)
                .isGreaterThanOrEqualTo(99.0);
    }

    private static String rates(Map<? extends Enum<?>, int[]> counts) {
        StringBuilder out = new StringBuilder();
        counts.forEach((k, c) -> out.append("%s %d/%d (%.2f %%) ".formatted(k, c[1], c[0], 100.0 * c[1] / c[0])));
        return out.toString().strip();
    }
}
