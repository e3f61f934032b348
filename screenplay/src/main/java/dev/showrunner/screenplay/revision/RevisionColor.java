package dev.showrunner.screenplay.revision;

import java.util.Locale;
import java.util.Optional;

/**
 * The colour of a revision's paper, in the industry's order: White (the locked script), Blue,
 * Pink, Yellow, Green, Goldenrod, Buff, Salmon, Cherry; then the cycle again as Double White,
 * Double Blue, ..., then Triple White, and so on.
 *
 * @param index 0 for White, 1 for Blue, ..., 9 for Double White
 */
public record RevisionColor(int index) {

    private static final String[] NAMES = {
        "White", "Blue", "Pink", "Yellow", "Green", "Goldenrod", "Buff", "Salmon", "Cherry",
    };

    /** Paper tints (sRGB), light enough to print black text on. */
    private static final int[] TINTS = {
        0xFFFFFF, 0xD6E6FF, 0xFFD9E6, 0xFFF9C4, 0xD8F5D0, 0xF5D88A, 0xF0E2C0, 0xFFCDB8, 0xF7B3C2,
    };

    private static final String[] TIMES = {"", "Double ", "Triple ", "Quadruple "};

    public static final RevisionColor WHITE = new RevisionColor(0);
    public static final RevisionColor BLUE = new RevisionColor(1);
    public static final RevisionColor PINK = new RevisionColor(2);

    public RevisionColor {
        if (index < 0) {
            throw new IllegalArgumentException("negative colour index: " + index);
        }
    }

    /** The colour after this one in the industry order (Cherry is followed by Double White). */
    public RevisionColor next() {
        return new RevisionColor(index + 1);
    }

    /** {@code Blue}, {@code Double White}, {@code 5x Pink} past Quadruple. */
    public String displayName() {
        int cycle = index / NAMES.length;
        String times = cycle < TIMES.length ? TIMES[cycle] : (cycle + 1) + "x ";
        return times + NAMES[index % NAMES.length];
    }

    /** The page tint as 0xRRGGBB. */
    public int tint() {
        return TINTS[index % TINTS.length];
    }

    /**
     * Reads a colour name, case- and punctuation-insensitively: {@code blue}, {@code Double Blue},
     * {@code double-blue}, {@code 2x blue}; empty when it names no colour.
     */
    public static Optional<RevisionColor> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ').replaceAll("\\s+", " ");
        int cycle = 0;
        for (int t = TIMES.length - 1; t >= 1; t--) {
            String word = TIMES[t].strip().toLowerCase(Locale.ROOT) + " ";
            if (s.startsWith(word)) {
                cycle = t;
                s = s.substring(word.length());
                break;
            }
        }
        if (cycle == 0 && s.matches("\\d+x .*")) {
            cycle = Integer.parseInt(s.substring(0, s.indexOf('x'))) - 1;
            s = s.substring(s.indexOf(' ') + 1);
        }
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].toLowerCase(Locale.ROOT).equals(s) && cycle >= 0) {
                return Optional.of(new RevisionColor(cycle * NAMES.length + i));
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return displayName();
    }
}
