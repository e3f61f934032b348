package dev.showrunner.screenplay.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class LockNumberProperties {

    /**
     * Numbers inserted one after another at random places of a locked sequence always file
     * between their neighbours and are never used twice (docs/revisions.md, rules 2 and 3).
     */
    @Property(tries = 300)
    void between_repeatedInsertions_alwaysInOrderAndUnique(
            @ForAll @IntRange(min = 1, max = 12) int scenes, @ForAll @IntRange(min = 1, max = 40) int inserts, @ForAll long seed) {
        Random random = new Random(seed);
        List<LockNumber> sequence = new ArrayList<>();
        for (int n = 1; n <= scenes; n++) {
            sequence.add(LockNumber.of(n));
        }
        Set<LockNumber> taken = new HashSet<>(sequence);
        for (int k = 0; k < inserts; k++) {
            int at = random.nextInt(sequence.size() + 1);
            LockNumber lower = at == 0 ? null : sequence.get(at - 1);
            LockNumber upper = at == sequence.size() ? null : sequence.get(at);
            LockNumber chosen = LockNumber.between(lower, upper, taken::contains);
            if (lower != null) {
                assertThat(chosen).isGreaterThan(lower);
            }
            if (upper != null) {
                assertThat(chosen).isLessThan(upper);
            }
            assertThat(taken.add(chosen)).as("%s is new", chosen).isTrue();
            assertThat(LockNumber.parse(chosen.toString())).contains(chosen);
            sequence.add(at, chosen);
        }
        List<LockNumber> sorted = new ArrayList<>(sequence);
        sorted.sort(null);
        assertThat(sorted).isEqualTo(sequence);
    }
}
