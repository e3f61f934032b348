package dev.showrunner.screenplay.notes;

import java.util.Arrays;

/**
 * Converts between the UTF-16 indexes Java's strings and the model's spans use and the code
 * point offsets the notes' selectors use, in O(log n) per conversion: the text's surrogate pairs
 * are listed once, and a text without any (nearly every script) converts as the identity.
 */
final class CodePoints {

    private final String text;
    /** UTF-16 index of the second half of each surrogate pair, ascending. */
    private final int[] lows;

    private CodePoints(String text, int[] lows) {
        this.text = text;
        this.lows = lows;
    }

    static CodePoints of(String text) {
        int[] lows = new int[0];
        int count = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == lows.length) {
                    lows = Arrays.copyOf(lows, Math.max(8, count * 2));
                }
                lows[count++] = ++i;
            }
        }
        return new CodePoints(text, Arrays.copyOf(lows, count));
    }

    String text() {
        return text;
    }

    /** The text's length in code points. */
    int length() {
        return text.length() - lows.length;
    }

    /** The code point offset of UTF-16 index {@code index} (an index inside a pair counts as its pair's start). */
    int codePoint(int index) {
        int before = Arrays.binarySearch(lows, index);
        // Found: index is a pair's second half, which belongs to the code point before it.
        int pairs = before >= 0 ? before + 1 : -before - 1;
        return index - pairs;
    }

    /** The UTF-16 index of code point {@code offset} (0 to {@link #length()}). */
    int charIndex(int offset) {
        if (lows.length == 0) {
            return offset;
        }
        // The smallest index i with i - (pairs whose low half is below i+... ) == offset: the
        // k-th pair shifts every later code point by one.
        int lo = 0;
        int hi = lows.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            // Code point offset of the low half lows[mid] is lows[mid] - mid - 1 (its pair's start).
            if (lows[mid] - mid - 1 < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return offset + lo;
    }

    /** The anchor of UTF-16 range [from, to), with up to the given numbers of code points around it. */
    Anchor anchor(int from, int to, int prefixPoints, int suffixPoints) {
        int before = from;
        for (int k = 0; k < prefixPoints && before > 0; k++) {
            before = text.offsetByCodePoints(before, -1);
        }
        int after = to;
        for (int k = 0; k < suffixPoints && after < text.length(); k++) {
            after = text.offsetByCodePoints(after, 1);
        }
        return new Anchor(codePoint(from), codePoint(to), text.substring(from, to), text.substring(before, from),
                text.substring(to, after));
    }
}
