package dev.showrunner.studio.notes;

import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.model.Element;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.notes.Anchor;
import dev.showrunner.screenplay.notes.Carried;
import dev.showrunner.screenplay.notes.NoteCarry;
import dev.showrunner.screenplay.revision.LineDiff;
import dev.showrunner.screenplay.revision.Scene;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/*
 * Where a note stands in a later draft, and what changed around it. The delivered draft's text
 * and the later one are compared once (NoteCarry.between), then each note's anchor is carried:
 * kept, changed or orphaned, as the engine says. The changes shown beside an addressed note are
 * the engine's line comparison narrowed to the note: the lines of its scene in the delivered
 * draft against the lines of the scene the engine paired it with, only the lines that differ,
 * each marked when it overlaps the note's own words.
 */

/** Notes' anchors carried from their delivered draft to a later one, and the changed lines near each. */
public final class Places {

    /** Most changed lines shown beside one note. */
    static final int MAX_LINES = 40;

    /** A line of a scene that differs between the drafts: removed ({@code -}) or added ({@code +}). */
    public record ChangedLine(String sign, String text, boolean inAnchor) {}

    /**
     * A note's place in the later draft.
     *
     * @param status kept, changed or orphaned
     * @param anchor the carried anchor in the later draft's text
     * @param scene the later draft's scene ordinal it stands in (0 for the opening), or null when cut
     */
    public record Place(int draft, String status, Anchor anchor, Integer scene) {}

    private final String oldText;
    private final String newText;
    private final int draft;
    private final NoteCarry carry;

    private Places(String oldText, Screenplay oldScript, String newText, Screenplay newScript, int draft) {
        this.oldText = oldText;
        this.newText = newText;
        this.draft = draft;
        this.carry = NoteCarry.between(oldText, oldScript, newText, newScript);
    }

    /** Prepares to place notes made on {@code oldText} in draft {@code draft}, whose text is {@code newText}. */
    public static Places between(String oldText, String newText, int draft) {
        return new Places(oldText, Fountain.read(oldText), newText, Fountain.read(newText), draft);
    }

    /** The note's place, or empty for an overall note (it points at no words). */
    public Optional<Place> place(Note note) {
        if (note.anchor() == null) {
            return Optional.empty();
        }
        Carried c = carry.carry(note.anchor());
        return Optional.of(new Place(draft, c.status().label(), c.anchor(), c.scene().map(Scene::ordinal).orElse(null)));
    }

    /** The lines of the note's scene that differ in the later draft, narrowed to the note; empty for an overall note. */
    public List<ChangedLine> changes(Note note) {
        if (note.anchor() == null) {
            return List.of();
        }
        Carried c = carry.carry(note.anchor());
        if (c.oldScene().isEmpty()) {
            return List.of();
        }
        int[] oldRange = range(c.oldScene().get());
        int[] newRange = c.scene().map(Places::range).orElse(new int[] {0, 0});
        List<String> before = lines(oldText, oldRange);
        List<String> after = lines(newText, newRange);
        int anchorFrom = oldText.offsetByCodePoints(0, Math.min(note.anchor().start(), oldText.codePointCount(0, oldText.length())));
        int anchorTo = anchorFrom + note.anchor().exact().length();
        int newFrom = c.status() == Carried.Status.ORPHANED ? -1 : newText.offsetByCodePoints(0, c.anchor().start());
        int newTo = newFrom < 0 ? -1 : newFrom + c.anchor().exact().length();
        int[] oldStarts = starts(oldText, oldRange, before);
        int[] newStarts = starts(newText, newRange, after);
        List<ChangedLine> out = new ArrayList<>();
        for (LineDiff.Edit edit : LineDiff.diff(before, after)) {
            if (edit.kind() == LineDiff.Kind.EQUAL) {
                continue;
            }
            for (int i = edit.oldStart(); i < edit.oldEnd() && out.size() < MAX_LINES; i++) {
                out.add(new ChangedLine("-", before.get(i), overlaps(oldStarts[i], before.get(i), anchorFrom, anchorTo)));
            }
            for (int i = edit.newStart(); i < edit.newEnd() && out.size() < MAX_LINES; i++) {
                out.add(new ChangedLine("+", after.get(i), overlaps(newStarts[i], after.get(i), newFrom, newTo)));
            }
        }
        return out;
    }

    private static boolean overlaps(int start, String line, int from, int to) {
        return from >= 0 && start < to && start + line.length() > from;
    }

    /** The scene's text, from its first element's start to its last element's end (UTF-16). */
    private static int[] range(Scene scene) {
        List<Element> elements = scene.elements();
        return new int[] {elements.getFirst().span().start(), elements.getLast().span().end()};
    }

    private static List<String> lines(String text, int[] range) {
        if (range[1] <= range[0]) {
            return List.of();
        }
        return Arrays.asList(text.substring(range[0], range[1]).split("\n", -1));
    }

    private static int[] starts(String text, int[] range, List<String> lines) {
        int[] starts = new int[lines.size()];
        int at = range[0];
        for (int i = 0; i < lines.size(); i++) {
            starts[i] = at;
            at += lines.get(i).length() + 1;
        }
        return starts;
    }
}
