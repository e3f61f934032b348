package dev.showrunner.screenplay.revision;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A locked scene or page number: letters, a number, letters ({@code 12}, {@code 12A},
 * {@code A1}, {@code 12aA}), ordered the way a production office files pages.
 *
 * <p>Order (docs/revisions.md, rule 2): by number; for the same number, prefixed numbers come
 * first ({@code A1} before {@code 1}), then the bare number, then suffixed ones ({@code 1A});
 * letters compare one by one with every lower-case letter before every capital
 * ({@code 12aA} before {@code 12A}), and a string before its own extensions
 * ({@code 12A} before {@code 12AA} before {@code 12B}).
 *
 * @param prefix capital and lower-case letters before the number, often empty
 * @param number the number, at least 0
 * @param suffix letters after the number, often empty
 */
public record LockNumber(String prefix, int number, String suffix) implements Comparable<LockNumber> {

    public LockNumber {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
        if (number < 0 || !letters(prefix) || !letters(suffix)) {
            throw new IllegalArgumentException("not a scene or page number: " + prefix + number + suffix);
        }
    }

    public static LockNumber of(int number) {
        return new LockNumber("", number, "");
    }

    /** Reads {@code 12}, {@code 12A}, {@code A1}, {@code 12aA}; empty for anything else. */
    public static Optional<LockNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        int i = 0;
        while (i < s.length() && isLetter(s.charAt(i))) {
            i++;
        }
        int digits = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == digits || i - digits > 6) {
            return Optional.empty();
        }
        String suffix = s.substring(i);
        if (!letters(suffix)) {
            return Optional.empty();
        }
        return Optional.of(new LockNumber(s.substring(0, digits), Integer.parseInt(s.substring(digits, i)), suffix));
    }

    @Override
    public String toString() {
        return prefix + number + suffix;
    }

    @Override
    public int compareTo(LockNumber other) {
        int c = Integer.compare(number, other.number);
        if (c != 0) {
            return c;
        }
        // A prefixed number comes before the bare one.
        if (prefix.isEmpty() != other.prefix.isEmpty()) {
            return prefix.isEmpty() ? 1 : -1;
        }
        c = compareLetters(prefix, other.prefix);
        return c != 0 ? c : compareLetters(suffix, other.suffix);
    }

    /**
     * The first number after {@code lower} and before {@code upper} that {@code taken} does not
     * hold, by docs/revisions.md rule 3: after 12 comes 12A, then 12B; after 12A, 12B; between
     * 12A and a locked 12B, 12AA; between 12 and a locked 12A, 12aA; before 1, A1, then B1.
     *
     * @param lower the number just before, or null at the start
     * @param upper the number just after, or null when there is none (or it is out of order)
     */
    public static LockNumber between(LockNumber lower, LockNumber upper, Predicate<LockNumber> taken) {
        if (lower == null && upper == null) {
            for (int n = 1; ; n++) {
                if (!taken.test(of(n))) {
                    return of(n);
                }
            }
        }
        if (upper != null && lower != null && upper.compareTo(lower) <= 0) {
            upper = null;
        }
        if (lower == null) {
            // Before the first number: letters in front of it (A1, B1, ...).
            String hi = upper.prefix.isEmpty() ? null : upper.prefix;
            int n = upper.number;
            return new LockNumber(letterBetween("", hi, p -> taken.test(new LockNumber(p, n, ""))), n, "");
        }
        if (!lower.prefix.isEmpty() && lower.suffix.isEmpty()) {
            // After A1 comes B1: any prefixed number still files before the bare one.
            String hi = upper != null && upper.number == lower.number && !upper.prefix.isEmpty() ? upper.prefix : null;
            String p = letterBetween(lower.prefix, hi, q -> taken.test(new LockNumber(q, lower.number, "")));
            return new LockNumber(p, lower.number, "");
        }
        String hi = upper != null && upper.number == lower.number && upper.prefix.equals(lower.prefix) ? upper.suffix : null;
        String s = letterBetween(lower.suffix, hi, q -> taken.test(new LockNumber(lower.prefix, lower.number, q)));
        return new LockNumber(lower.prefix, lower.number, s);
    }

    /** A non-empty letter string after {@code lo} and before {@code hi} (null: unbounded). */
    private static String letterBetween(String lo, String hi, Predicate<String> taken) {
        if (!lo.isEmpty()) {
            String c = bump(lo);
            while (c != null && below(c, hi)) {
                if (!taken.test(c)) {
                    return c;
                }
                c = bump(c);
            }
        }
        for (int depth = 0; depth < 64; depth++) {
            // Extend: lo + "A", or, when that is not below hi, lo + "a"... + "A" (the lower-case
            // letters read "before"): the shooting-script convention 12aA.
            String c = lo + "a".repeat(depth) + "A";
            while (c != null && below(c, hi)) {
                if (!taken.test(c)) {
                    return c;
                }
                c = bump(c);
            }
        }
        throw new IllegalStateException("no free number between " + lo + " and " + hi);
    }

    private static boolean below(String c, String hi) {
        return hi == null || compareLetters(c, hi) < 0;
    }

    /** The same string with its last letter advanced (A to B, a to b); null after Z or z. */
    private static String bump(String s) {
        char last = s.charAt(s.length() - 1);
        if (last == 'Z' || last == 'z') {
            return null;
        }
        return s.substring(0, s.length() - 1) + (char) (last + 1);
    }

    static int compareLetters(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            int c = Integer.compare(rank(a.charAt(i)), rank(b.charAt(i)));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    private static int rank(char c) {
        return c >= 'a' && c <= 'z' ? c - 'a' : 26 + (c - 'A');
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean letters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
