package dev.showrunner.studio.scripts;

import dev.showrunner.screenplay.Html;
import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.layout.ElementType;
import dev.showrunner.screenplay.layout.Layout;
import dev.showrunner.screenplay.layout.Line;
import dev.showrunner.screenplay.layout.Page;
import dev.showrunner.screenplay.layout.PageFormat;
import dev.showrunner.screenplay.layout.Pages;
import dev.showrunner.screenplay.layout.SceneLength;
import dev.showrunner.screenplay.model.Run;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.model.Style;
import dev.showrunner.screenplay.model.TitlePage;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/*
 * The script page's live pages come from the engine: Fountain.read, then Layout.paginate, so a
 * page number here is the page number of the PDF and of the schedule. Each printed line is
 * placed where the layout put it: at 12 pt Courier an inch is 6 em and a line 1 em, so a line's
 * row and its x in inches become top and left in em, and the sheet is drawn to scale.
 *
 * All text is escaped before the few style tags are added.
 */

/** Renders Fountain text as the engine's pages, in HTML, with the scene list and page count. */
public final class LivePages {

    private LivePages() {}

    /**
     * The engine's pages; should the engine fail on some text (a bug), the simple preview
     * instead, so that the writer's page never breaks while typing.
     */
    public static Preview.Result renderSafely(String text) {
        try {
            return render(text);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(LivePages.class).warn("layout failed; showing the simple preview", e);
            return Preview.render(text);
        }
    }

    public static Preview.Result render(String text) {
        Screenplay script = Fountain.read(text);
        PageFormat format = PageFormat.forScript(script);
        Pages pages = Layout.paginate(script, format, dev.showrunner.screenplay.layout.LayoutOptions.DEFAULTS);
        double width = format.paper().width() * 6;
        double height = format.paper().height() * 6;
        double top = format.topMargin() * 6;
        Map<Object, Integer> sceneIndex = new IdentityHashMap<>();
        List<Preview.Scene> scenes = new ArrayList<>();
        for (SceneLength s : pages.scenes()) {
            sceneIndex.put(s.heading(), scenes.size() + 1);
            scenes.add(new Preview.Scene(scenes.size() + 1, s.heading().span().line(),
                    s.heading().text().plain().strip().toUpperCase(Locale.ROOT), s.firstPage(), s.display()));
        }
        StringBuilder html = new StringBuilder();
        titlePage(html, script.titlePage(), width, height);
        int lastRows = 0;
        for (Page page : pages.pages()) {
            html.append("<section class=\"sheet\" id=\"page-").append(page.number())
                    .append("\" style=\"width:").append(em(width)).append(";height:").append(em(height)).append("\">");
            if (page.number() > 1) {
                html.append("<span class=\"pn\" style=\"top:").append(em(format.headerPosition() * 6))
                        .append(";right:").append(em(6)).append("\">").append(page.number()).append(".</span>");
            }
            for (Line line : page.lines()) {
                String style = "top:" + em(top + line.row()) + ";left:" + em(line.x() * 6);
                html.append("<div class=\"ln ").append(line.type().name().toLowerCase(Locale.ROOT)).append('"');
                Integer scene = line.type() == ElementType.SCENE_HEADING && line.start() == 0 ? sceneIndex.get(line.element()) : null;
                if (scene != null) {
                    html.append(" id=\"scene-").append(scene).append('"');
                }
                if (line.element() != null && line.element().span().line() > 0) {
                    html.append(" data-line=\"").append(line.element().span().line()).append('"');
                }
                html.append(" style=\"").append(style).append("\">");
                for (Run run : line.runs()) {
                    appendRun(html, run);
                }
                html.append("</div>");
                if (line.sceneNumber() != null && scene != null) {
                    String number = Html.escape(line.sceneNumber());
                    html.append("<div class=\"ln sn\" style=\"top:").append(em(top + line.row())).append(";left:").append(em(6 * 0.9))
                            .append("\">").append(number).append("</div>");
                }
                lastRows = Math.max(lastRows, line.row() + 1);
            }
            html.append("</section>");
            if (page != pages.pages().getLast()) {
                lastRows = 0;
            }
        }
        int count = pages.pages().size();
        int eighths = count == 0 ? 0
                : (count - 1) * 8 + Math.max(1, (int) Math.ceil(lastRows * 8.0 / format.linesPerPage()));
        double length = eighths / 8.0;
        return new Preview.Result(html.toString(), scenes, count, length, Math.max(count == 0 ? 0 : 1, (int) Math.round(length)));
    }

    /*
     * The title page as production prints it: title, credit, author and source centred a third
     * of the way down; contact bottom left; draft date and notes bottom right. Styles are dropped
     * (plain text, escaped); the layout engine does not count the title page as a page.
     */
    private static void titlePage(StringBuilder html, TitlePage title, double width, double height) {
        if (title.isEmpty()) {
            return;
        }
        html.append("<section class=\"sheet title-page\" style=\"width:").append(em(width)).append(";height:").append(em(height)).append("\">");
        html.append("<div class=\"tp-centre\" style=\"top:").append(em(height / 3)).append("\">");
        for (String key : new String[] {"title", "credit", "author", "authors", "source"}) {
            title.value(key).ifPresent(v -> html.append("<p class=\"tp-").append(key).append("\">")
                    .append(Html.escape(v.strip()).replace("\n", "<br>")).append("</p>"));
        }
        html.append("</div>");
        title.value("contact").ifPresent(v -> html.append("<div class=\"tp-contact\">")
                .append(Html.escape(v.strip()).replace("\n", "<br>")).append("</div>"));
        StringBuilder right = new StringBuilder();
        for (String key : new String[] {"draft date", "date", "notes", "copyright"}) {
            title.value(key).ifPresent(v -> right.append(Html.escape(v.strip()).replace("\n", "<br>")).append("<br>"));
        }
        if (!right.isEmpty()) {
            html.append("<div class=\"tp-right\">").append(right).append("</div>");
        }
        html.append("</section>");
    }

    private static void appendRun(StringBuilder html, Run run) {
        String text = Html.escape(run.text());
        boolean b = run.has(Style.BOLD);
        boolean i = run.has(Style.ITALIC);
        boolean u = run.has(Style.UNDERLINE);
        html.append(b ? "<b>" : "").append(i ? "<i>" : "").append(u ? "<u>" : "").append(text)
                .append(u ? "</u>" : "").append(i ? "</i>" : "").append(b ? "</b>" : "");
    }

    private static String em(double value) {
        return String.format(Locale.ROOT, "%.2fem", value);
    }
}
