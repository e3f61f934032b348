package dev.showrunner.screenplay.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A whole script: its title page and the body's elements in reading order. */
public record Screenplay(TitlePage titlePage, List<Element> elements) {

    public Screenplay {
        Objects.requireNonNull(titlePage, "titlePage");
        elements = List.copyOf(elements);
    }

    public static Screenplay of(Element... elements) {
        return new Screenplay(TitlePage.EMPTY, List.of(elements));
    }

    /** The same script with every span set to {@link Span#NONE}: equal to another when they say the same. */
    public Screenplay withoutSpans() {
        List<Element> stripped = new ArrayList<>(elements.size());
        for (Element element : elements) {
            stripped.add(element.withoutSpans());
        }
        return new Screenplay(titlePage.withoutSpans(), stripped);
    }

    /** The scene headings in order. */
    public List<SceneHeading> sceneHeadings() {
        List<SceneHeading> headings = new ArrayList<>();
        for (Element element : elements) {
            if (element instanceof SceneHeading heading) {
                headings.add(heading);
            }
        }
        return headings;
    }
}
