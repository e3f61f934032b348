package dev.showrunner.screenplay.revision;

import java.util.Objects;

/**
 * One run of a word-level difference between two texts. {@code before} is the old text of the
 * run and {@code after} the new: equal for {@link LineDiff.Kind#EQUAL}, one of them empty for
 * DELETE and INSERT. Joining every {@code before} gives the old text back, every {@code after}
 * the new.
 */
public record TextEdit(LineDiff.Kind kind, String before, String after) {
    public TextEdit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
