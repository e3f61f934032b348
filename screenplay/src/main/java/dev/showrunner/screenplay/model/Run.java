package dev.showrunner.screenplay.model;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A stretch of text in one set of styles.
 *
 * @param text the characters, markup removed and escapes resolved; never empty
 * @param styles the styles of every character in the run (immutable)
 */
public record Run(String text, Set<Style> styles) {

    private static final Set<Style> PLAIN = Set.of();

    public Run {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a run has at least one character");
        }
        styles = styles.isEmpty() ? PLAIN : Set.copyOf(styles);
    }

    public static Run plain(String text) {
        return new Run(text, PLAIN);
    }

    public static Run of(String text, Style first, Style... rest) {
        return new Run(text, EnumSet.of(first, rest));
    }

    public boolean has(Style style) {
        return styles.contains(style);
    }

    public boolean isPlain() {
        return styles.isEmpty();
    }
}
