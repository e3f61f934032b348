package dev.showrunner.studio.notes;

import dev.showrunner.screenplay.notes.Anchor;
import dev.showrunner.studio.errors.StudioException;

/*
 * A reader selects words on the engine's pages, which print the script's text without its
 * Fountain markup: emphasis (*, **, _), escapes (\), and with line breaks where the page wraps.
 * To find the selection in the Fountain text, both are read the same way: markup dropped,
 * every run of white space one space, letters in lower case. The selection is looked for in
 * that reading of the text; the occurrence at or after the source line the selection began on
 * wins (the page tells which), else the one nearest it. Its first and last characters are
 * mapped back to the text, and the anchor covers exactly those code points.
 */

/** Finds a selection made on a delivery's pages in the draft's Fountain text, as an {@link Anchor}. */
public final class Selections {

    /** The longest selection a note anchors to, in characters: a page and a half. */
    public static final int MAX_QUOTE = 4000;

    private Selections() {}

    /**
     * The anchor of {@code quote} (as the pages showed it) in {@code text}, nearest source line
     * {@code line} (1-based; 0 or less when unknown); 400 naming the field when the quote is
     * empty, too long or not in the text.
     */
    public static Anchor locate(String text, String quote, int line) {
        if (quote == null || quote.isBlank()) {
            throw StudioException.badRequest("quote: missing; select some words of the script");
        }
        if (quote.length() > MAX_QUOTE) {
            throw StudioException.badRequest("quote: longer than " + MAX_QUOTE + " characters; select less");
        }
        Reading wanted = Reading.of(quote);
        if (wanted.plain.isBlank()) {
            throw StudioException.badRequest("quote: holds no words of the script");
        }
        String needle = wanted.plain.strip();
        Reading script = Reading.of(text);
        int lineStart = lineStart(text, line);
        int best = -1;
        long bestDistance = Long.MAX_VALUE;
        for (int at = script.plain.indexOf(needle); at >= 0; at = script.plain.indexOf(needle, at + 1)) {
            int source = script.offsets[at];
            // at or after the line's start beats anything before it; nearer beats farther
            long distance = source >= lineStart ? source - lineStart : (long) Integer.MAX_VALUE + lineStart - source;
            if (distance < bestDistance) {
                best = at;
                bestDistance = distance;
            }
            if (source >= lineStart) {
                break;
            }
        }
        if (best < 0) {
            throw StudioException.badRequest("quote: not found in the delivered draft"
                    + (line > 0 ? " near line " + line : "") + "; select the words again");
        }
        int from = script.offsets[best];
        int lastChar = script.offsets[best + needle.length() - 1];
        int to = lastChar + Character.charCount(text.codePointAt(lastChar));
        return Anchor.in(text, text.codePointCount(0, from), text.codePointCount(0, to));
    }

    /**
     * The anchor of code points {@code start} to {@code end} of {@code text}; 400 when the range
     * is empty, outside the text or too long.
     */
    public static Anchor range(String text, int start, int end) {
        int length = text.codePointCount(0, text.length());
        if (start < 0 || end <= start || end > length) {
            throw StudioException.badRequest("start: the range " + start + ".." + end
                    + " is not inside the draft's text of " + length + " code points");
        }
        if (end - start > MAX_QUOTE) {
            throw StudioException.badRequest("end: a range longer than " + MAX_QUOTE + " code points");
        }
        return Anchor.in(text, start, end);
    }

    /** The UTF-16 index where 1-based line {@code line} begins (0 for line 1 or less, the end past the last). */
    static int lineStart(String text, int line) {
        int at = 0;
        for (int l = 1; l < line; l++) {
            int next = text.indexOf('\n', at);
            if (next < 0) {
                return text.length();
            }
            at = next + 1;
        }
        return at;
    }

    /** A text read as the pages show it, each character's index in the text kept. */
    private record Reading(String plain, int[] offsets) {

        static Reading of(String text) {
            StringBuilder plain = new StringBuilder(text.length());
            int[] offsets = new int[text.length()];
            boolean space = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '*' || c == '_' || c == '\\') {
                    continue;
                }
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    if (!space && !plain.isEmpty()) {
                        offsets[plain.length()] = i;
                        plain.append(' ');
                    }
                    space = true;
                    continue;
                }
                space = false;
                offsets[plain.length()] = i;
                plain.append(Character.toLowerCase(c));
            }
            return new Reading(plain.toString(), offsets);
        }
    }
}
