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
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.model.Section;
import dev.showrunner.screenplay.model.Shot;
import dev.showrunner.screenplay.model.Span;
import dev.showrunner.screenplay.model.Style;
import dev.showrunner.screenplay.model.StyledText;
import dev.showrunner.screenplay.model.Synopsis;
import dev.showrunner.screenplay.model.TitleField;
import dev.showrunner.screenplay.model.Transition;

/**
 * A model as readable text, one element a line, for golden files. Styled runs print as
 * {@code <b>..</b>}, {@code <i>}, {@code <u>} (combined as {@code <bi>}, {@code <biu>}, ...),
 * inline notes as {@code [[..]]} at their position, line breaks as {@code \n}; spans as
 * {@code @line:column[start,end)}.
 */
final class Dump {
    private Dump() {
    }

    static String of(Screenplay s) {
        StringBuilder out = new StringBuilder();
        if (!s.titlePage().isEmpty()) {
            out.append("TitlePage").append(span(s.titlePage().span())).append('\n');
            for (TitleField f : s.titlePage().fields()) {
                out.append("  Field ").append(quote(f.key())).append(span(f.span()));
                for (StyledText line : f.lines()) {
                    out.append(' ').append(text(line));
                }
                out.append('\n');
            }
        }
        for (Element e : s.elements()) {
            element(out, e, "");
        }
        return out.toString();
    }

    private static void element(StringBuilder out, Element e, String indent) {
        out.append(indent);
        switch (e) {
            case SceneHeading h -> out.append("SceneHeading").append(span(h.span()))
                    .append(h.forced() ? " forced" : "").append(' ').append(text(h.text()))
                    .append(" setting=").append(h.setting()).append(" location=").append(quote(h.location()))
                    .append(" time=").append(quote(h.timeOfDay()))
                    .append(h.sceneNumber() == null ? "" : " number=" + quote(h.sceneNumber()));
            case Action a -> out.append("Action").append(span(a.span())).append(a.forced() ? " forced" : "")
                    .append(' ').append(text(a.text()));
            case DialogueBlock d -> {
                out.append("DialogueBlock").append(span(d.span())).append('\n');
                block(out, d, indent + "  ");
                out.setLength(out.length() - 1);
            }
            case DualDialogue d -> {
                out.append("DualDialogue").append(span(d.span())).append('\n');
                element(out, d.left(), indent + "  ");
                element(out, d.right(), indent + "  ");
                out.setLength(out.length() - 1);
            }
            case Transition t -> out.append("Transition").append(span(t.span())).append(t.forced() ? " forced" : "")
                    .append(' ').append(text(t.text()));
            case Centered c -> out.append("Centered").append(span(c.span())).append(' ').append(text(c.text()));
            case Lyrics l -> out.append("Lyrics").append(span(l.span())).append(' ').append(text(l.text()));
            case PageBreak p -> out.append("PageBreak").append(span(p.span()));
            case Section s -> out.append("Section").append(span(s.span())).append(" depth=").append(s.depth())
                    .append(' ').append(quote(s.title()));
            case Synopsis s -> out.append("Synopsis").append(span(s.span())).append(' ').append(quote(s.text()));
            case Note n -> out.append("Note").append(span(n.span())).append(' ').append(quote(n.text()));
            case Boneyard b -> out.append("Boneyard").append(span(b.span())).append(' ').append(quote(b.text()));
            case Shot s -> out.append("Shot").append(span(s.span())).append(' ').append(text(s.text()));
            case General g -> out.append("General").append(span(g.span())).append(' ').append(quote(g.type()))
                    .append(' ').append(text(g.text()));
        }
        out.append('\n');
    }

    private static void block(StringBuilder out, DialogueBlock d, String indent) {
        Cue c = d.cue();
        out.append(indent).append("Cue").append(span(c.span())).append(c.forced() ? " forced" : "")
                .append(c.dual() ? " dual" : "").append(' ').append(quote(c.name()));
        for (String x : c.extensions()) {
            out.append(" (").append(x).append(')');
        }
        out.append('\n');
        for (DialoguePart p : d.parts()) {
            out.append(indent).append(p instanceof Parenthetical ? "Parenthetical" : "Dialogue").append(span(p.span()))
                    .append(' ').append(text(p.text())).append('\n');
        }
    }

    private static String span(Span s) {
        return s.equals(Span.NONE) ? "" : "@%d:%d[%d,%d)".formatted(s.line(), s.column(), s.start(), s.end());
    }

    static String text(StyledText t) {
        StringBuilder out = new StringBuilder("\"");
        int pos = 0;
        int note = 0;
        for (Run r : t.runs()) {
            String tag = (r.has(Style.BOLD) ? "b" : "") + (r.has(Style.ITALIC) ? "i" : "") + (r.has(Style.UNDERLINE) ? "u" : "");
            if (!tag.isEmpty()) {
                out.append('<').append(tag).append('>');
            }
            for (int k = 0; k < r.text().length(); k++) {
                while (note < t.notes().size() && t.notes().get(note).at() == pos) {
                    appendNote(out, t.notes().get(note++));
                }
                escape(out, r.text().charAt(k));
                pos++;
            }
            if (!tag.isEmpty()) {
                out.append("</").append(tag).append('>');
            }
        }
        while (note < t.notes().size()) {
            appendNote(out, t.notes().get(note++));
        }
        return out.append('"').toString();
    }

    private static void appendNote(StringBuilder out, InlineNote n) {
        out.append("[[");
        for (int k = 0; k < n.text().length(); k++) {
            escape(out, n.text().charAt(k));
        }
        out.append("]]");
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int k = 0; k < s.length(); k++) {
            escape(out, s.charAt(k));
        }
        return out.append('"').toString();
    }

    private static void escape(StringBuilder out, char c) {
        switch (c) {
            case '\n' -> out.append("\\n");
            case '\t' -> out.append("\\t");
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            default -> out.append(c);
        }
    }
}
