package dev.showrunner.studio.scripts;

import dev.showrunner.print.RevisionPdfWriter;
import dev.showrunner.print.RevisionTextWriter;
import dev.showrunner.screenplay.layout.PageFormat;
import dev.showrunner.screenplay.revision.Lock;
import dev.showrunner.screenplay.revision.Revision;
import dev.showrunner.screenplay.revision.RevisionColor;
import dev.showrunner.screenplay.revision.RevisionSet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Issuing a coloured revision and printing its pages, as {@code showrunner revise} and the
 * studio both do it (docs/revisions.md, rules 11 and 12): one implementation, so a revision
 * issued in the studio prints exactly as the command line prints it.
 */
public final class RevisedPages {

    /** What the colour choice says when it names no colour. */
    public static final String COLOURS = "blue, pink, yellow, green, goldenrod, buff, salmon, cherry, double-white, ...";

    private RevisedPages() {}

    /**
     * The revision to issue after {@code lock}'s latest: the next colour in the industry's order,
     * or {@code color} when given (any colour but White, which is the lock's own paper).
     *
     * @throws IllegalArgumentException naming the colour when it is no colour, or plain White
     */
    public static RevisionSet next(Lock lock, LocalDate date, String label, String color, String mark) {
        RevisionSet next = lock.current().next(date, label == null ? "" : label.strip());
        if (color != null && !color.isBlank() && !color.strip().equalsIgnoreCase("next")) {
            Optional<RevisionColor> chosen = RevisionColor.parse(color);
            if (chosen.isEmpty()) {
                throw new IllegalArgumentException("unknown revision colour '" + color.strip() + "' (use " + COLOURS + ")");
            }
            if (chosen.get().equals(RevisionColor.WHITE)) {
                throw new IllegalArgumentException("White is the locked script's paper; a revision takes another colour"
                        + " (the next is " + next.color().displayName() + ")");
            }
            next = next.withColor(chosen.get());
        }
        return new RevisionSet(next.level(), next.color(), next.date(), next.label(), mark);
    }

    /**
     * The revision's pages as a PDF: every page under its locked number with the revision's
     * header, scene numbers in both margins and marks in the right margin.
     *
     * @param pagesOnly only the pages this revision changed, added, combined or omitted; else the
     *     full shooting script with every revision so far
     * @param tint each page coloured like its revision's paper
     */
    public static byte[] pdf(Revision.Revised revised, boolean pagesOnly, boolean tint) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            RevisionPdfWriter.write(revised, PageFormat.forScript(revised.script()), pagesOnly, tint, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The same pages as text ({@link RevisionTextWriter}): a second format, dual dialogue side by side. */
    public static String text(Revision.Revised revised, boolean pagesOnly) {
        return RevisionTextWriter.of(revised, PageFormat.forScript(revised.script()), pagesOnly);
    }
}
