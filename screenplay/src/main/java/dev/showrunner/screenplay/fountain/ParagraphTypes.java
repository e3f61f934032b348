package dev.showrunner.screenplay.fountain;

import dev.showrunner.screenplay.model.InlineNote;
import dev.showrunner.screenplay.model.Run;
import dev.showrunner.screenplay.model.StyledText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Final Draft paragraph types Fountain has no syntax for (Shot, Cold Opening, Show/Ep. Title, Cast
 * List, General, a custom type), written as action that opens with a note naming the type:
 * {@code [[Final Draft: Shot]] CLOSE ON THE LETTER} (docs/fountain.md 9.4). Other Fountain tools
 * show the text as action and hide the note; Showrunner reads the paragraph back as that type, so
 * FDX → Fountain → FDX keeps it.
 */
final class ParagraphTypes {

    private static final String PREFIX = "Final Draft:";

    /**
     * Types Fountain says in its own syntax, or that belong under a cue: a note naming one of these
     * is only a note, and such a paragraph is written without one.
     */
    private static final Set<String> FOUNTAIN_TYPES = Set.of("scene heading", "action", "character", "parenthetical",
            "dialogue", "transition", "lyric", "lyrics");

    private ParagraphTypes() {}

    /** The type a paragraph's leading note names, when it names one: the note at 0, then one space. */
    static Optional<String> typeOf(StyledText text) {
        if (text.notes().isEmpty() || text.notes().getFirst().at() != 0 || text.runs().isEmpty()
                || !text.runs().getFirst().text().startsWith(" ")) {
            return Optional.empty();
        }
        String note = text.notes().getFirst().text().strip();
        if (!note.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Optional.empty();
        }
        String type = note.substring(PREFIX.length()).strip();
        if (type.isEmpty() || type.contains("\n") || FOUNTAIN_TYPES.contains(type.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(type);
    }

    /** The text without its type note and the space after it. */
    static StyledText unmarked(StyledText text) {
        List<Run> runs = new ArrayList<>(text.runs());
        Run first = runs.getFirst();
        if (first.text().length() == 1) {
            runs.removeFirst();
        } else {
            runs.set(0, new Run(first.text().substring(1), first.styles()));
        }
        List<InlineNote> notes = new ArrayList<>();
        for (InlineNote note : text.notes().subList(1, text.notes().size())) {
            notes.add(new InlineNote(Math.max(0, note.at() - 1), note.text()));
        }
        return new StyledText(runs, notes);
    }

    /** The text opened by the note naming its type; empty text has no room for it and is returned as is. */
    static StyledText marked(String type, StyledText text) {
        if (text.isEmpty() || type.isBlank() || type.contains("\n") || type.contains("]]")
                || FOUNTAIN_TYPES.contains(type.strip().toLowerCase(Locale.ROOT))) {
            return text;
        }
        List<Run> runs = new ArrayList<>(text.runs().size() + 1);
        runs.add(Run.plain(" "));
        runs.addAll(text.runs());
        List<InlineNote> notes = new ArrayList<>(text.notes().size() + 1);
        notes.add(new InlineNote(0, PREFIX + " " + type.strip()));
        for (InlineNote note : text.notes()) {
            notes.add(new InlineNote(note.at() + 1, note.text()));
        }
        return new StyledText(runs, notes);
    }
}
