package dev.showrunner.screenplay.fdx;

import dev.showrunner.screenplay.model.Screenplay;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a Final Draft file holds: the screenplay, plus what the FDX carries beyond the model.
 *
 * @param screenplay the script
 * @param layout the page layout and element settings the file states ({@link FdxLayout} fields are
 *     null where the file is silent)
 * @param revisions the revision sets and which text carries which revision
 * @param locks locked pages and scene-number options, as written
 * @param warnings what was read but not kept exactly, or kept in a form the model has no better
 *     place for (an unknown paragraph type kept as a general paragraph, a style the model lacks)
 */
public record FdxDocument(
        Screenplay screenplay, FdxLayout layout, Revisions revisions, Locks locks, List<Warning> warnings) {

    public FdxDocument {
        Objects.requireNonNull(screenplay, "screenplay");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(revisions, "revisions");
        Objects.requireNonNull(locks, "locks");
        warnings = List.copyOf(warnings);
    }

    /** A document for a script with Final Draft's default layout and nothing else. */
    public static FdxDocument of(Screenplay screenplay) {
        return new FdxDocument(screenplay, FdxLayout.DEFAULT, Revisions.NONE, Locks.NONE, List.of());
    }

    /**
     * Something the reader noticed; reading went on.
     *
     * @param line 1-based line in the file, or 0
     * @param column 1-based column, or 0
     */
    public record Warning(int line, int column, String message) {
        public Warning {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String toString() {
            return line > 0 ? line + ":" + column + ": " + message : message;
        }
    }

    /**
     * Revision sets ({@code <Revisions>}) and the marked text.
     *
     * @param attributes the attributes of {@code <Revisions>} as written ({@code ActiveSet}, ...)
     * @param sets the revision sets in file order
     * @param marks the stretches of text written in a revision other than 0, in reading order
     */
    public record Revisions(Map<String, String> attributes, List<RevisionSet> sets, List<RevisionMark> marks) {
        public static final Revisions NONE = new Revisions(Map.of(), List.of(), List.of());

        public Revisions {
            attributes = Map.copyOf(attributes);
            sets = List.copyOf(sets);
            marks = List.copyOf(marks);
        }

        public boolean isEmpty() {
            return attributes.isEmpty() && sets.isEmpty() && marks.isEmpty();
        }
    }

    /**
     * One revision set ({@code <Revision ID="1" Name="Blue" Mark="*" Color="#..."/>}).
     *
     * @param attributes the other attributes as written ({@code FullRevision}, {@code Style}, {@code PageColor}, ...)
     */
    public record RevisionSet(int id, String name, String mark, String color, Map<String, String> attributes) {
        public RevisionSet {
            attributes = Map.copyOf(attributes);
        }
    }

    /**
     * Text written in a revision set.
     *
     * @param element index into {@link Screenplay#elements()}
     * @param part which paragraph of the element: 0 for an element's own text; in a dialogue block
     *     0 is the cue and 1.. the parts under it; in a dual dialogue the right block follows the left
     *     (cue, parts, then the right cue, its parts)
     * @param start first character, an index into that paragraph's plain text (for a cue: its display)
     * @param end index past the last character
     * @param revision the revision set's id
     */
    public record RevisionMark(int element, int part, int start, int end, int revision) {}

    /**
     * Locking, as written: Final Draft keeps scene numbers fixed ("locked") in production, and
     * may lock pages.
     *
     * @param sceneNumberOptions the attributes of {@code <SceneNumberOptions>}
     * @param lockedPages the attributes of {@code <LockedPages>}
     * @param lockedPageEntries each child of {@code <LockedPages>}: its element name under key
     *     {@code "#name"} and its attributes
     */
    public record Locks(
            Map<String, String> sceneNumberOptions, Map<String, String> lockedPages,
            List<Map<String, String>> lockedPageEntries) {
        public static final Locks NONE = new Locks(Map.of(), Map.of(), List.of());

        public Locks {
            sceneNumberOptions = Map.copyOf(sceneNumberOptions);
            lockedPages = Map.copyOf(lockedPages);
            lockedPageEntries = lockedPageEntries.stream().map(Map::copyOf).toList();
        }

        /** True when the scene-number options say numbers are locked (an attribute naming a lock set to Yes). */
        public boolean sceneNumbersLocked() {
            return sceneNumberOptions.entrySet().stream()
                    .anyMatch(e -> e.getKey().toLowerCase(java.util.Locale.ROOT).contains("lock")
                            && e.getValue().equalsIgnoreCase("Yes"));
        }

        /** True when the file has locked pages. */
        public boolean pagesLocked() {
            return !lockedPageEntries.isEmpty()
                    || lockedPages.values().stream().anyMatch(v -> v.equalsIgnoreCase("Yes"));
        }
    }
}
