package dev.showrunner.screenplay.revision;

import dev.showrunner.screenplay.Html;
import dev.showrunner.screenplay.model.Element;
import java.util.List;

/**
 * A side-by-side HTML view of a {@link Comparison}: old draft on the left, new on the right,
 * one table body per scene. Every text is escaped; the markup uses only classes prefixed
 * {@code sr-} ({@code sr-added}, {@code sr-removed}, {@code sr-changed}, {@code sr-moved},
 * {@code sr-unchanged} on scenes; {@code sr-kept}, {@code sr-ins}, {@code sr-del},
 * {@code sr-edit} on rows) and {@code <ins>}/{@code <del>} around changed words, so that the
 * studio can style it. Unchanged scenes show as their heading row only.
 */
public final class DiffHtml {

    private DiffHtml() {}

    /** The table alone, for embedding in a page. */
    public static String fragment(Comparison comparison) {
        StringBuilder out = new StringBuilder(4096);
        out.append("<table class=\"sr-diff\">\n<thead><tr><th>Before</th><th>After</th></tr></thead>\n");
        for (SceneChange change : comparison.scenes()) {
            switch (change) {
                case SceneChange.Unchanged u -> head(out, "sr-unchanged", u.old().title(), u.now().title());
                case SceneChange.Added a -> {
                    head(out, "sr-added", "", a.now().title() + " (added)");
                    for (Element element : a.now().elements()) {
                        row(out, "sr-ins", "", wrap("ins", ElementText.of(element)));
                    }
                }
                case SceneChange.Removed r -> {
                    head(out, "sr-removed", r.old().title() + " (removed)", "");
                    for (Element element : r.old().elements()) {
                        row(out, "sr-del", wrap("del", ElementText.of(element)), "");
                    }
                }
                case SceneChange.Changed c -> {
                    head(out, "sr-changed", c.old().title(), c.now().title());
                    elements(out, c.elements());
                }
                case SceneChange.Moved m -> {
                    head(out, "sr-moved", m.old().title() + " (moved from here)", m.now().title() + " (moved here)");
                    elements(out, m.elements());
                }
            }
            out.append("</tbody>\n");
        }
        out.append("</table>\n");
        return out.toString();
    }

    /** A whole HTML document with a small style sheet, for the command line's {@code --html}. */
    public static String page(Comparison comparison, String title) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%s</title>
                <style>
                body { font-family: "Courier Prime", Courier, monospace; margin: 1em; }
                .sr-diff { border-collapse: collapse; width: 100%%; table-layout: fixed; }
                .sr-diff td, .sr-diff th { vertical-align: top; padding: .25em .5em; border-bottom: 1px solid #eee; text-align: left; }
                .sr-scene-head th { background: #f4f4f4; }
                .sr-added .sr-scene-head th, .sr-ins td:nth-child(2) { background: #e6ffec; }
                .sr-removed .sr-scene-head th, .sr-del td:first-child { background: #ffebe9; }
                .sr-moved .sr-scene-head th { background: #fff8c5; }
                .sr-unchanged .sr-scene-head th { color: #888; font-weight: normal; }
                ins { background: #abf2bc; text-decoration: none; }
                del { background: #ffc0c0; }
                </style></head><body>
                <h1>%s</h1>
                %s</body></html>
                """.formatted(escape(title), escape(title), fragment(comparison));
    }

    private static void head(StringBuilder out, String kind, String before, String after) {
        out.append("<tbody class=\"sr-scene ").append(kind).append("\">\n<tr class=\"sr-scene-head\"><th>")
                .append(escape(before)).append("</th><th>").append(escape(after)).append("</th></tr>\n");
    }

    private static void elements(StringBuilder out, List<ElementChange> changes) {
        for (ElementChange change : changes) {
            switch (change) {
                case ElementChange.Kept k -> row(out, "sr-kept", text(ElementText.of(k.before())), text(ElementText.of(k.after())));
                case ElementChange.Inserted i -> row(out, "sr-ins", "", wrap("ins", ElementText.of(i.after())));
                case ElementChange.Deleted d -> row(out, "sr-del", wrap("del", ElementText.of(d.before())), "");
                case ElementChange.Edited e -> {
                    StringBuilder left = new StringBuilder();
                    StringBuilder right = new StringBuilder();
                    for (TextEdit edit : e.words()) {
                        switch (edit.kind()) {
                            case EQUAL -> {
                                left.append(text(edit.before()));
                                right.append(text(edit.after()));
                            }
                            case DELETE -> left.append(wrap("del", edit.before()));
                            case INSERT -> right.append(wrap("ins", edit.after()));
                            case REPLACE -> {
                                left.append(wrap("del", edit.before()));
                                right.append(wrap("ins", edit.after()));
                            }
                        }
                    }
                    row(out, "sr-edit", left.toString(), right.toString());
                }
            }
        }
    }

    private static void row(StringBuilder out, String kind, String leftHtml, String rightHtml) {
        out.append("<tr class=\"").append(kind).append("\"><td>").append(leftHtml).append("</td><td>")
                .append(rightHtml).append("</td></tr>\n");
    }

    private static String wrap(String tag, String text) {
        return "<" + tag + ">" + text(text) + "</" + tag + ">";
    }

    /** Escaped text with line breaks as {@code <br>}. */
    private static String text(String text) {
        return escape(text).replace("\n", "<br>");
    }

    /** HTML-escaped, with carriage returns dropped (a CRLF script's line ends are plain breaks here). */
    static String escape(String text) {
        return Html.escape(text.replace("\r", ""));
    }
}
