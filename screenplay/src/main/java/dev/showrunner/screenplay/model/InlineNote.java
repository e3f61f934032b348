package dev.showrunner.screenplay.model;

import java.util.Objects;

/**
 * A writer's note inside a paragraph's text ({@code [[like this]]} in Fountain). It is not
 * printed; it is anchored at a character position of the paragraph's plain text.
 *
 * @param at index into {@link StyledText#plain()} before which the note stands
 * @param text the note, which may span lines
 */
public record InlineNote(int at, String text) {
    public InlineNote {
        Objects.requireNonNull(text, "text");
        if (at < 0) {
            throw new IllegalArgumentException("note position is negative: " + at);
        }
    }
}
