package dev.showrunner.screenplay.revision;

import dev.showrunner.screenplay.model.Element;
import dev.showrunner.screenplay.model.SceneHeading;
import java.util.List;

/**
 * Revised pages as plain text, for the command line and for reading in a terminal: each page
 * under a rule naming its number and, on a revision's paper, the revision header; scene numbers
 * in both margins of headings; marks in a right-hand margin. Not a print format: the PDF comes
 * from the print module, from the same {@link Revision.Revised} value.
 */
public final class RevisedPagesText {

    /** Column of the revision mark (the body is at most 61 characters wide, from column 10). */
    static final int MARK_COLUMN = 78;

    private RevisedPagesText() {}

    /**
     * @param pagesOnly only the pages this revision changed, added, combined or omitted
     */
    public static String of(Revision.Revised revised, boolean pagesOnly) {
        List<Revision.Page> pages = pagesOnly ? revised.changedPages() : revised.pages();
        StringBuilder out = new StringBuilder(pages.size() * 3000);
        List<Element> elements = revised.script().elements();
        for (Revision.Page page : pages) {
            String title = "Page " + page.number() + (page.status() == Revision.Status.UNCHANGED ? "" : " (" + page.status().name().toLowerCase(java.util.Locale.ROOT) + ")");
            String header = page.revision() > 0 ? revised.lock().revision(page.revision()).header() : "";
            out.append("==== ").append(title).append(' ');
            int fill = MARK_COLUMN - 6 - title.length() - header.length();
            out.append("=".repeat(Math.max(3, fill))).append(' ').append(header).append('\n');
            boolean top = true;
            for (Revision.MarkedLine marked : page.lines()) {
                PrintedLine line = marked.line();
                if (!top) {
                    out.append("\n".repeat(Math.min(line.spaceBefore(), 2)));
                }
                top = false;
                StringBuilder text = new StringBuilder();
                String number = null;
                if (!line.synthetic() && line.part() == -1 && line.start() == 0 && line.element() < elements.size()
                        && elements.get(line.element()) instanceof SceneHeading h && h.sceneNumber() != null) {
                    number = h.sceneNumber();
                }
                text.append(number == null ? "" : number);
                text.append(" ".repeat(Math.max(1, 10 - text.length())));
                text.append(line.text());
                if (number != null) {
                    text.append("  ").append(number);
                }
                if (marked.isMarked()) {
                    text.append(" ".repeat(Math.max(1, MARK_COLUMN - text.length()))).append(marked.mark());
                }
                out.append(text.toString().stripTrailing()).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }
}
