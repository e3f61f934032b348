package dev.showrunner.screenplay.revision;

import dev.showrunner.screenplay.model.Action;
import dev.showrunner.screenplay.model.Cue;
import dev.showrunner.screenplay.model.Dialogue;
import dev.showrunner.screenplay.model.DialogueBlock;
import dev.showrunner.screenplay.model.Element;
import dev.showrunner.screenplay.model.SceneHeading;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.model.TitlePage;
import java.util.ArrayList;
import java.util.List;

/** Drafts built in code for the tests: numbered scenes with distinct, recognisable text. */
final class Drafts {

    private Drafts() {}

    static List<Element> scene(String heading, String... actions) {
        List<Element> out = new ArrayList<>();
        out.add(SceneHeading.of(heading));
        for (String action : actions) {
            out.add(action.contains(": ") ? speech(action) : Action.of(action));
        }
        return out;
    }

    /** "NAME: words" is a speech. */
    private static Element speech(String text) {
        int colon = text.indexOf(": ");
        return DialogueBlock.of(Cue.of(text.substring(0, colon)), Dialogue.of(text.substring(colon + 2)));
    }

    /** A generated scene: heading "INT. ROOM n - DAY" and a few lines of words unique to it. */
    static List<Element> numbered(int n, int lines) {
        String[] actions = new String[lines];
        for (int k = 0; k < lines; k++) {
            actions[k] = "Scene " + n + " line " + k + ": the " + WORDS[(n * 7 + k) % WORDS.length]
                    + " " + WORDS[(n * 3 + k * 5) % WORDS.length] + " moves across the " + WORDS[(n + k * 11) % WORDS.length]
                    + " while the " + WORDS[(n * 13 + k) % WORDS.length] + " waits.";
            if (k % 3 == 2) {
                actions[k] = "PERSON" + (n % 5) + ": Line " + k + " of scene " + n + ", said with " + WORDS[(n + k) % WORDS.length] + ".";
            }
        }
        return scene("INT. ROOM " + n + " - DAY", actions);
    }

    static Screenplay script(List<List<Element>> scenes) {
        List<Element> all = new ArrayList<>();
        scenes.forEach(all::addAll);
        return new Screenplay(TitlePage.EMPTY, all);
    }

    /** Scenes 1..count, each with {@code lines} lines. */
    static List<List<Element>> scenes(int count, int lines) {
        List<List<Element>> out = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            out.add(numbered(n, lines));
        }
        return out;
    }

    static final String[] WORDS = {
        "river", "lantern", "catfish", "orchard", "letter", "circus", "giant", "witch", "porch", "harbor",
        "engine", "sparrow", "window", "thunder", "garden", "bicycle", "violin", "suitcase", "mirror", "ladder",
        "blanket", "compass", "tunnel", "meadow", "trumpet", "kettle", "island", "feather", "canyon", "lighthouse",
    };
}
