package dev.showrunner.bench;

import dev.showrunner.screenplay.model.Action;
import dev.showrunner.screenplay.model.Dialogue;
import dev.showrunner.screenplay.model.DialogueBlock;
import dev.showrunner.screenplay.model.DialoguePart;
import dev.showrunner.screenplay.model.Element;
import dev.showrunner.screenplay.model.SceneHeading;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.model.StyledText;
import java.util.ArrayList;
import java.util.List;

/**
 * A later draft made from an earlier one by {@code count} edits spread evenly through it, the
 * same every run: in turn a reworded action, an added action, a cut element, a rewritten line
 * of dialogue. What a writer's pass of notes looks like, as a benchmark input.
 */
final class DraftEdits {

    private DraftEdits() {}

    static Screenplay scattered(Screenplay draft, int count) {
        List<Element> elements = new ArrayList<>(draft.elements());
        int n = elements.size();
        // Walk from the end so that earlier indexes stay valid after inserts and cuts.
        for (int e = count - 1; e >= 0; e--) {
            int at = (int) ((long) (2 * e + 1) * n / (2L * count));
            while (at < elements.size() - 1 && elements.get(at) instanceof SceneHeading) {
                at++;
            }
            Element element = elements.get(at);
            switch (e % 4) {
                case 0 -> elements.set(at, reworded(element, e));
                case 1 -> elements.add(at + 1, Action.of("A new beat, added in revision (" + e + "), where nothing stood before."));
                case 2 -> elements.remove(at);
                default -> elements.set(at, element instanceof DialogueBlock block ? rewritten(block, e) : reworded(element, e));
            }
        }
        return new Screenplay(draft.titlePage(), elements);
    }

    private static Element reworded(Element element, int e) {
        if (element instanceof Action action) {
            String text = action.text().plain();
            int space = text.indexOf(' ');
            String changed = space < 0 ? text + " (again)" : text.substring(0, space) + " suddenly" + text.substring(space);
            return new Action(StyledText.plain(changed), action.forced(), action.span());
        }
        return Action.of("Reworded beat " + e + ".");
    }

    private static DialogueBlock rewritten(DialogueBlock block, int e) {
        List<DialoguePart> parts = new ArrayList<>(block.parts());
        for (int p = 0; p < parts.size(); p++) {
            if (parts.get(p) instanceof Dialogue) {
                parts.set(p, Dialogue.of("I never said that. Not once, not ever (" + e + ")."));
                break;
            }
        }
        return new DialogueBlock(block.cue(), parts, block.span());
    }
}
