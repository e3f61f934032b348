package dev.showrunner.print;

import dev.showrunner.screenplay.Html;
import dev.showrunner.screenplay.layout.ElementType;
import dev.showrunner.screenplay.layout.LayoutOptions;
import dev.showrunner.screenplay.layout.Line;
import dev.showrunner.screenplay.layout.Page;
import dev.showrunner.screenplay.layout.PageFormat;
import dev.showrunner.screenplay.layout.Pages;
import dev.showrunner.screenplay.layout.SceneLength;
import dev.showrunner.screenplay.model.Element;
import dev.showrunner.screenplay.model.Run;
import dev.showrunner.screenplay.model.Style;
import dev.showrunner.screenplay.model.TitlePage;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/*
 * Units. The page is set in 12 pt Courier, 10 characters and 6 lines to the inch, so one em
 * (12 pt) is one line and a sixth of an inch. Every position and size is written in em (an
 * inch is 6 em): at 12 pt the page prints at paper size, and a page that sets a smaller or
 * larger font size (the studio's editor fits the page to its pane) scales as a whole, each line
 * still where the layout put it. Everything placed here is placed where PdfWriter places it:
 * the title page (TitleLayout), the page number, scene numbers in both margins, the
 * CONTINUED markers when the options ask for them, and every body line.
 */

/**
 * Writes laid-out pages as HTML: one {@code <section class="page">} per page, one absolutely
 * placed element per printed line at the layout's row and column, so the HTML breaks lines and
 * pages exactly where the PDF does. The CLI's {@code html}, the studio's script page and its
 * live preview all write pages here.
 *
 * <p>All text is escaped. Body lines carry the classes {@code l} and their element type in
 * kebab case ({@code scene-heading}, {@code dialogue}, {@code more}, ...) and, when the
 * element has one, its source line as {@code data-line}; a page's section carries
 * {@code data-page} and {@code id="page-N"}, the first line of the N-th scene heading
 * {@code id="scene-N"}. Title page lines have the classes {@code l title}; the page number
 * {@code n}, scene numbers {@code sn}, continued markers {@code cont}.
 */
public final class HtmlWriter {

    private static final double EM_PER_INCH = 6;

    private HtmlWriter() {}

    /** The stylesheet the standalone document embeds; the studio links its own instead. */
    public static final String STYLE = """
            body{background:#e8e8e8;margin:0;padding:1rem}
            .page{position:relative;background:#fff;margin:0 auto 1rem;box-shadow:0 1px 4px rgba(0,0,0,.3);\
            font:12pt/1 "Courier Prime",Courier,"Courier New",monospace;white-space:pre;overflow:hidden}
            .page .l,.page .n,.page .sn,.page .cont{position:absolute;margin:0;line-height:1em}
            .page .n{text-align:right}
            """;

    /** Writes a whole HTML document holding every page of {@code pages}. */
    public static void write(Pages pages, Appendable out) throws IOException {
        String title = pages.titlePage().value("title").map(t -> t.replace('\n', ' ')).orElse("Script");
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>");
        Html.escape(title, out);
        out.append("</title><style>").append(STYLE).append("</style></head><body>\n");
        pages(pages, out);
        out.append("</body></html>\n");
    }

    /**
     * Writes the title page (when printed) and every body page, with the anchors a reader
     * navigates by ({@code id="page-N"}, {@code id="scene-N"}), but no document around them:
     * for a page that holds the script among other things.
     */
    public static void pages(Pages pages, Appendable out) throws IOException {
        Map<Element, Integer> sceneIndex = new IdentityHashMap<>();
        for (SceneLength scene : pages.scenes()) {
            sceneIndex.put(scene.heading(), sceneIndex.size() + 1);
        }
        titlePage(pages.titlePage(), pages.format(), out);
        for (Page page : pages.pages()) {
            page(page, pages.format(), pages.options(), sceneIndex, out);
        }
    }

    /** Writes the title page as one section, nothing when it is empty. */
    public static void titlePage(TitlePage title, PageFormat format, Appendable out) throws IOException {
        if (title.isEmpty()) {
            return;
        }
        open(format, "page title-page", 0, out);
        for (TitleLayout.TitleLine line : TitleLayout.lines(title, format)) {
            out.append("<p class=\"l title\" style=\"");
            position(format, line.row(), line.x(), out);
            out.append("\">");
            runs(line.runs(), out);
            out.append("</p>\n");
        }
        out.append("</section>\n");
    }

