package dev.showrunner.screenplay.revision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The shortest difference between two sequences, as runs of kept, deleted, inserted and replaced
 * items: the building block of draft comparison, of revision marks, and of the studio's
 * three-way merge. Items are compared with {@link Object#equals}; lines of text are the usual
 * case ({@code List<String>}), but any value with a sound {@code equals} works.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>The edits cover both sequences completely and in order: the first starts at 0/0, each
 *       starts where the previous ended, the last ends at the two sizes.
 *   <li>An {@link Kind#EQUAL} edit has ranges of equal length whose items are pairwise equal.
 *       No two edits of the same kind are adjacent, and a {@link Kind#REPLACE} stands for a
 *       deletion and an insertion that meet (it is never next to a DELETE or INSERT).
 *   <li>The number of deleted plus inserted items is minimal (Myers' algorithm, linear space)
 *       wherever a stretch needs fewer than about 512 edits; beyond that the work is bounded and
 *       the script, still correct, may be longer than the shortest (see {@code Myers}).
 *   <li>Deterministic: the same input gives the same edits. Neither input is modified.
 * </ul>
 *
 * <p>A three-way merge diffs the base against each side and walks the two edit lists together:
 * a base range that one side left {@code EQUAL} takes the other side's change; a base range
 * both sides changed is a conflict unless both made the same change.
 */
public final class LineDiff {

    private LineDiff() {}

    /** What an edit does to its range. */
    public enum Kind {
        /** Both ranges hold the same items. */
        EQUAL,
        /** Items of the old sequence that the new one lacks (the new range is empty). */
        DELETE,
        /** Items of the new sequence that the old one lacks (the old range is empty). */
        INSERT,
        /** Old items that the new sequence has in place of them (both ranges non-empty). */
        REPLACE
    }

    /**
     * One run of the difference: {@code [oldStart, oldEnd)} of the old sequence stands against
     * {@code [newStart, newEnd)} of the new one.
     */
    public record Edit(Kind kind, int oldStart, int oldEnd, int newStart, int newEnd) {
        public Edit {
            Objects.requireNonNull(kind, "kind");
            if (oldStart < 0 || oldEnd < oldStart || newStart < 0 || newEnd < newStart) {
                throw new IllegalArgumentException("invalid ranges " + oldStart + ".." + oldEnd + " / " + newStart + ".." + newEnd);
            }
        }

        public int oldLength() {
            return oldEnd - oldStart;
        }

        public int newLength() {
            return newEnd - newStart;
        }
    }

    /** The edits that turn {@code before} into {@code after}; see the class contract. */
    public static <T> List<Edit> diff(List<? extends T> before, List<? extends T> after) {
        boolean[][] flags = flags(before, after);
        return edits(flags[0], flags[1]);
    }

    /**
     * For each item of {@code before}, the index of the item of {@code after} it is matched
     * with in the shortest edit script, or -1 when it is deleted.
     */
    public static <T> int[] matches(List<? extends T> before, List<? extends T> after) {
        boolean[][] flags = flags(before, after);
        int[] match = new int[before.size()];
        int j = 0;
        for (int i = 0; i < match.length; i++) {
            if (flags[0][i]) {
                match[i] = -1;
                continue;
            }
            while (flags[1][j]) {
                j++;
            }
            match[i] = j++;
        }
        return match;
    }

    static <T> boolean[][] flags(List<? extends T> before, List<? extends T> after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        // Items become small ints once, so that the algorithm's inner loop compares ints.
        Map<T, Integer> codes = new HashMap<>();
        int[] a = encode(before, codes);
        int[] b = encode(after, codes);
        return Myers.diff(a, b);
    }

    private static <T> int[] encode(List<? extends T> items, Map<T, Integer> codes) {
        int[] out = new int[items.size()];
        int i = 0;
        for (T item : items) {
            Integer code = codes.get(item);
            if (code == null) {
                code = codes.size();
                codes.put(item, code);
            }
            out[i++] = code;
        }
        return out;
    }

    /** Turns per-item flags into runs; a deletion and an insertion that meet become a REPLACE. */
    static List<Edit> edits(boolean[] deleted, boolean[] inserted) {
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < deleted.length || j < inserted.length) {
            int i0 = i;
            int j0 = j;
            if (i < deleted.length && j < inserted.length && !deleted[i] && !inserted[j]) {
                while (i < deleted.length && j < inserted.length && !deleted[i] && !inserted[j]) {
                    i++;
                    j++;
                }
                edits.add(new Edit(Kind.EQUAL, i0, i, j0, j));
                continue;
            }
            while (i < deleted.length && deleted[i]) {
                i++;
            }
            while (j < inserted.length && inserted[j]) {
                j++;
            }
            Kind kind = i > i0 && j > j0 ? Kind.REPLACE : i > i0 ? Kind.DELETE : Kind.INSERT;
            edits.add(new Edit(kind, i0, i, j0, j));
        }
        return List.copyOf(edits);
    }
}
