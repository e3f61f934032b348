package dev.showrunner.screenplay.revision;

import dev.showrunner.screenplay.model.Action;
import dev.showrunner.screenplay.model.Boneyard;
import dev.showrunner.screenplay.model.Centered;
import dev.showrunner.screenplay.model.DialogueBlock;
import dev.showrunner.screenplay.model.DialoguePart;
import dev.showrunner.screenplay.model.DualDialogue;
import dev.showrunner.screenplay.model.Element;
import dev.showrunner.screenplay.model.General;
import dev.showrunner.screenplay.model.Lyrics;
import dev.showrunner.screenplay.model.Note;
import dev.showrunner.screenplay.model.PageBreak;
import dev.showrunner.screenplay.model.SceneHeading;
import dev.showrunner.screenplay.model.Section;
import dev.showrunner.screenplay.model.Shot;
import dev.showrunner.screenplay.model.Synopsis;
import dev.showrunner.screenplay.model.Transition;

/** The words of an element as a reader sees them, and the name of its kind, for comparison. */
public final class ElementText {

    private ElementText() {}

    /**
     * The element's text: the printed text for printed elements (a speech is its cue, then each
     * parenthetical and line of dialogue on its own line), the written text for notes, sections
     * and the like. Scene numbers are left out: they are production data, not the writing.
     */
    public static String of(Element element) {
        return switch (element) {
            case SceneHeading h -> h.text().plain();
            case Action a -> a.text().plain();
            case DialogueBlock d -> speech(d);
            case DualDialogue d -> speech(d.left()) + "\n\n" + speech(d.right());
            case Transition t -> t.text().plain();
            case Centered c -> c.text().plain();
            case Lyrics l -> l.text().plain();
            case PageBreak p -> "===";
            case Section s -> "#".repeat(s.depth()) + " " + s.title();
            case Synopsis s -> "= " + s.text();
            case Note n -> "[[" + n.text() + "]]";
            case Boneyard b -> "/*" + b.text() + "*/";
            case Shot s -> s.text().plain();
            case General g -> g.text().plain();
        };
    }

    /** A short name of the element's kind for reports: {@code Action}, {@code Dialogue}, ... */
    public static String kind(Element element) {
        return switch (element) {
            case SceneHeading h -> "Scene heading";
            case Action a -> "Action";
            case DialogueBlock d -> "Dialogue";
            case DualDialogue d -> "Dual dialogue";
            case Transition t -> "Transition";
            case Centered c -> "Centered";
            case Lyrics l -> "Lyrics";
            case PageBreak p -> "Page break";
            case Section s -> "Section";
            case Synopsis s -> "Synopsis";
            case Note n -> "Note";
            case Boneyard b -> "Boneyard";
            case Shot s -> "Shot";
            case General g -> g.type();
        };
    }

    private static String speech(DialogueBlock block) {
        StringBuilder out = new StringBuilder(block.cue().display());
        for (DialoguePart part : block.parts()) {
            out.append('\n').append(part.text().plain());
        }
        return out.toString();
    }
}