    /** Writes one body page as a section, printed with the default options. */
    public static void page(Page page, PageFormat format, Appendable out) throws IOException {
        page(page, format, LayoutOptions.DEFAULTS, Map.of(), out);
    }

    private static void page(Page page, PageFormat format, LayoutOptions options, Map<Element, Integer> sceneIndex,
            Appendable out) throws IOException {
        open(format, "page", page.number(), out);
        double actionLeft = format.style(ElementType.ACTION).leftIndent();
        double actionRight = format.style(ElementType.ACTION).rightIndent();
        if (page.number() > 1) {
            out.append("<p class=\"n\" style=\"top:").append(em(format.headerPosition()))
                    .append(";right:").append(em(format.paper().width() - actionRight))
                    .append("\">").append(Integer.toString(page.number())).append(".</p>\n");
        }
        if (options.continuedMarkers()) {
            if (page.continuedFromPrevious()) {
                out.append("<p class=\"cont\" style=\"top:").append(em(format.headerPosition()))
                        .append(";left:").append(em(actionLeft)).append("\">CONTINUED:</p>\n");
            }
            if (page.continuesOnNext()) {
                String marker = "(CONTINUED)";
                out.append("<p class=\"cont\" style=\"");
                position(format, format.linesPerPage(), actionRight - marker.length() / 10.0, out);
                out.append("\">").append(marker).append("</p>\n");
            }
        }
        for (Line line : page.lines()) {
            out.append("<p class=\"l ").append(css(line.type())).append('"');
            Integer scene = line.type() == ElementType.SCENE_HEADING && line.start() == 0 ? sceneIndex.get(line.element()) : null;
            if (scene != null) {
                out.append(" id=\"scene-").append(Integer.toString(scene)).append('"');
            }
            if (line.element() != null && line.element().span().line() > 0) {
                out.append(" data-line=\"").append(Integer.toString(line.element().span().line())).append('"');
            }
            out.append(" style=\"");
            position(format, line.row(), line.x(), out);
            out.append("\">");
            runs(line.runs(), out);
            out.append("</p>\n");
            if (line.sceneNumber() != null) {
                // As PdfWriter prints them: in both margins, clear of the text.
                String number = line.sceneNumber();
                for (double x : new double[] {1.25 - number.length() / 10.0, 7.75}) {
                    out.append("<p class=\"sn\" style=\"");
                    position(format, line.row(), x, out);
                    out.append("\">");
                    Html.escape(number, out);
                    out.append("</p>\n");
                }
            }
        }
        out.append("</section>\n");
    }

    private static void open(PageFormat format, String classes, int number, Appendable out) throws IOException {
        out.append("<section class=\"").append(classes).append('"');
        if (number > 0) {
            out.append(" data-page=\"").append(Integer.toString(number)).append("\" id=\"page-")
                    .append(Integer.toString(number)).append('"');
        }
        out.append(" style=\"width:").append(em(format.paper().width())).append(";height:")
                .append(em(format.paper().height())).append("\">\n");
    }

    private static void position(PageFormat format, int row, double x, Appendable out) throws IOException {
        out.append("top:").append(em(format.topMargin() + row / EM_PER_INCH)).append(";left:").append(em(x));
    }

    private static void runs(List<Run> runs, Appendable out) throws IOException {
        for (Run run : runs) {
            boolean b = run.has(Style.BOLD);
            boolean i = run.has(Style.ITALIC);
            boolean u = run.has(Style.UNDERLINE);
            if (b) {
                out.append("<b>");
            }
            if (i) {
                out.append("<i>");
            }
            if (u) {
                out.append("<u>");
            }
            Html.escape(run.text(), out);
            if (u) {
                out.append("</u>");
            }
            if (i) {
                out.append("</i>");
            }
            if (b) {
                out.append("</b>");
            }
        }
    }

    private static String css(ElementType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Inches of paper as em of 12 pt type, to 0.01 em. */
    private static String em(double inches) {
        String value = String.format(Locale.ROOT, "%.2f", inches * EM_PER_INCH).replaceAll("0+$", "").replaceAll("\\.$", "");
        return value + "em";
    }
}
