package dev.showrunner.screenplay.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The text of a paragraph: styled runs, plus the inline notes that sit between its characters.
 * Line breaks inside a paragraph are {@code '\n'} characters in the runs.
 *
 * <p>Adjacent runs always differ in style: the constructor merges runs of equal style, so two
 * texts that print the same are equal.
 */
public record StyledText(List<Run> runs, List<InlineNote> notes) {

    public static final StyledText EMPTY = new StyledText(List.of(), List.of());

    public StyledText {
        runs = merge(runs);
        notes = List.copyOf(notes);
        int length = 0;
        // indexed loops: this constructor runs for every paragraph read, and iterators add up
        for (int k = 0; k < runs.size(); k++) {
            length += runs.get(k).text().length();
        }
        for (int k = 0; k < notes.size(); k++) {
            InlineNote note = notes.get(k);
            if (note.at() > length) {
                throw new IllegalArgumentException(
                        "note at %d lies past the end of a %d-character text".formatted(note.at(), length));
            }
        }
    }

    public StyledText(List<Run> runs) {
        this(runs, List.of());
    }

    /** Unstyled text; the empty string gives {@link #EMPTY}. */
    public static StyledText plain(String text) {
        return text.isEmpty() ? EMPTY : new StyledText(List.of(Run.plain(text)), List.of());
    }

    /** The characters without styles or notes. */
    public String plain() {
        if (runs.size() == 1) {
            return runs.getFirst().text();
        }
        StringBuilder out = new StringBuilder();
        for (Run run : runs) {
            out.append(run.text());
        }
        return out.toString();
    }

    public int length() {
        int length = 0;
        for (Run run : runs) {
            length += run.text().length();
        }
        return length;
    }

    public boolean isEmpty() {
        return runs.isEmpty();
    }

    public boolean isPlain() {
        return runs.stream().allMatch(Run::isPlain);
    }

    /** This text in upper case, styles and notes kept (upper-casing can change the length). */
    public StyledText toUpperCase() {
        List<Run> upper = new ArrayList<>(runs.size());
        for (Run run : runs) {
            upper.add(new Run(run.text().toUpperCase(java.util.Locale.ROOT), run.styles()));
        }
        return new StyledText(upper, plain().toUpperCase(java.util.Locale.ROOT).length() == length() ? notes : List.of());
    }

    private static List<Run> merge(List<Run> runs) {
        Objects.requireNonNull(runs, "runs");
        if (runs.size() < 2) {
            return List.copyOf(runs);
        }
        List<Run> merged = new ArrayList<>(runs.size());
        Run pending = runs.getFirst();
        for (int i = 1; i < runs.size(); i++) {
            Run next = runs.get(i);
            if (next.styles().equals(pending.styles())) {
                pending = new Run(pending.text() + next.text(), pending.styles());
            } else {
                merged.add(pending);
                pending = next;
            }
        }
        merged.add(pending);
        return List.copyOf(merged);
    }

    /** A builder that appends characters in the current style and merges runs as it goes. */
    public static final class Builder {
        private final List<Run> runs = new ArrayList<>();
        private final List<InlineNote> notes = new ArrayList<>();
        private final StringBuilder pending = new StringBuilder();
        private Set<Style> pendingStyles = Set.of();
        private int length;

        public Builder append(CharSequence text, Set<Style> styles) {
            if (text.isEmpty()) {
                return this;
            }
            if (!styles.equals(pendingStyles)) {
                flush();
                pendingStyles = styles;
            }
            pending.append(text);
            length += text.length();
            return this;
        }

        public Builder append(char c, Set<Style> styles) {
            if (!styles.equals(pendingStyles)) {
                flush();
                pendingStyles = styles;
            }
            pending.append(c);
            length++;
            return this;
        }

        public Builder note(String text) {
            notes.add(new InlineNote(length, text));
            return this;
        }

        public int length() {
            return length;
        }

        public StyledText build() {
            flush();
            if (runs.isEmpty() && notes.isEmpty()) {
                return EMPTY;
            }
            return new StyledText(runs, notes);
        }

        private void flush() {
            if (!pending.isEmpty()) {
                runs.add(new Run(pending.toString(), pendingStyles));
                pending.setLength(0);
            }
        }
    }
}
