package dev.showrunner.print;

import dev.showrunner.screenplay.layout.ElementStyle;
import dev.showrunner.screenplay.layout.ElementType;
import dev.showrunner.screenplay.layout.PageFormat;
import dev.showrunner.screenplay.model.Action;
import dev.showrunner.screenplay.model.Centered;
import dev.showrunner.screenplay.model.DialogueBlock;
import dev.showrunner.screenplay.model.DualDialogue;
import dev.showrunner.screenplay.model.Element;
import dev.showrunner.screenplay.model.General;
import dev.showrunner.screenplay.model.Lyrics;
import dev.showrunner.screenplay.model.Parenthetical;
import dev.showrunner.screenplay.model.SceneHeading;
import dev.showrunner.screenplay.model.Shot;
import dev.showrunner.screenplay.model.Transition;
import dev.showrunner.screenplay.revision.PrintedLine;
import dev.showrunner.screenplay.revision.Revision;
import dev.showrunner.screenplay.revision.RevisionSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where each thing on a revised page goes (docs/revisions.md, rules 10 to 12): the page number
 * ({@code 23A.}), the revision header, every line at its element's indent, the scene numbers in
 * both margins and the marks in the right margin. {@link RevisionPdfWriter} and
 * {@link RevisionHtmlWriter} draw these same placements, so the studio's page view of a locked
 * script is the PDF's page.
 */
final class RevisionPlacement {

    /** What a placed piece of text is. */
    enum Kind { PAGE_NUMBER, HEADER, LINE, SCENE_NUMBER, MARK }

    /**
     * One piece of text at {@code x} inches from the left edge and {@code top} inches from the
     * top; for a {@link Kind#LINE}, {@code line} is the line it prints and {@code type} its
     * paragraph style.
     */
    record Placed(Kind kind, String text, double x, double top, Revision.MarkedLine line, ElementType type) {}

    /**
     * Where the revision engine numbers the right column of dual dialogue: its parts from 1000,
     * its cue (part -1 of the column) at 999 (LayoutPages.RIGHT_COLUMN).
     */
    private static final int RIGHT_CUE = 999;

    private RevisionPlacement() {}

    static List<Placed> place(Revision.Revised revised, Revision.Page page, PageFormat format) {
        List<Placed> out = new ArrayList<>();
        double header = format.headerPosition();
        String number = page.number() + ".";
        ElementStyle action = format.style(ElementType.ACTION);
        if (!page.number().equals("1")) {
            out.add(new Placed(Kind.PAGE_NUMBER, number, action.rightIndent() - number.length() / 10.0, header, null, null));
        }
        RevisionSet paper = revised.lock().revision(page.revision());
        if (page.revision() > 0) {
            out.add(new Placed(Kind.HEADER, paper.header(), action.leftIndent(), header, null, null));
        }
        List<Element> elements = revised.script().elements();
        // A cue repeated at the head of the page stands in row -1, as the layout sets it.
        boolean repeatedCue = !page.lines().isEmpty() && page.lines().getFirst().line().synthetic()
                && !page.lines().getFirst().line().text().equals("(MORE)");
        int row = repeatedCue ? -1 : 0;
        boolean first = true;
        PrintedLine previous = null;
        for (Revision.MarkedLine marked : page.lines()) {
            PrintedLine line = marked.line();
            Element element = line.element() < elements.size() ? elements.get(line.element()) : null;
            ElementType type = type(element, line);
            boolean dual = element instanceof DualDialogue && !line.synthetic();
            ElementStyle style = dual ? (line.part() >= RIGHT_CUE ? format.dualRight() : format.dualLeft())
                    : element instanceof General g && !line.synthetic()
                            ? format.style(g.type()) // New Act, Cast List, ...: the type's own settings
                            : format.style(type);
            // the engine gives dual dialogue's lines row by row, left then right: a right-column
            // line after a left-column line of the same speeches stands on that line's row
            boolean besideLeft = dual && line.part() >= RIGHT_CUE && previous != null && !previous.synthetic()
                    && previous.element() == line.element() && previous.part() < RIGHT_CUE;
            if (!first && !besideLeft) {
                row += 1 + (repeatedCue && row == -1 ? 0 : Math.min(line.spaceBefore(), 3));
            }
            first = false;
            previous = line;
            double top = format.topMargin() + row / 6.0;
            String shown = style.uppercase() ? line.text().toUpperCase(Locale.ROOT) : line.text();
            double width = shown.length() / 10.0;
            double x = switch (style.alignment()) {
                case LEFT -> style.leftIndent();
                case RIGHT -> style.rightIndent() - width;
                case CENTER -> (style.leftIndent() + style.rightIndent()) / 2 - width / 2;
            };
            out.add(new Placed(Kind.LINE, shown, x, top, marked, type));
            double markAt = Revision.MARK_POSITION_INCHES;
            if (element instanceof SceneHeading h && !line.synthetic() && line.start() == 0 && h.sceneNumber() != null) {
                String scene = h.sceneNumber();
                out.add(new Placed(Kind.SCENE_NUMBER, scene, 1.25 - scene.length() / 10.0, top, null, null));
                out.add(new Placed(Kind.SCENE_NUMBER, scene, 7.35, top, null, null));
                markAt = Math.max(markAt, 7.35 + scene.length() / 10.0 + 0.1);
            }
            if (marked.isMarked()) {
                out.add(new Placed(Kind.MARK, marked.mark(), markAt, top, null, null));
            }
        }
        return out;
    }

    /** The paragraph type a line prints as. */
    private static ElementType type(Element element, PrintedLine line) {
        if (line.synthetic()) {
            return line.text().equals("(MORE)") ? ElementType.MORE : line.text().equals("OMITTED")
                    ? ElementType.SCENE_HEADING : ElementType.CHARACTER;
        }
        return switch (element) {
            case SceneHeading h -> ElementType.SCENE_HEADING;
            case Action a -> ElementType.ACTION;
            case Transition t -> ElementType.TRANSITION;
            case Shot s -> ElementType.SHOT;
            case Centered c -> ElementType.CENTERED;
            case Lyrics l -> ElementType.LYRICS;
            case General g -> ElementType.GENERAL;
            case DialogueBlock d -> line.part() < 0 ? ElementType.CHARACTER
                    : d.parts().get(Math.min(line.part(), d.parts().size() - 1)) instanceof Parenthetical
                            ? ElementType.PARENTHETICAL : ElementType.DIALOGUE;
            case DualDialogue d -> line.part() == -1 || line.part() == RIGHT_CUE ? ElementType.CHARACTER : ElementType.DIALOGUE;
            case null, default -> ElementType.ACTION;
        };
    }
}
