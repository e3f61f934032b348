package dev.showrunner.screenplay.revision;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * One issue of a locked script: level 0 is the locked (White) script itself, level 1 the first
 * revision, and so on.
 *
 * @param level 0 for the lock, then 1, 2, ... in order of issue
 * @param color the paper colour (Blue for level 1 in the usual order, but any may be chosen)
 * @param date the day of issue, printed in the header of its pages
 * @param label free text such as "Production draft" or "Network notes"; may be empty
 * @param mark the character(s) printed in the right margin of lines this revision changed
 */
public record RevisionSet(int level, RevisionColor color, LocalDate date, String label, String mark) {

    /** Final Draft's default mark. */
    public static final String ASTERISK = "*";

    private static final DateTimeFormatter HEADER_DATE = DateTimeFormatter.ofPattern("M/d/yy");

    public RevisionSet {
        if (level < 0) {
            throw new IllegalArgumentException("negative revision level: " + level);
        }
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(mark, "mark");
    }

    /** The locked script: level 0, White. */
    public static RevisionSet locked(LocalDate date, String label) {
        return new RevisionSet(0, RevisionColor.WHITE, date, label, ASTERISK);
    }

    /** The revision after this one, in the next colour, with the default mark. */
    public RevisionSet next(LocalDate date, String label) {
        return new RevisionSet(level + 1, color.next(), date, label, ASTERISK);
    }

    /** The same revision in another colour (productions may skip or reorder colours). */
    public RevisionSet withColor(RevisionColor other) {
        return new RevisionSet(level, other, date, label, mark);
    }

    /** The header printed on this revision's pages: {@code Blue Revision 11/28/26}. */
    public String header() {
        return color.displayName() + " Revision " + date.format(HEADER_DATE);
    }
}
