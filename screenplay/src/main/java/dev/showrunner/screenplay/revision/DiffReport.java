package dev.showrunner.screenplay.revision;

import dev.showrunner.screenplay.model.Element;
import java.util.List;

/**
 * The plain-text report of a {@link Comparison}, for the command line: a summary line, then one
 * block per changed scene. Changed words are marked as {@code [-old-]{+new+}} (the wdiff
 * convention), element lines start with {@code +} (added), {@code -} (removed) or {@code ~}
 * (rewritten), and a line break inside an element prints as {@code " / "}.
 */
public final class DiffReport {

    private DiffReport() {}

    public static String of(Comparison comparison) {
        StringBuilder out = new StringBuilder();
        List<SceneChange> changes = comparison.changes();
        if (changes.isEmpty()) {
            return "No changes: the drafts say the same thing.\n";
        }
        out.append("Changes: ")
                .append(comparison.count(SceneChange.Changed.class)).append(" changed, ")
                .append(comparison.count(SceneChange.Added.class)).append(" added, ")
                .append(comparison.count(SceneChange.Removed.class)).append(" removed, ")
                .append(comparison.count(SceneChange.Moved.class)).append(" moved.\n");
        for (SceneChange change : changes) {
            out.append('\n');
            switch (change) {
                case SceneChange.Changed c -> {
                    out.append("CHANGED  ").append(label(c.now())).append(was(c.old())).append("  ").append(c.now().title()).append('\n');
                    elements(c.elements(), out);
                }
                case SceneChange.Moved m -> {
                    out.append("MOVED    ").append(label(m.now())).append(was(m.old())).append("  ").append(m.now().title()).append('\n');
                    elements(m.elements(), out);
                }
                case SceneChange.Added a -> {
                    out.append("ADDED    ").append(label(a.now())).append("  ").append(a.now().title()).append('\n');
                    for (Element element : a.now().elements()) {
                        line('+', element, out);
                    }
                }
                case SceneChange.Removed r -> {
                    out.append("REMOVED  ").append("(was ").append(label(r.old())).append(")  ").append(r.old().title()).append('\n');
                    for (Element element : r.old().elements()) {
                        line('-', element, out);
                    }
                }
                case SceneChange.Unchanged u -> throw new AssertionError("changes() excludes unchanged scenes");
            }
        }
        return out.toString();
    }

    private static String label(Scene scene) {
        return scene.isOpening() ? "opening" : "scene " + scene.ordinal();
    }

    private static String was(Scene old) {
        return old.isOpening() ? "" : " (was " + old.ordinal() + ")";
    }

    private static void elements(List<ElementChange> changes, StringBuilder out) {
        for (ElementChange change : changes) {
            switch (change) {
                case ElementChange.Kept k -> { }
                case ElementChange.Inserted i -> line('+', i.after(), out);
                case ElementChange.Deleted d -> line('-', d.before(), out);
                case ElementChange.Edited e -> {
                    out.append("  ~ ").append(ElementText.kind(e.after())).append(": ");
                    for (TextEdit edit : e.words()) {
                        switch (edit.kind()) {
                            case EQUAL -> out.append(flat(edit.after()));
                            case DELETE -> out.append("[-").append(flat(edit.before())).append("-]");
                            case INSERT -> out.append("{+").append(flat(edit.after())).append("+}");
                            case REPLACE -> out.append("[-").append(flat(edit.before())).append("-]{+")
                                    .append(flat(edit.after())).append("+}");
                        }
                    }
                    out.append('\n');
                }
            }
        }
    }

    private static void line(char mark, Element element, StringBuilder out) {
        out.append("  ").append(mark).append(' ').append(ElementText.kind(element)).append(": ")
                .append(flat(ElementText.of(element))).append('\n');
    }

    private static String flat(String text) {
        return text.replace("\r\n", "\n").replace("\n", " / ");
    }
}
