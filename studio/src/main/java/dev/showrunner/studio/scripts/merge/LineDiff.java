package dev.showrunner.studio.scripts.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/*
 * Patience diff (Bram Cohen): lines that occur exactly once on each side are candidate anchors;
 * the longest increasing subsequence of their positions becomes the anchors, and the gaps
 * between anchors are matched recursively. A gap without unique lines is matched by the
 * classic dynamic-programming LCS when it is small, and left unmatched when it is not (the
 * merge then sees a replaced block, which is correct if coarse). Common prefix and suffix are
 * matched first, which handles the usual case - a few edits in a long script - in linear time.
 */

/** Matches the lines of two texts: which line of {@code b} each line of {@code a} is kept as. */
public final class LineDiff {

    /** Gaps up to this many cells (lines a × lines b) are matched exactly. */
    private static final long DP_LIMIT = 250_000;

    private LineDiff() {}

    /**
     * For each index of {@code a}, the index of the equal line of {@code b} it is matched to,
     * or -1. Matched indexes strictly increase.
     */
    public static int[] match(List<String> a, List<String> b) {
        int[] result = new int[a.size()];
        Arrays.fill(result, -1);
        match(a, b, 0, a.size(), 0, b.size(), result);
        return result;
    }

    private static void match(List<String> a, List<String> b, int a0, int a1, int b0, int b1, int[] out) {
        while (a0 < a1 && b0 < b1 && a.get(a0).equals(b.get(b0))) {
            out[a0++] = b0++;
        }
        while (a0 < a1 && b0 < b1 && a.get(a1 - 1).equals(b.get(b1 - 1))) {
            out[--a1] = --b1;
        }
        if (a0 == a1 || b0 == b1) {
            return;
        }
        List<int[]> anchors = uniqueAnchors(a, b, a0, a1, b0, b1);
        if (anchors.isEmpty()) {
            lcs(a, b, a0, a1, b0, b1, out);
            return;
        }
        int pa = a0;
        int pb = b0;
        for (int[] anchor : anchors) {
            match(a, b, pa, anchor[0], pb, anchor[1], out);
            out[anchor[0]] = anchor[1];
            pa = anchor[0] + 1;
            pb = anchor[1] + 1;
        }
        match(a, b, pa, a1, pb, b1, out);
    }

    /** Lines unique on both sides, reduced to their longest chain increasing on both sides. */
    private static List<int[]> uniqueAnchors(List<String> a, List<String> b, int a0, int a1, int b0, int b1) {
        Map<String, int[]> counts = new HashMap<>(); // {count in a, index in a, count in b, index in b}
        for (int i = a0; i < a1; i++) {
            int[] c = counts.computeIfAbsent(a.get(i), k -> new int[4]);
            c[0]++;
            c[1] = i;
        }
        for (int j = b0; j < b1; j++) {
            int[] c = counts.get(b.get(j));
            if (c != null) {
                c[2]++;
                c[3] = j;
            }
        }
        List<int[]> pairs = new ArrayList<>();
        for (int i = a0; i < a1; i++) {
            int[] c = counts.get(a.get(i));
            if (c[0] == 1 && c[2] == 1) {
                pairs.add(new int[] {i, c[3]});
            }
        }
        return longestIncreasing(pairs);
    }

    /** Longest subsequence of pairs (already increasing in a) whose b indexes increase. */
    private static List<int[]> longestIncreasing(List<int[]> pairs) {
        int n = pairs.size();
        int[] tails = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            int key = pairs.get(i)[1];
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (pairs.get(tails[mid])[1] < key) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[i] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = i;
            if (lo == length) {
                length++;
            }
        }
        List<int[]> chain = new ArrayList<>(length);
        for (int i = length == 0 ? -1 : tails[length - 1]; i >= 0; i = previous[i]) {
            chain.add(pairs.get(i));
        }
        java.util.Collections.reverse(chain);
        return chain;
    }

    private static void lcs(List<String> a, List<String> b, int a0, int a1, int b0, int b1, int[] out) {
        int n = a1 - a0;
        int m = b1 - b0;
        if ((long) n * m > DP_LIMIT) {
            return;
        }
        int[][] len = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                len[i][j] = a.get(a0 + i).equals(b.get(b0 + j))
                        ? len[i + 1][j + 1] + 1
                        : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(a0 + i).equals(b.get(b0 + j))) {
                out[a0 + i] = b0 + j;
                i++;
                j++;
            } else if (len[i + 1][j] >= len[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
    }
}
