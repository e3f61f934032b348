package dev.showrunner.screenplay.fountain;

import dev.showrunner.screenplay.model.Action;
import dev.showrunner.screenplay.model.Boneyard;
import dev.showrunner.screenplay.model.Centered;
import dev.showrunner.screenplay.model.Cue;
import dev.showrunner.screenplay.model.Dialogue;
import dev.showrunner.screenplay.model.DialogueBlock;
import dev.showrunner.screenplay.model.DialoguePart;
import dev.showrunner.screenplay.model.DualDialogue;
import dev.showrunner.screenplay.model.Element;
import dev.showrunner.screenplay.model.General;
import dev.showrunner.screenplay.model.InlineNote;
import dev.showrunner.screenplay.model.Lyrics;
import dev.showrunner.screenplay.model.Note;
import dev.showrunner.screenplay.model.PageBreak;
import dev.showrunner.screenplay.model.Parenthetical;
import dev.showrunner.screenplay.model.Run;
import dev.showrunner.screenplay.model.SceneHeading;
import dev.showrunner.screenplay.model.SceneHeadingParts;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.model.Section;
import dev.showrunner.screenplay.model.Shot;
import dev.showrunner.screenplay.model.Style;
import dev.showrunner.screenplay.model.StyledText;
import dev.showrunner.screenplay.model.Synopsis;
import dev.showrunner.screenplay.model.TitleField;
import dev.showrunner.screenplay.model.Transition;
import java.util.List;

/**
 * Canonical Fountain from a model.
 *
 * <p>One blank line between elements; a title page first when there is one. Each element is
 * written in its plain form, then checked with the reader's own rules: when the plain form would
 * be read as something else, the element is forced ({@code !} action, {@code @} cue,
 * {@code .} heading, {@code >} transition). Inside text, {@code \}, {@code *} and {@code _} are
 * always escaped, {@code [} when a second {@code [} follows it, {@code /} before a style mark,
 * and the few characters that would change an element's kind at the start or end of a line;
 * outside boneyards no {@code /*} is left whole (see {@link #breakBoneyards}).
 *
 * <p>What Fountain cannot say is written as near as it can: Final Draft's acts become centred
 * lines, its shot and general paragraphs action opened by a note naming their type
 * ({@link ParagraphTypes}); white space at the ends of lines, white-space-only lines and empty
 * lines at the end of a paragraph are not kept (see docs/fountain.md 9.3, 9.4, "Writing").
 */
final class FountainWriter {

    private final StringBuilder out = new StringBuilder();

    private FountainWriter() {
    }

    static String write(Screenplay screenplay) {
        FountainWriter w = new FountainWriter();
        w.titlePage(screenplay.titlePage().fields());
        w.breakBoneyards(0);
        boolean first = screenplay.titlePage().isEmpty();
        for (Element e : screenplay.elements()) {
            if (!w.out.isEmpty() && e instanceof Action a && a.text().equals(StyledText.EMPTY) && !a.forced()) {
                // vertical space: one more blank line before the next paragraph (docs/fountain.md 2.3)
                w.out.append('\n');
                continue;
            }
            if (!w.out.isEmpty()) {
                w.out.append("\n\n");
            }
            int from = w.out.length();
            w.element(e, first);
            if (!(e instanceof Boneyard)) {
                w.breakBoneyards(from);
            }
            first = false;
        }
        if (!w.out.isEmpty()) {
            w.out.append('\n');
            if (w.out.charAt(0) == '\uFEFF') {
                // text that starts with U+FEFF keeps it behind a byte-order mark, which readers skip
                w.out.insert(0, '\uFEFF');
            }
        }
        return w.out.toString();
    }

