package dev.showrunner.print;

import dev.showrunner.screenplay.layout.PageFormat;
import dev.showrunner.screenplay.revision.Revision;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The pages of a revised locked script as plain text, for a terminal and for the studio's
 * text download: each page under a rule naming its number, what the revision did to it and,
 * on a revision's paper, the revision header; then every line where the PDF prints it
 * ({@link RevisionPlacement}), ten characters to the inch, so scene numbers stand in both
 * margins, marks in the right one, and dual dialogue side by side. Not a print format: the PDF
 * is {@link RevisionPdfWriter}'s.
 */
public final class RevisionTextWriter {

    /** Width of the rule above each page, in characters. */
    private static final int RULE = 78;

    /** The half inch of paper left of the first column (ten characters to the inch). */
    private static final int LEFT_EDGE = 5;

    private RevisionTextWriter() {}

    /** @param pagesOnly only the pages this revision changed, added, combined or omitted */
    public static String of(Revision.Revised revised, PageFormat format, boolean pagesOnly) {
        List<Revision.Page> pages = pagesOnly ? revised.changedPages() : revised.pages();
        StringBuilder out = new StringBuilder(pages.size() * 3000);
        for (Revision.Page page : pages) {
            String title = "Page " + page.number() + (page.status() == Revision.Status.UNCHANGED ? ""
                    : " (" + page.status().name().toLowerCase(Locale.ROOT) + ")");
            String header = page.revision() > 0 ? revised.lock().revision(page.revision()).header() : "";
            out.append("==== ").append(title).append(' ')
                    .append("=".repeat(Math.max(3, RULE - 6 - title.length() - header.length()))).append(' ')
                    .append(header).append('\n');
            // each row's pieces, left to right, then written at their columns
            List<List<RevisionPlacement.Placed>> rows = new ArrayList<>();
            int lastRow = Integer.MIN_VALUE;
            for (RevisionPlacement.Placed placed : RevisionPlacement.place(revised, page, format)) {
                if (placed.kind() == RevisionPlacement.Kind.PAGE_NUMBER || placed.kind() == RevisionPlacement.Kind.HEADER) {
                    continue; // the rule says them
                }
                int row = (int) Math.round((placed.top() - format.topMargin()) * 6);
                if (row != lastRow) {
                    if (lastRow != Integer.MIN_VALUE) {
                        // blank rows as the page has them, at most two in a row
                        for (int gap = Math.min(row - lastRow - 1, 2); gap > 0; gap--) {
                            rows.add(List.of());
                        }
                    }
                    rows.add(new ArrayList<>());
                    lastRow = row;
                }
                rows.getLast().add(placed);
            }
            for (List<RevisionPlacement.Placed> row : rows) {
                StringBuilder text = new StringBuilder();
                for (RevisionPlacement.Placed placed : row.stream()
                        .sorted(java.util.Comparator.comparingDouble(RevisionPlacement.Placed::x)).toList()) {
                    int column = Math.max(0, (int) Math.round(placed.x() * 10) - LEFT_EDGE);
                    text.append(" ".repeat(Math.max(text.isEmpty() ? 0 : 1, column - text.length()))).append(placed.text());
                }
                out.append(text.toString().stripTrailing()).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }
}
