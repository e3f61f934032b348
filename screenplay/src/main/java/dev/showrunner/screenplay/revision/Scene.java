package dev.showrunner.screenplay.revision;

import dev.showrunner.screenplay.model.Element;
import dev.showrunner.screenplay.model.SceneHeading;
import dev.showrunner.screenplay.model.Screenplay;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A scene of a draft: its heading and the elements up to the next heading. What stands before
 * the first heading (FADE IN:, a cold open's action) is the draft's opening, a scene with no
 * heading and {@code ordinal} 0; headed scenes count from 1 in reading order.
 *
 * @param ordinal 0 for the opening, then 1, 2, ... in reading order
 * @param firstElement index in {@link Screenplay#elements()} of the scene's first element
 * @param elements the heading (if any) and the elements under it
 */
public record Scene(int ordinal, int firstElement, List<Element> elements) {

    public Scene {
        elements = List.copyOf(elements);
        if (ordinal < 0 || firstElement < 0) {
            throw new IllegalArgumentException("negative ordinal or index");
        }
    }

    /** Cuts a draft into its scenes; the opening is included only when it has elements. */
    public static List<Scene> of(Screenplay script) {
        Objects.requireNonNull(script, "script");
        List<Scene> scenes = new ArrayList<>();
        List<Element> elements = script.elements();
        int start = 0;
        int ordinal = 0;
        for (int i = 1; i <= elements.size(); i++) {
            if (i == elements.size() || elements.get(i) instanceof SceneHeading) {
                boolean opening = !(elements.get(start) instanceof SceneHeading);
                scenes.add(new Scene(opening ? 0 : ++ordinal, start, elements.subList(start, i)));
                start = i;
            }
        }
        return List.copyOf(scenes);
    }

    public Optional<SceneHeading> heading() {
        return !elements.isEmpty() && elements.getFirst() instanceof SceneHeading h ? Optional.of(h) : Optional.empty();
    }

    /** The heading's text, or "(opening)" for the material before the first heading. */
    public String title() {
        return heading().map(h -> h.text().plain()).orElse("(opening)");
    }

    public boolean isOpening() {
        return heading().isEmpty();
    }
}