    private void titlePage(List<TitleField> fields) {
        for (TitleField f : fields) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            String keyLine = f.key() + ":";
            out.append(keyLine);
            // "CUT TO:" alone reads as a transition: such a key keeps its first line beside it
            boolean inlineFirst = f.lines().size() == 1
                    || FountainReader.titleKey(keyLine, 0, keyLine.length()) == 0;
            for (int k = 0; k < f.lines().size(); k++) {
                out.append(k == 0 && inlineFirst ? " " : "\n    ").append(inline(f.lines().get(k)));
            }
        }
    }

    private void element(Element e, boolean first) {
        switch (e) {
            case SceneHeading h -> heading(h, first);
            case Action a -> action(a.text(), a.forced(), first);
            case DialogueBlock d -> block(d, first, false);
            case DualDialogue d -> {
                block(d.left(), first, false);
                out.append("\n\n");
                block(d.right(), false, true);
            }
            case Transition t -> transition(t, first);
            case Centered c -> centered(c.text());
            case General g when g.isAct() && General.actType(g.text().plain()).isPresent()
                    && g.text().notes().isEmpty() -> centered(g.text());
            case Lyrics l -> {
                String[] lines = inline(l.text()).split("\n", -1);
                for (int k = 0; k < lines.length; k++) {
                    out.append(k == 0 ? "~" : "\n~").append(lines[k]);
                }
            }
            case PageBreak p -> out.append("===");
            case Section s -> out.append("#".repeat(s.depth())).append(' ').append(s.title());
            case Synopsis s -> out.append("= ").append(s.text());
            case Note n -> out.append(connect("[[" + n.text() + "]]"));
            case Boneyard b -> out.append("/*").append(b.text()).append("*/");
            case Shot s -> action(ParagraphTypes.marked("Shot", s.text()), false, first);
            case General g -> action(ParagraphTypes.marked(g.type(), g.text()), false, first);
        }
    }

    /**
     * The text without the spaces and tabs at the ends of its lines, which the reader does not
     * keep (docs/fountain.md 15.4): written, they would be read back as a different text, and a
     * second conversion would differ from the first. A line of white space only is left alone (it
     * holds a paragraph together), and so is white space a note stands in or after.
     */
    static StyledText trimLineEnds(StyledText text) {
        String plain = text.plain();
        // where notes stand, as a mark per position: one pass, however many notes and lines
        boolean[] noteAt = new boolean[plain.length() + 1];
        for (InlineNote note : text.notes()) {
            noteAt[note.at()] = true;
        }
        boolean[] drop = null;
        int lineStart = 0;
        for (int i = 0; i <= plain.length(); i++) {
            if (i < plain.length() && plain.charAt(i) != '\n') {
                continue;
            }
            int end = i;
            while (end > lineStart && (plain.charAt(end - 1) == ' ' || plain.charAt(end - 1) == '\t') && !noteAt[end]) {
                end--;
            }
            if (end < i && end > lineStart && !noteAt[end]) {
                if (drop == null) {
                    drop = new boolean[plain.length()];
                }
                java.util.Arrays.fill(drop, end, i, true);
            }
            lineStart = i + 1;
        }
        if (drop == null) {
            return text;
        }
        int[] droppedBefore = new int[plain.length() + 1];
        for (int k = 0; k < plain.length(); k++) {
            droppedBefore[k + 1] = droppedBefore[k] + (drop[k] ? 1 : 0);
        }
        List<Run> runs = new java.util.ArrayList<>(text.runs().size());
        int at = 0;
        for (Run run : text.runs()) {
            StringBuilder kept = new StringBuilder(run.text().length());
            for (int k = 0; k < run.text().length(); k++, at++) {
                if (!drop[at]) {
                    kept.append(run.text().charAt(k));
                }
            }
            if (!kept.isEmpty()) {
                runs.add(new Run(kept.toString(), run.styles()));
            }
        }
        List<InlineNote> notes = new java.util.ArrayList<>(text.notes().size());
        for (InlineNote note : text.notes()) {
            notes.add(new InlineNote(note.at() - droppedBefore[note.at()], note.text()));
        }
        return new StyledText(runs, notes);
    }

    private void centered(StyledText text) {
        String[] lines = inline(text).split("\n", -1);
        for (int k = 0; k < lines.length; k++) {
            out.append(k == 0 ? ">" : "\n>").append(escapeLast(lines[k], '<')).append('<');
        }
    }

    private void heading(SceneHeading h, boolean first) {
        String text = inline(h.text());
        if (text.startsWith(".")) {
            text = "\\" + text;
        }
        if (text.endsWith("#")) {
            text = escapeLast(text, '#');
        }
        boolean dot = h.forced() || SceneHeadingParts.prefixLength(text) <= 0
                || (first && FountainReader.titleKey(text, 0, text.length()) > 0);
        if (dot) {
            out.append('.');
        }
        out.append(text);
        if (h.sceneNumber() != null) {
            out.append(" #").append(h.sceneNumber()).append('#');
        }
    }

    private void action(StyledText text, boolean forced, boolean first) {
        String body = inline(text);
        int nl = body.indexOf('\n');
        String firstLine = nl < 0 ? body : body.substring(0, nl);
        String trimmed = FountainReader.strip(firstLine);
        boolean bang = forced || trimmed.isEmpty()
                || (trimmed.charAt(0) == '[' && isWholeNote(FountainReader.strip(body)))
                || SceneHeadingParts.prefixLength(trimmed) > 0
                || FountainReader.isTransition(trimmed, 0, trimmed.length())
                || (nl >= 0 && FountainReader.isCharacter(trimmed, 0, trimmed.length()))
                || (first && FountainReader.titleKey(firstLine, 0, firstLine.length()) > 0);
        if (bang) {
            out.append('!');
        } else if (trimmed.charAt(0) != '[' && marked(trimmed)) {
            // a leading mark (. # = ~ > @ !) is escaped rather than forced: the action stays unforced
            int at = firstLine.length() - FountainReader.stripStartLength(firstLine);
            body = body.substring(0, at) + "\\" + body.substring(at);
        }
        out.append(connect(body));
    }

    private void block(DialogueBlock d, boolean first, boolean dual) {
        Cue cue = d.cue();
        StringBuilder line = new StringBuilder(cue.name());
        for (String x : cue.extensions()) {
            line.append(" (").append(x).append(')');
        }
        if (dual || cue.dual()) {
            line.append(" ^");
        }
        String c = line.toString();
        String t = FountainReader.strip(c);
        boolean at = cue.forced() || d.parts().isEmpty() || t.isEmpty()
                || marked(t)
                || SceneHeadingParts.prefixLength(t) > 0
                || FountainReader.isTransition(t, 0, t.length())
                || !FountainReader.isCharacter(t, 0, t.length())
                || (first && FountainReader.titleKey(c, 0, c.length()) > 0);
        if (at) {
            out.append('@');
        }
        out.append(c);
        StringBuilder parts = new StringBuilder();
        for (DialoguePart p : d.parts()) {
            parts.append('\n');
            if (p instanceof Parenthetical) {
                parts.append(inline(p.text()));
            } else {
                String[] lines = inline(p.text()).split("\n", -1);
                for (int k = 0; k < lines.length; k++) {
                    if (k > 0) {
                        parts.append('\n');
                    }
                    String l = lines[k];
                    if (l.startsWith("(") && l.endsWith(")")) {
                        l = "\\" + l;
                    }
                    parts.append(l.isEmpty() ? "  " : l);
                }
            }
        }
        out.append(parts);
    }

    private void transition(Transition t, boolean first) {
        String text = inline(t.text());
        String trimmed = FountainReader.strip(text);
        boolean plain = !t.forced() && !trimmed.isEmpty() && trimmed.equals(text)
                && !(first && FountainReader.titleKey(text, 0, text.length()) > 0)
                && !marked(trimmed)
                && SceneHeadingParts.prefixLength(trimmed) <= 0
                && FountainReader.isTransition(trimmed, 0, trimmed.length());
        if (plain) {
            out.append(text);
        } else {
            out.append('>').append(escapeLast(text, '<'));
        }
    }

    /** True when a paragraph starting with this (trimmed, non-empty) line opens with a mark the reader obeys. */
    private static boolean marked(String t) {
        return switch (t.charAt(0)) {
            case '!', '@', '~', '#', '=', '>' -> true;
            case '.' -> t.length() >= 2 && t.charAt(1) != '.' && !FountainReader.isSpace(t.charAt(1));
            case '[' -> t.startsWith("[[");
            default -> false;
        };
    }

    /** True when the reader would take this paragraph for a note of its own. */
    private static boolean isWholeNote(String paragraph) {
        return paragraph.startsWith("[[") && paragraph.indexOf("]]", 2) == paragraph.length() - 2;
    }

    /** Interior empty lines become two spaces, which keep a paragraph together. */
    private static String connect(String paragraph) {
        if (!paragraph.contains("\n\n") && !paragraph.startsWith("\n")) {
            return paragraph;
        }
        String[] lines = paragraph.split("\n", -1);
        StringBuilder joined = new StringBuilder(paragraph.length() + 8);
        for (int k = 0; k < lines.length; k++) {
            if (k > 0) {
                joined.append('\n');
            }
            joined.append(lines[k].isEmpty() && k > 0 && k < lines.length - 1 ? "  " : lines[k]);
        }
        return joined.toString();
    }

    /**
     * Breaks every {@code /*} written since {@code from} with a backslash ({@code /\*}), so
     * that nothing but a boneyard opens one when the text is read back. Text can hold one
     * where the reader cut a boneyard out of the middle of another {@code /*} (as in
     * {@code //**}{@code /**}{@code /}, which reads as {@code /**}{@code /}); in styled text the
     * backslash is an escape and reads back as nothing, in a synopsis, a section or a note
     * it stays. An escaped character is stepped over as the reader steps over it.
     */
    private void breakBoneyards(int from) {
        if (out.indexOf("/*", from) < 0) {
            return;
        }
        // rebuilt in one pass, not by inserting: a hostile text may hold a great many
        StringBuilder broken = new StringBuilder(out.length() - from + 16);
        for (int i = from; i < out.length(); i++) {
            char c = out.charAt(i);
            broken.append(c);
            if (i + 1 < out.length()) {
                if (c == '\\' && Inline.isEscapable(out.charAt(i + 1))) {
                    broken.append(out.charAt(++i));
                } else if (c == '/' && out.charAt(i + 1) == '*') {
                    broken.append('\\');
                }
            }
        }
        out.setLength(from);
        out.append(broken);
    }

    /** The line with its last character escaped when it is {@code c} and not already escaped. */
    private static String escapeLast(String line, char c) {
        if (line.isEmpty() || line.charAt(line.length() - 1) != c) {
            return line;
        }
        int slashes = 0;
        for (int k = line.length() - 2; k >= 0 && line.charAt(k) == '\\'; k--) {
            slashes++;
        }
        if ((slashes & 1) == 1) {
            return line;
        }
        return line.substring(0, line.length() - 1) + "\\" + c;
    }

    /**
     * Styled text as Fountain markup, line breaks as {@code '\n'}. Each run is wrapped on its
     * own ({@code _} outside, then the asterisks), once per line it covers; the reader pairs
     * adjacent marks back the same way (see {@link Inline}).
     */
    static String inline(StyledText styled) {
        StyledText text = trimLineEnds(styled);
        List<Run> runs = text.runs();
        List<InlineNote> notes = text.notes();
        if (notes.isEmpty() && runs.size() == 1 && runs.getFirst().isPlain() && isSafe(runs.getFirst().text())) {
            return runs.getFirst().text();
        }
        StringBuilder out = new StringBuilder();
        int pos = 0;
        int note = 0;
        for (Run run : runs) {
            String s = run.text();
            boolean u = run.has(Style.UNDERLINE);
            String stars = run.has(Style.BOLD) ? (run.has(Style.ITALIC) ? "***" : "**") : run.has(Style.ITALIC) ? "*" : "";
            int k = 0;
            while (k < s.length()) {
                // notes standing before this segment's first character go outside its marks
                while (note < notes.size() && notes.get(note).at() == pos + k) {
                    appendNote(out, notes.get(note++).text());
                }
                int segEnd = s.indexOf('\n', k);
                if (segEnd < 0) {
                    segEnd = s.length();
                }
                if (segEnd > k) {
                    if (u) {
                        out.append('_');
                    }
                    out.append(stars);
                    for (int j = k; j < segEnd; j++) {
                        if (j > k) {
                            while (note < notes.size() && notes.get(note).at() == pos + j) {
                                appendNote(out, notes.get(note++).text());
                            }
                        }
                        char c = s.charAt(j);
                        switch (c) {
                            case '\\', '*', '_' -> out.append('\\').append(c);
                            case '[' -> {
                                boolean nextIsBracket = j + 1 < segEnd && s.charAt(j + 1) == '[';
                                out.append(nextIsBracket ? "\\[" : "[");
                            }
                            case '/' -> out.append(j + 1 == segEnd ? "\\/" : "/");
                            default -> out.append(c);
                        }
                    }
                    out.append(stars);
                    if (u) {
                        out.append('_');
                    }
                }
                if (segEnd < s.length()) {
                    while (note < notes.size() && notes.get(note).at() == pos + segEnd) {
                        appendNote(out, notes.get(note++).text());
                    }
                    out.append('\n');
                    k = segEnd + 1;
                } else {
                    k = segEnd;
                }
            }
            pos += s.length();
        }
        while (note < notes.size()) {
            appendNote(out, notes.get(note++).text());
        }
        return out.toString();
    }

    private static void appendNote(StringBuilder out, String note) {
        // a literal '[' just before would pair with the note's opening brackets
        int len = out.length();
        if (len > 0 && out.charAt(len - 1) == '[') {
            int slashes = 0;
            for (int k = len - 2; k >= 0 && out.charAt(k) == '\\'; k--) {
                slashes++;
            }
            if ((slashes & 1) == 0) {
                out.insert(len - 1, '\\');
            }
        }
        out.append("[[").append(note).append("]]");
    }

    /** True when plain text needs no escape at all. */
    private static boolean isSafe(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\' || c == '*' || c == '_' || c == '[' || c == '/') {
                return false;
            }
        }
        return true;
    }
}
