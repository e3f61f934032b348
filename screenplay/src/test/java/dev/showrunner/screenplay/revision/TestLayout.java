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
            int first = out.size();
            switch (element) {
                case SceneHeading h -> out.add(new PrintedLine(i, -1, 0, h.text().length(),
                        h.text().plain().toUpperCase(java.util.Locale.ROOT), 0, false));
                case DialogueBlock d -> {
                    out.add(new PrintedLine(i, -1, 0, d.cue().name().length(), d.cue().display(), 0, false));
                    for (int p = 0; p < d.parts().size(); p++) {
                        wrap(i, p, d.parts().get(p).text().plain(), 35, out);
                    }
                }
                case dev.showrunner.screenplay.model.Note n -> { }
                case dev.showrunner.screenplay.model.Section s -> { }
                case dev.showrunner.screenplay.model.Synopsis s -> { }
                case dev.showrunner.screenplay.model.Boneyard b -> { }
                default -> wrap(i, -1, ElementText.of(element), 60, out);
            }
            if (out.size() > first) {
                PrintedLine l = out.get(first);
                out.set(first, new PrintedLine(l.element(), l.part(), l.start(), l.end(), l.text(), 1, false));
            }
        }
        return out;
    }

    /** Greedy word wrap; each line records its character span in {@code text}. */
    static void wrap(int element, int part, String text, int width, List<PrintedLine> out) {
        int lineStart = 0;
        int i = 0;
        int lastBreak = -1;
        while (i <= text.length()) {
            boolean end = i == text.length();
            char c = end ? '\n' : text.charAt(i);
            if (c == '\n') {
                out.add(new PrintedLine(element, part, lineStart, i, text.substring(lineStart, i), 0, false));
                lineStart = i + 1;
                lastBreak = -1;
            } else if (i - lineStart >= width && lastBreak > lineStart) {
                out.add(new PrintedLine(element, part, lineStart, lastBreak, text.substring(lineStart, lastBreak), 0, false));
                lineStart = lastBreak + 1;
                lastBreak = -1;
                continue;
            } else if (c == ' ') {
                lastBreak = i;
            }
            i++;
        }
    }

    @Override
    public List<List<PrintedLine>> fill(Screenplay script, List<PrintedLine> lines) {
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
}
