package dev.showrunner.screenplay.revision;

import dev.showrunner.screenplay.model.DialogueBlock;
import dev.showrunner.screenplay.model.DialoguePart;
import dev.showrunner.screenplay.model.Element;
import dev.showrunner.screenplay.model.SceneHeading;
import dev.showrunner.screenplay.model.Screenplay;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-made layout for the tests: every printed element starts with one blank line, action
 * wraps at 60 columns and speech at 35, and pages hold {@code capacity} lines, filled greedily
 * (a blank line at the top of a page is dropped). Simple enough to work out pages by hand.
 */
record TestLayout(int capacity) implements PageLayout {

    @Override
    public List<PrintedLine> lines(Screenplay script) {
        List<PrintedLine> out = new ArrayList<>();
        List<Element> elements = script.elements();
        for (int i = 0; i < elements.size(); i++) {
            Element element = elements.get(i);
            List<String> texts = new ArrayList<>();
            switch (element) {
                case SceneHeading h -> texts.add(h.text().plain().toUpperCase(java.util.Locale.ROOT));
                case DialogueBlock d -> {
                    texts.add(d.cue().display());
                    for (DialoguePart part : d.parts()) {
                        texts.addAll(wrap(part.text().plain(), 35));
                    }
                }
                case dev.showrunner.screenplay.model.Note n -> { }
                case dev.showrunner.screenplay.model.Section s -> { }
                case dev.showrunner.screenplay.model.Synopsis s -> { }
                case dev.showrunner.screenplay.model.Boneyard b -> { }
                default -> texts.addAll(wrap(ElementText.of(element), 60));
            }
            for (int k = 0; k < texts.size(); k++) {
                out.add(new PrintedLine(i, k, texts.get(k), k == 0 ? 1 : 0, false));
            }
        }
        return out;
    }

    @Override
    public List<List<PrintedLine>> fill(List<PrintedLine> lines) {
        List<List<PrintedLine>> pages = new ArrayList<>();
        List<PrintedLine> page = new ArrayList<>();
        int used = 0;
        for (PrintedLine line : lines) {
            int need = page.isEmpty() ? 1 : line.spaceBefore() + 1;
            if (used + need > capacity) {
                pages.add(page);
                page = new ArrayList<>();
                need = 1;
                used = 0;
            }
            page.add(line);
            used += need;
        }
        if (!page.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                if (!line.isEmpty()) {
                    line.append(' ');
                }
                line.append(word);
            }
            out.add(line.toString());
        }
        return out;
    }
}
