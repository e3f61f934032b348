package dev.showrunner.screenplay.fdx;

import dev.showrunner.screenplay.model.InlineNote;
import dev.showrunner.screenplay.model.Style;
import dev.showrunner.screenplay.model.StyledText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** One {@code <Paragraph>} as read, before it becomes part of an element. Mutable; reader-internal. */
final class FdxParagraph {

    final int line;
    final int column;
    final int startOffset;
    int endOffset;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final StyledText.Builder text = new StyledText.Builder();
    final StringBuilder plain = new StringBuilder();
    final List<InlineNote> notes = new ArrayList<>();
    /** Revision marks: start, end, revision id. */
    final List<int[]> revisions = new ArrayList<>();
    /** The paragraphs of a {@code <DualDialogue>} this paragraph holds, or null. */
    List<FdxParagraph> dual;

    FdxParagraph(int line, int column, int startOffset) {
        // the XML parser's location can be negative (carriage returns inside a tag confuse
        // its column count): a position is never less than "unknown"
        this.line = Math.max(line, 0);
        this.column = Math.max(column, 0);
        this.startOffset = startOffset;
        this.endOffset = startOffset;
    }

    void append(String content, Set<Style> styles, int revision) {
        int start = plain.length();
        text.append(content, styles);
        plain.append(content);
        if (revision != 0) {
            int[] last = revisions.isEmpty() ? null : revisions.getLast();
            if (last != null && last[1] == start && last[2] == revision) {
                last[1] = plain.length();
            } else {
                revisions.add(new int[] {start, plain.length(), revision});
            }
        }
    }

    int length() {
        return plain.length();
    }

    String plain() {
        return plain.toString();
    }

    /** The text with the notes read from inside the paragraph and from the script's notes. */
    StyledText styled() {
        StyledText built = text.build();
        if (notes.isEmpty()) {
            return built;
        }
        List<InlineNote> sorted = new ArrayList<>(notes);
        sorted.sort((a, b) -> Integer.compare(a.at(), b.at())); // stable: same place keeps file order
        return new StyledText(built.runs(), sorted);
    }

    private String type;

    /** The Type attribute, or {@code General} when there is none. */
    String type() {
        if (type == null) {
            String written = attributes.get("Type");
            type = written == null || written.isBlank() ? "General" : written.strip();
        }
        return type;
    }

    String attribute(String name) {
        return attributes.get(name);
    }

    boolean yes(String name) {
        String value = attributes.get(name);
        return value != null && value.strip().toLowerCase(Locale.ROOT).equals("yes");
    }
}
