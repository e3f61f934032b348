package dev.showrunner.print;

import dev.showrunner.screenplay.Html;
import dev.showrunner.screenplay.layout.ElementType;
import dev.showrunner.screenplay.layout.PageFormat;
import dev.showrunner.screenplay.model.Element;
import dev.showrunner.screenplay.model.SceneHeading;
import dev.showrunner.screenplay.revision.Revision;
import dev.showrunner.screenplay.revision.RevisionSet;
import dev.showrunner.screenplay.revision.SceneNumbers;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Writes the pages of a revised locked script ({@link Revision.Revised}) as HTML, each thing
 * where {@link RevisionPdfWriter} prints it ({@link RevisionPlacement}): the page under its
 * locked number, the revision header, scene numbers in both margins, the marks in the right
 * margin, and the page on its revision's paper colour. The studio's page view of a locked
 * draft is this.
 *
 * <p>Classes as {@link HtmlWriter}'s ({@code page}, {@code l} with the element type in kebab
 * case, {@code n}, {@code sn}), plus {@code rev-header} and {@code mark}; a section carries
 * {@code data-page} (its locked number) and {@code data-revision} (the level of its paper), the
 * N-th scene heading {@code id="scene-N"}. All text is escaped.
 */
public final class RevisionHtmlWriter {

    private RevisionHtmlWriter() {}

    /** Writes every page of {@code revised}, or only the pages this revision changed. */
    public static void pages(Revision.Revised revised, PageFormat format, boolean pagesOnly, Appendable out)
            throws IOException {
        List<Element> elements = revised.script().elements();
        int scene = 0;
        for (Revision.Page page : pagesOnly ? revised.changedPages() : revised.pages()) {
            RevisionSet paper = revised.lock().revision(page.revision());
            int rgb = paper.color().tint();
            out.append("<section class=\"page\" data-page=\"");
            Html.escape(page.number(), out);
            out.append("\" data-revision=\"").append(Integer.toString(page.revision())).append("\" style=\"width:")
                    .append(em(format.paper().width())).append(";height:").append(em(format.paper().height()));
            if (page.revision() > 0) {
                out.append(";background:#").append(String.format(Locale.ROOT, "%06x", rgb & 0xFFFFFF));
            }
            out.append("\">\n");
            for (RevisionPlacement.Placed placed : RevisionPlacement.place(revised, page, format)) {
                String classes = switch (placed.kind()) {
                    case PAGE_NUMBER -> "n";
                    case HEADER -> "l rev-header";
                    case LINE -> "l " + placed.type().name().toLowerCase(Locale.ROOT).replace('_', '-');
                    case SCENE_NUMBER -> "sn";
                    case MARK -> "l mark";
                };
                out.append("<p class=\"").append(classes).append('"');
                if (placed.kind() == RevisionPlacement.Kind.LINE) {
                    var line = placed.line().line();
                    if (placed.type() == ElementType.SCENE_HEADING && !line.synthetic() && line.start() == 0
                            && !(elements.get(line.element()) instanceof SceneHeading h && SceneNumbers.isOmitted(h))) {
                        out.append(" id=\"scene-").append(Integer.toString(++scene)).append('"');
                    }
                    Element element = line.synthetic() || line.element() >= elements.size() ? null : elements.get(line.element());
                    if (element != null && element.span().line() > 0) {
                        out.append(" data-line=\"").append(Integer.toString(element.span().line())).append('"');
                    }
                }
                out.append(" style=\"top:").append(em(placed.top())).append(";left:").append(em(placed.x())).append("\">");
                Html.escape(placed.text(), out);
                out.append("</p>\n");
            }
            out.append("</section>\n");
        }
    }

    /** Inches as em of 12 pt type (6 to the inch), as {@link HtmlWriter} writes them. */
    private static String em(double inches) {
        String value = String.format(Locale.ROOT, "%.2f", inches * 6).replaceAll("0+$", "").replaceAll("\\.$", "");
        return value + "em";
    }
}
