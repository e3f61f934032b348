package dev.showrunner.screenplay.notes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.screenplay.notes.Carried.Status;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** What holds for every pair of texts and every anchor, Fountain or not. */
class NoteCarryProperties {

    /** Script-like text: headings, cues, dual marks, words, emoji and other planes, blank lines. */
    @Provide
    Arbitrary<String> drafts() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("INT. KITCHEN - NIGHT", "EXT. YARD - DAY", "MARY", "JOHN ^", "BOB", "Yes.", "No.", "\n", "\n\n",
                        " ", "[[a note]]", "/* cut */", "\uD83C\uDFAC", "\uD835\uDD04", "é", "**bold**", "> THE END <", "CUT TO:",
                        "Title: Pilot\n"),
                Arbitraries.strings().withChars("abcdefgh .,'\n").ofMinLength(1).ofMaxLength(12));
        return pieces.list().ofMaxSize(60).map(list -> String.join("", list));
    }

    @Property(tries = 300)
    void carry_anyTextsAnyAnchor_neverThrowsAndKeptMeansTheSameWordsThere(@ForAll("drafts") String old, @ForAll("drafts") String now,
            @ForAll @IntRange(min = 0, max = 10_000) int a, @ForAll @IntRange(min = 0, max = 40) int length) {
        int points = old.codePointCount(0, old.length());
        int start = points == 0 ? 0 : a % (points + 1);
        int end = Math.min(points, start + length);
        Anchor anchor = Anchor.in(old, start, end);

        Carried carried = NoteCarry.between(old, now).carry(anchor);

        Anchor moved = carried.anchor();
        int newPoints = now.codePointCount(0, now.length());
        assertThat(moved.start()).isBetween(0, newPoints);
        assertThat(moved.end()).isBetween(moved.start(), newPoints);
        String there = now.substring(now.offsetByCodePoints(0, moved.start()), now.offsetByCodePoints(0, moved.end()));
        switch (carried.status()) {
            case KEPT -> assertThat(there).isEqualTo(anchor.exact());
            case CHANGED -> {
                assertThat(there).isNotEqualTo(anchor.exact());
                assertThat(moved).isEqualTo(Anchor.in(now, moved.start(), moved.end()));
            }
            case ORPHANED -> {
                assertThat(moved.start()).isEqualTo(moved.end());
                assertThat(moved.exact()).isEqualTo(anchor.exact());
            }
        }
    }

    @Property(tries = 200)
    void carry_draftToItself_everyAnchorKeptWhereItWas(@ForAll("drafts") String text,
            @ForAll @IntRange(min = 0, max = 10_000) int a, @ForAll @IntRange(min = 0, max = 40) int length) {
        int points = text.codePointCount(0, text.length());
        int start = points == 0 ? 0 : a % (points + 1);
        Anchor anchor = Anchor.in(text, start, Math.min(points, start + length));

        Carried carried = NoteCarry.between(text, text).carry(anchor);

        assertThat(carried.status()).isEqualTo(Status.KEPT);
        assertThat(carried.anchor()).isEqualTo(anchor);
    }

    @Property(tries = 200)
    void codePoints_anyText_offsetsRoundTrip(@ForAll("drafts") String text) {
        CodePoints points = CodePoints.of(text);
        assertThat(points.length()).isEqualTo(text.codePointCount(0, text.length()));
        for (int k = 0; k <= points.length(); k++) {
            int index = points.charIndex(k);
            assertThat(index).isEqualTo(text.offsetByCodePoints(0, k));
            assertThat(points.codePoint(index)).isEqualTo(k);
        }
    }
}
