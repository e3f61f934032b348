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
 * studio can style it. Unchanged scenes show as their heading row only, a run of them as one
 * row; {@link #summary} lists the changes with links to them.
 */
public final class DiffHtml {

    private DiffHtml() {}

    /**
     * The table alone, for embedding in a page. Each changed scene's body is {@code
     * id="change-N"} (N from 1, in the new draft's order) with links to the previous and next
     * change in its heading row; a run of unchanged scenes is one row saying how many, so a long
     * script's comparison shows its changes, not every heading it kept.
     */
    public static String fragment(Comparison comparison) {
        StringBuilder out = new StringBuilder(4096);
        out.append("<table class=\"sr-diff\">\n<thead><tr><th>Before</th><th>After</th></tr></thead>\n");
        List<SceneChange> scenes = comparison.scenes();
        int changes = comparison.changes().size();
        int n = 0;
        for (int i = 0; i < scenes.size(); i++) {
            SceneChange change = scenes.get(i);
            if (change instanceof SceneChange.Unchanged u) {
                int end = i;
                while (end + 1 < scenes.size() && scenes.get(end + 1) instanceof SceneChange.Unchanged) {
                    end++;
                }
                if (end == i) {
                    head(out, "sr-unchanged", u.old().title(), u.now().title(), 0, 0);
                } else {
                    String run = (end - i + 1) + " scenes unchanged: " + u.now().title() + " … "
                            + scenes.get(end).after().orElseThrow().title();
                    head(out, "sr-unchanged sr-run", run, run, 0, 0);
                }
                out.append("</tbody>\n");
                i = end;
                continue;
            }
            n++;
            switch (change) {
                case SceneChange.Unchanged u -> throw new AssertionError("handled above");
                case SceneChange.Added a -> {
                    head(out, "sr-added", "", a.now().title() + " (added)", n, changes);
                    for (Element element : a.now().elements()) {
                        row(out, "sr-ins", "", wrap("ins", ElementText.of(element)));
                    }
                }
                case SceneChange.Removed r -> {
                    head(out, "sr-removed", r.old().title() + " (removed)", "", n, changes);
                    for (Element element : r.old().elements()) {
                        row(out, "sr-del", wrap("del", ElementText.of(element)), "");
                    }
                }
                case SceneChange.Changed c -> {
                    head(out, "sr-changed", c.old().title(), c.now().title(), n, changes);
                    elements(out, c.elements());
                }
                case SceneChange.Moved m -> {
                    head(out, "sr-moved", m.old().title() + " (moved from here)", m.now().title() + " (moved here)", n,
                            changes);
                    elements(out, m.elements());
                }
            }
            out.append("</tbody>\n");
        }
        out.append("</table>\n");
        return out.toString();
    }

    /**
     * What changed, before the table: "2 scenes added, 1 cut, 1 moved, 3 rewritten", then each
     * change as a link to its place in {@link #fragment} ({@code #change-N}).
     */
    public static String summary(Comparison comparison) {
        StringBuilder out = new StringBuilder(1024);
        long added = comparison.count(SceneChange.Added.class);
        long cut = comparison.count(SceneChange.Removed.class);
        long moved = comparison.count(SceneChange.Moved.class);
        long rewritten = comparison.count(SceneChange.Changed.class);
        out.append("<div class=\"sr-summary\">\n<p class=\"sr-counts\">");
        if (comparison.isEmpty()) {
            out.append("No scene changed.</p>\n</div>\n");
            return out.toString();
        }
        out.append(added).append(added == 1 ? " scene" : " scenes").append(" added, ").append(cut).append(" cut, ")
                .append(moved).append(" moved, ").append(rewritten).append(" rewritten.");
        out.append(" <a href=\"#change-1\" class=\"sr-first\">First change</a></p>\n<ol class=\"sr-changes\">\n");
        int n = 0;
        for (SceneChange change : comparison.changes()) {
            n++;
            String what = switch (change) {
                case SceneChange.Added a -> "Added: " + a.now().title();
                case SceneChange.Removed r -> "Cut: " + r.old().title();
                case SceneChange.Moved m -> (m.isEdited() ? "Moved and rewritten: " : "Moved: ") + m.now().title();
                case SceneChange.Changed c -> "Rewritten: " + c.now().title();
                case SceneChange.Unchanged u -> throw new AssertionError("not a change");
            };
            out.append("<li><a href=\"#change-").append(n).append("\">").append(escape(what)).append("</a></li>\n");
        }
        out.append("</ol>\n</div>\n");
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
                .sr-nav { float: right; font-size: .8em; } .sr-nav a { margin-left: 1em; }
                ins { background: #abf2bc; text-decoration: none; }
                del { background: #ffc0c0; }
                </style></head><body>
                <h1>%s</h1>
                %s%s</body></html>
                """.formatted(escape(title), escape(title), summary(comparison), fragment(comparison));
    }

    /** A scene's body and heading row; for change {@code n} of {@code of} (n above 0), its id and links to its neighbours. */
    private static void head(StringBuilder out, String kind, String before, String after, int n, int of) {
        out.append("<tbody class=\"sr-scene ").append(kind).append('"');
        if (n > 0) {
            out.append(" id=\"change-").append(n).append('"');
        }
        out.append(">\n<tr class=\"sr-scene-head\"><th>").append(escape(before)).append("</th><th>").append(escape(after));
        if (n > 0) {
            out.append("<span class=\"sr-nav\">");
            if (n > 1) {
                out.append("<a href=\"#change-").append(n - 1).append("\" class=\"sr-previous\">previous change</a>");
            }
            if (n < of) {
                out.append("<a href=\"#change-").append(n + 1).append("\" class=\"sr-next\">next change</a>");
            }
            out.append("</span>");
        }
        out.append("</th></tr>\n");
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
