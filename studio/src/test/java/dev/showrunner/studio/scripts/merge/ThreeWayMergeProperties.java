package dev.showrunner.studio.scripts.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Laws of the merge over random edits of a random base. jqwik prints the seed of a failing case
 * and shrinks it; {@code @Property(seed = "...")} replays it.
 */
class ThreeWayMergeProperties {

    /** A base text and two writers' edits of it. */
    record Case(List<String> base, List<String> mine, List<String> theirs) {}

    /** One edit: insert a line, delete one, or change one, at a place taken modulo the text's size. */
    record Edit(int kind, int at, int value) {

        void apply(List<String> lines) {
            int i = at % (lines.size() + 1);
            switch (kind) {
                case 0 -> lines.add(i, "new " + value);
                case 1 -> {
                    if (i < lines.size()) {
                        lines.remove(i);
                    }
                }
                default -> {
                    if (i < lines.size()) {
                        lines.set(i, "changed " + value);
                    }
                }
            }
        }
    }

    @Provide
    Arbitrary<Case> edits() {
        Arbitrary<String> line = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just("")),
                Tuple.of(3, Arbitraries.integers().between(0, 11).map(n -> "line " + n)));
        Arbitrary<List<String>> base = line.list().ofMinSize(1).ofMaxSize(30);
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 99)).as(Edit::new);
        Arbitrary<List<Edit>> script = edit.list().ofMaxSize(3);
        return Combinators.combine(base, script, script).as((b, m, t) -> new Case(b, applied(b, m), applied(b, t)));
    }

    @Property(tries = 300)
    void merge_oneSideUnchanged_givesTheOtherSide(@ForAll("edits") Case c) {
        assertThat(ThreeWayMerge.merge(c.base(), c.base(), c.theirs()).text("", "")).isEqualTo(String.join("\n", c.theirs()));
        assertThat(ThreeWayMerge.merge(c.base(), c.mine(), c.base()).text("", "")).isEqualTo(String.join("\n", c.mine()));
    }

    @Property(tries = 300)
    void merge_bothSidesAlike_givesThatSide(@ForAll("edits") Case c) {
        MergeResult r = ThreeWayMerge.merge(c.base(), c.mine(), c.mine());
        assertThat(r.clean()).isTrue();
        assertThat(r.text("", "")).isEqualTo(String.join("\n", c.mine()));
    }

    @Property(tries = 300)
    void merge_cleanOneWay_isCleanTheOtherWay(@ForAll("edits") Case c) {
        assertThat(ThreeWayMerge.merge(c.base(), c.mine(), c.theirs()).clean())
                .isEqualTo(ThreeWayMerge.merge(c.base(), c.theirs(), c.mine()).clean());
    }

    private static List<String> applied(List<String> base, List<Edit> edits) {
        List<String> out = new ArrayList<>(base);
        for (Edit e : edits) {
            e.apply(out);
        }
        return out;
    }
}
