package dev.showrunner.studio.notes;

import dev.showrunner.screenplay.notes.Anchor;
import dev.showrunner.studio.errors.StudioException;
import java.util.ArrayList;
import java.util.List;

/*
 * Fountain's notes, [[like this]], written into a copy of the delivered draft. Each note is
 * anchored to the words of its own line with every note taken out (a note on a line of its
 * own takes the nearest line of words above it), found in the delivered draft's text as a
 * selection is (Selections.locate), from the same line number. A note whose words are not in
 * the draft comes in as an overall note. An unclosed "[[" ends the reading there.
 */

/** Reads the [[notes]] of a Fountain file written over a delivered draft. */
public final class FountainNotes {

    /** Most notes read from one file. */
    public static final int MAX_NOTES = 2000;

    private FountainNotes() {}

    public static List<PdfNotes.Found> read(String file, String draft) {
        String[] lines = file.split("\r?\n", -1);
        List<PdfNotes.Found> found = new ArrayList<>();
        String lastWords = "";
        int lastWordsLine = 0;
        boolean open = false;
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            StringBuilder words = new StringBuilder();
            List<String> notes = new ArrayList<>();
            int at = 0;
            while (at < line.length()) {
                if (open) {
                    int close = line.indexOf("]]", at);
                    if (close < 0) {
                        body.append(line, at, line.length()).append('\n');
                        at = line.length();
                    } else {
                        body.append(line, at, close);
                        notes.add(body.toString().strip());
                        body.setLength(0);
                        open = false;
                        at = close + 2;
                    }
                } else {
                    int start = line.indexOf("[[", at);
                    if (start < 0) {
                        words.append(line, at, line.length());
                        at = line.length();
                    } else {
                        words.append(line, at, start);
                        open = true;
                        at = start + 2;
                    }
                }
            }
            String own = words.toString().strip();
            if (!own.isEmpty()) {
                lastWords = own;
                lastWordsLine = i + 1;
            }
            for (String note : notes) {
                if (note.isEmpty()) {
                    continue;
                }
                if (found.size() >= MAX_NOTES) {
                    throw StudioException.badRequest("file: holds more than " + MAX_NOTES + " notes; split them over several files");
                }
                String anchorWords = own.isEmpty() ? lastWords : own;
                int anchorLine = own.isEmpty() ? lastWordsLine : i + 1;
                Anchor anchor = null;
                if (!anchorWords.isEmpty() && anchorWords.length() <= Selections.MAX_QUOTE) {
                    try {
                        anchor = Selections.locate(draft, anchorWords, anchorLine);
                    } catch (StudioException e) {
                        anchor = null;
                    }
                }
                String text = note.length() > Notes.MAX_BODY ? note.substring(0, Notes.MAX_BODY) : note;
                found.add(new PdfNotes.Found(anchor, anchor == null ? "(line " + (i + 1) + ") " + text : text, 0, "fountain note"));
            }
        }
        return found;
    }
}
