package dev.showrunner.bench;

import dev.showrunner.screenplay.model.DialogueBlock;
import dev.showrunner.screenplay.model.DualDialogue;
import dev.showrunner.screenplay.model.Element;
import dev.showrunner.screenplay.model.Parenthetical;
import dev.showrunner.screenplay.model.SceneHeading;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.revision.ElementText;
import dev.showrunner.screenplay.revision.PageLayout;
import dev.showrunner.screenplay.revision.PrintedLine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The layout the revision benchmark pages with. Until the layout module is on main this is a
 * plain monospace layout of the same cost class (Courier columns: action 61, dialogue 35,
 * parentheticals 26; 54 lines a page); the benchmark measures the revision engine, not it.
 */
final class BenchLayouts {

    private BenchLayouts() {}

    static PageLayout layout() {
        return new Monospace(54);
    }

    static byte[] resource(String path) {
        try (InputStream in = BenchLayouts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Monospace(int capacity) implements PageLayout {
        @Override
        public List<PrintedLine> lines(Screenplay script) {
            List<PrintedLine> out = new ArrayList<>();
            List<Element> elements = script.elements();
            for (int i = 0; i < elements.size(); i++) {
                int first = out.size();
                switch (elements.get(i)) {
                    case SceneHeading h -> wrap(i, -1, h.text().plain(), 61, out);
                    case DialogueBlock d -> speech(i, d, 0, out);
                    case DualDialogue d -> speech(i, d.right(), speech(i, d.left(), 0, out), out);
                    case dev.showrunner.screenplay.model.Note n -> { }
                    case dev.showrunner.screenplay.model.Section s -> { }
                    case dev.showrunner.screenplay.model.Synopsis s -> { }
                    case dev.showrunner.screenplay.model.Boneyard b -> { }
                    case dev.showrunner.screenplay.model.PageBreak p -> { }
                    case Element e -> wrap(i, -1, ElementText.of(e), 61, out);
                }
                if (out.size() > first) {
                    PrintedLine l = out.get(first);
                    out.set(first, new PrintedLine(l.element(), l.part(), l.start(), l.end(), l.text(), 1, false));
                }
            }
            return out;
        }

        private static int speech(int i, DialogueBlock block, int partOffset, List<PrintedLine> out) {
            if (partOffset == 0) {
                out.add(new PrintedLine(i, -1, 0, block.cue().name().length(), block.cue().display(), 0, false));
            }
            for (int p = 0; p < block.parts().size(); p++) {
                var part = block.parts().get(p);
                wrap(i, partOffset + p, part.text().plain(), part instanceof Parenthetical ? 26 : 35, out);
            }
            return block.parts().size();
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

        private static void wrap(int element, int part, String text, int width, List<PrintedLine> out) {
            int lineStart = 0;
            int lastBreak = -1;
            int i = 0;
            while (i <= text.length()) {
                char c = i == text.length() ? '\n' : text.charAt(i);
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
    }
}
