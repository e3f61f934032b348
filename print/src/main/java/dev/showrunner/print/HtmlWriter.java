package dev.showrunner.print;

import dev.showrunner.screenplay.Html;
import dev.showrunner.screenplay.layout.ElementType;
import dev.showrunner.screenplay.layout.Line;
import dev.showrunner.screenplay.layout.Page;
import dev.showrunner.screenplay.layout.PageFormat;
import dev.showrunner.screenplay.layout.Pages;
import dev.showrunner.screenplay.model.Run;
import dev.showrunner.screenplay.model.Style;
import dev.showrunner.screenplay.model.TitlePage;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Writes laid-out pages as HTML for the live preview: one {@code <section class="page">} per
 * page, one absolutely placed element per printed line at the layout's row and column, so the
 * preview breaks lines and pages exactly where the PDF does. Positions are in inches of paper;
 * the page is a box of the paper's size that a stylesheet may scale as a whole.
 *
 * <p>All text is escaped. Lines carry the classes {@code l} and their element type in kebab
 * case ({@code scene-heading}, {@code dialogue}, {@code more}, ...).
 */
public final class HtmlWriter {

    private HtmlWriter() {}

    /** The stylesheet the standalone document embeds; the studio may link its own instead. */
    public static final String STYLE = """
            body{background:#e8e8e8;margin:0;padding:1rem}
            .page{position:relative;background:#fff;margin:0 auto 1rem;box-shadow:0 1px 4px rgba(0,0,0,.3);\
            font:12pt/1 "Courier Prime",Courier,"Courier New",monospace;white-space:pre}
            .page .l,.page .n{position:absolute;margin:0;line-height:12pt}
            .page .n{text-align:right}
            """;

    /** Writes a whole HTML document holding every page of {@code pages}. */
    public static void write(Pages pages, Appendable out) throws IOException {
        String title = pages.titlePage().value("title").map(t -> t.replace('\n', ' ')).orElse("Script");
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>");
        Html.escape(title, out);
        out.append("</title><style>").append(STYLE).append("</style></head><body>\n");
        titlePage(pages.titlePage(), pages.format(), out);
        for (Page page : pages.pages()) {
            page(page, pages.format(), out);
        }
        out.append("</body></html>\n");
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

    /** Writes one body page as a section. */
    public static void page(Page page, PageFormat format, Appendable out) throws IOException {
        open(format, "page", page.number(), out);
        if (page.number() > 1) {
            out.append("<p class=\"n\" style=\"top:").append(inches(format.headerPosition()))
                    .append("in;right:").append(inches(format.paper().width() - format.style(ElementType.ACTION).rightIndent()))
                    .append("in\">").append(Integer.toString(page.number())).append(".</p>\n");
        }
        for (Line line : page.lines()) {
            out.append("<p class=\"l ").append(css(line.type())).append("\" style=\"");
            position(format, line.row(), line.x(), out);
            out.append("\">");
            runs(line.runs(), out);
            out.append("</p>\n");
        }
        out.append("</section>\n");
    }

    private static void open(PageFormat format, String classes, int number, Appendable out) throws IOException {
        out.append("<section class=\"").append(classes).append('"');
        if (number > 0) {
            out.append(" data-page=\"").append(Integer.toString(number)).append('"');
        }
        out.append(" style=\"width:").append(inches(format.paper().width())).append("in;height:")
                .append(inches(format.paper().height())).append("in\">\n");
    }

    private static void position(PageFormat format, int row, double x, Appendable out) throws IOException {
        out.append("top:").append(inches(format.topMargin() + row / 6.0)).append("in;left:").append(inches(x)).append("in");
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

    private static String inches(double value) {
        return String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
