package dev.showrunner.screenplay.revision;

import dev.showrunner.screenplay.model.Screenplay;
import java.util.List;

/**
 * What locked pagination needs from the layout engine: the printed lines of a script, and the
 * filling of lines onto pages. The layout module provides the real one (one layout serves
 * PDF, preview, page counts and revisions, so a page number is the same everywhere).
 *
 * <p>Contract, on which locked pages rely:
 *
 * <ul>
 *   <li>{@link #lines} does not depend on pages: an element prints the same lines wherever it
 *       falls. It returns no synthetic lines.
 *   <li>{@link #fill} keeps every line it is given, in order, starting on a fresh page; it may
 *       add synthetic lines (MORE, CONT'D), including a continuation cue when the first line
 *       given starts inside an element. It returns no page for no lines.
 *   <li>Stability: filling exactly the lines of one page that {@code fill} produced gives that
 *       page again. This is what makes a lock followed by no edit reproduce the same pages.
 * </ul>
 */
public interface PageLayout {

    /** The script's printed lines in reading order, not yet on pages. */
    List<PrintedLine> lines(Screenplay script);

    /**
     * The lines put on as many pages as they need, from the top of a fresh page.
     *
     * @param script the script {@code lines} were set from by {@link #lines}
     * @param lines a run of consecutive lines of it
     */
    List<List<PrintedLine>> fill(Screenplay script, List<PrintedLine> lines);

    /**
     * A locked page printed again unchanged: {@code lines} are known to make one page, so they
     * are not paginated again; the layout adds what it prints around them (a continued cue at
     * the head, (MORE) at the foot). The default fills and joins the result.
     */
    default List<PrintedLine> page(Screenplay script, List<PrintedLine> lines) {
        List<PrintedLine> out = new java.util.ArrayList<>(lines.size() + 2);
        fill(script, lines).forEach(out::addAll);
        return out;
    }
}
