package dev.showrunner.screenplay.revision;

import dev.showrunner.screenplay.layout.Column;
import dev.showrunner.screenplay.layout.ElementType;
import dev.showrunner.screenplay.layout.Layout;
import dev.showrunner.screenplay.layout.LayoutOptions;
import dev.showrunner.screenplay.layout.Line;
import dev.showrunner.screenplay.layout.Page;
import dev.showrunner.screenplay.layout.PageFormat;
import dev.showrunner.screenplay.layout.Pages;
import dev.showrunner.screenplay.model.Action;
import dev.showrunner.screenplay.model.Centered;
import dev.showrunner.screenplay.model.Cue;
import dev.showrunner.screenplay.model.Dialogue;
import dev.showrunner.screenplay.model.DialogueBlock;
import dev.showrunner.screenplay.model.DialoguePart;
import dev.showrunner.screenplay.model.Element;
import dev.showrunner.screenplay.model.General;
import dev.showrunner.screenplay.model.Lyrics;
import dev.showrunner.screenplay.model.Parenthetical;
import dev.showrunner.screenplay.model.Run;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.model.Shot;
import dev.showrunner.screenplay.model.StyledText;
import dev.showrunner.screenplay.model.TitlePage;
import dev.showrunner.screenplay.model.Transition;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;

/*
 * The real layout behind the PageLayout interface.
 *
 * lines(): the script is paginated once as a whole and its printed lines read in order, the
 * lines the layout adds ((MORE), the cue repeated with (CONT'D) at the head of a page) left out.
 * Line breaks inside a paragraph do not depend on the page, except where the layout splits an
 * action paragraph at a sentence end; the locked text is what the continuous layout printed,
 * so a lock and an unchanged draft agree line for line.
 *
 * fill(): the lines' elements are cut out of the script as a small script of their own, the
 * first and last cut where the lines start and end (a speech continued from the page before
 * starts with its cue marked CONT'D, and a speech continued on the next page ends with (MORE)),
 * and that script is paginated from a fresh page. Its lines map back to the original elements
 * by index and offset.
 */

/** Locked pagination on the layout engine's pages ({@link Layout}): one layout for everything. */
public final class LayoutPages implements PageLayout {

    /** Where the right column of dual dialogue numbers its parts: {@code RIGHT_COLUMN + part}. */
    static final int RIGHT_COLUMN = 1000;

    private final PageFormat format;
    private final LayoutOptions options;

    public LayoutPages(PageFormat format, LayoutOptions options) {
        this.format = Objects.requireNonNull(format, "format");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** The layout for a script: the format its title page asks for, Final Draft's default options. */
    public static LayoutPages forScript(Screenplay script) {
        return new LayoutPages(PageFormat.forScript(script), LayoutOptions.DEFAULTS);
    }

    @Override
    public List<PrintedLine> lines(Screenplay script) {
        IdentityHashMap<Element, Integer> indexes = new IdentityHashMap<>();
        for (int i = 0; i < script.elements().size(); i++) {
            indexes.putIfAbsent(script.elements().get(i), i);
        }
        List<PrintedLine> printed = new ArrayList<>();
        List<Integer> pageOf = new ArrayList<>();
        Screenplay body = new Screenplay(TitlePage.EMPTY, script.elements());
        int pageNumber = 0;
        for (Page page : Layout.paginate(body, format, options.withTitlePage(false)).pages()) {
            int from = printed.size();
            convert(page, indexes, i -> i, printed);
            for (int k = from; k < printed.size(); k++) {
                pageOf.add(pageNumber);
            }
            pageNumber++;
        }
        // A paragraph the layout split over a page break was re-wrapped after the break; its
        // page-independent lines are those of the paragraph laid out alone.
        List<PrintedLine> out = new ArrayList<>(printed.size());
        int k = 0;
        while (k < printed.size()) {
            PrintedLine line = printed.get(k);
            if (line.synthetic()) {
                k++;
                continue;
            }
            int end = k;
            boolean split = false;
            while (end < printed.size() && (printed.get(end).synthetic()
                    || (printed.get(end).element() == line.element() && printed.get(end).part() == line.part()))) {
                split |= !pageOf.get(end).equals(pageOf.get(k));
                end++;
            }
            List<PrintedLine> alone = split ? alone(script, line.element(), line.part()) : List.of();
            if (!alone.isEmpty()) {
                out.addAll(alone);
            } else {
                for (int j = k; j < end; j++) {
                    if (!printed.get(j).synthetic()) {
                        out.add(printed.get(j));
                    }
                }
            }
            k = end;
        }
        return out;
    }

    /** The lines of one text of one element laid out on its own, or none if that splits too. */
    private List<PrintedLine> alone(Screenplay script, int element, int part) {
        Element e = script.elements().get(element);
        IdentityHashMap<Element, Integer> index = new IdentityHashMap<>();
        index.put(e, 0);
        List<PrintedLine> lines = new ArrayList<>();
        Pages pages = Layout.paginate(new Screenplay(TitlePage.EMPTY, List.of(e)), format, options.withTitlePage(false));
        if (pages.count() != 1) {
            return List.of();
        }
        convert(pages.pages().getFirst(), index, i -> element, lines);
        List<PrintedLine> out = new ArrayList<>();
        for (PrintedLine line : lines) {
            if (!line.synthetic() && line.part() == part) {
                out.add(line);
            }
        }
        if (!out.isEmpty()) {
            PrintedLine first = out.getFirst();
            out.set(0, new PrintedLine(first.element(), first.part(), first.start(), first.end(), first.text(),
                    part == -1 ? 1 : 0, false));
        }
        return out;
    }

    @Override
    public List<List<PrintedLine>> fill(Screenplay script, List<PrintedLine> lines) {
        if (lines.isEmpty()) {
            return List.of();
        }
        PrintedLine first = lines.getFirst();
        PrintedLine last = lines.getLast();
        List<Element> elements = new ArrayList<>();
        List<Integer> original = new ArrayList<>();
        for (int i = first.element(); i <= last.element(); i++) {
            Element element = script.elements().get(i);
            boolean cutStart = i == first.element() && first.continues();
            boolean cutEnd = i == last.element() && !endsElement(element, last);
            elements.add(cutStart || cutEnd ? cut(element, cutStart ? first : null, cutEnd ? last : null) : element);
            original.add(i);
        }
        int shiftPart = first.continues() && first.part() >= 0 ? first.part() : 0;
        int shiftStart = first.continues() ? first.start() : 0;
        Screenplay piece = new Screenplay(TitlePage.EMPTY, elements);
        IdentityHashMap<Element, Integer> pieceIndexes = new IdentityHashMap<>();
        for (int k = 0; k < elements.size(); k++) {
            pieceIndexes.putIfAbsent(elements.get(k), k);
        }
        // Where each page of the piece begins, in the original script's positions.
        List<long[]> pageStarts = new ArrayList<>();
        // Final Draft does not charge the cue repeated at the head of a page; in the piece that
        // cue is an ordinary line, so the piece's first page gets the row back.
        PageFormat pieceFormat = format;
        if (first.continues() && first.part() >= 0 && script.elements().get(first.element()) instanceof DialogueBlock) {
            pieceFormat = new PageFormat(format.name(), format.paper(), format.topMargin(),
                    Math.max(0, format.bottomMargin() - 1.0 / 6), format.headerPosition(), format.styles(),
                    format.dualLeft(), format.dualRight());
        }
        List<PrintedLine> all = new ArrayList<>();
        for (Page page : Layout.paginate(piece, pieceFormat, options.withTitlePage(false)).pages()) {
            int from = all.size();
            // One list for all pages, so that a cue repeated at the head of a page is recognised.
            convert(page, pieceIndexes, original::get, all);
            List<PrintedLine> converted = all.subList(from, all.size());
            for (PrintedLine line : converted) {
                if (line.synthetic() || (line.part() == -1 && line.element() == first.element() && first.continues() && first.part() >= 0)) {
                    continue;
                }
                int part = line.part();
                int start = line.start();
                if (line.element() == first.element() && first.continues()) {
                    if (part == first.part()) {
                        start += shiftStart;
                    }
                    if (part >= 0) {
                        part += shiftPart;
                    }
                }
                pageStarts.add(new long[] {line.element(), part, start});
                break;
            }
        }
        // The given lines, each on the page where the layout printed its first character.
        List<List<PrintedLine>> pages = new ArrayList<>();
        int page = 0;
        List<PrintedLine> current = new ArrayList<>();
        for (PrintedLine line : lines) {
            long[] position = {line.element(), line.part(), line.start()};
            while (page + 1 < pageStarts.size() && compare(pageStarts.get(page + 1), position) <= 0) {
                page++;
                if (!current.isEmpty()) {
                    pages.add(current);
                    current = new ArrayList<>();
                }
            }
            current.add(line);
        }
        if (!current.isEmpty()) {
            pages.add(current);
        }
        List<List<PrintedLine>> out = new ArrayList<>(pages.size());
        for (List<PrintedLine> p : pages) {
            out.add(page(script, p));
        }
        return out;
    }

    @Override
    public List<PrintedLine> page(Screenplay script, List<PrintedLine> lines) {
        List<PrintedLine> out = new ArrayList<>(lines.size() + 2);
        if (lines.isEmpty()) {
            return out;
        }
        PrintedLine first = lines.getFirst();
        if (first.continues() && first.part() >= 0 && script.elements().get(first.element()) instanceof DialogueBlock d) {
            out.add(new PrintedLine(first.element(), -1, 0, 0, d.cue().display() + " (CONT'D)", 0, true));
        }
        out.addAll(lines);
        PrintedLine last = lines.getLast();
        if (last.part() >= 0 && !endsElement(script.elements().get(last.element()), last)) {
            out.add(new PrintedLine(last.element(), -1, 0, 0, "(MORE)", 0, true));
        }
        return out;
    }

    private static int compare(long[] a, long[] b) {
        for (int i = 0; i < 3; i++) {
            int c = Long.compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /**
     * Appends a page's lines as printed lines: element indexes through {@code index} and then
     * {@code toOriginal}; (MORE) and a cue repeated over a page break are synthetic.
     */
    private static void convert(Page page, IdentityHashMap<Element, Integer> index,
            java.util.function.IntUnaryOperator toOriginal, List<PrintedLine> out) {
        int previousRow = -1;
        for (Line line : page.lines()) {
            Integer at = line.element() == null ? null : index.get(line.element());
            if (at == null) {
                continue;
            }
            int element = toOriginal.applyAsInt(at);
            int part = line.column() == Column.RIGHT ? RIGHT_COLUMN + line.part() : line.part();
            int space = previousRow < 0 ? 0 : Math.max(0, line.row() - previousRow - 1);
            previousRow = line.row();
            // The layout sets the cue it repeats at the head of a page in row -1, free of charge.
            boolean synthetic = line.type() == ElementType.MORE || line.row() < 0
                    || (line.type() == ElementType.CHARACTER && line.column() == Column.FULL && isRepeatedCue(out, element));
            out.add(new PrintedLine(element, part, Math.max(0, line.start()), Math.max(Math.max(0, line.start()), line.end()),
                    line.text(), space, synthetic));
        }
    }

    /** A cue line after lines of its own speech on the same page cannot be the speech's first. */
    private static boolean isRepeatedCue(List<PrintedLine> out, int element) {
        for (int k = out.size() - 1; k >= 0; k--) {
            PrintedLine line = out.get(k);
            if (line.element() != element) {
                return false;
            }
            if (line.part() >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsElement(Element element, PrintedLine line) {
        return switch (element) {
            case DialogueBlock d -> line.part() == d.parts().size() - 1 && line.end() >= d.parts().getLast().text().length()
                    || (d.parts().isEmpty() && line.part() == -1);
            case dev.showrunner.screenplay.model.DualDialogue d -> true;
            default -> line.end() >= ElementText.of(element).length();
        };
    }

    /** The element cut to begin at {@code from} (when not null) and end at {@code to} (when not null). */
    static Element cut(Element element, PrintedLine from, PrintedLine to) {
        return switch (element) {
            case DialogueBlock d -> {
                int firstPart = from == null ? 0 : Math.max(0, from.part());
                int lastPart = to == null ? d.parts().size() - 1 : Math.min(d.parts().size() - 1, to.part());
                List<DialoguePart> parts = new ArrayList<>();
                for (int p = firstPart; p <= lastPart && p >= 0; p++) {
                    DialoguePart part = d.parts().get(p);
                    int s = from != null && p == from.part() ? from.start() : 0;
                    int e = to != null && p == to.part() ? to.end() : part.text().length();
                    parts.add(withText(part, slice(part.text(), s, e)));
                }
                Cue cue = d.cue();
                if (from != null && from.part() >= 0 && !cue.hasExtension("CONT'D")) {
                    List<String> extensions = new ArrayList<>(cue.extensions());
                    extensions.add("CONT'D");
                    cue = new Cue(cue.name(), extensions, cue.dual(), cue.forced(), cue.span());
                }
                yield new DialogueBlock(cue, parts, d.span());
            }
            case Action a -> new Action(slice(a.text(), from, to), a.forced(), a.span());
            case General g -> new General(slice(g.text(), from, to), g.type(), g.span());
            case Centered c -> new Centered(slice(c.text(), from, to), c.span());
            case Lyrics l -> new Lyrics(slice(l.text(), from, to), l.span());
            case Transition t -> new Transition(slice(t.text(), from, to), t.forced(), t.span());
            case Shot s -> new Shot(slice(s.text(), from, to), s.span());
            default -> element;
        };
    }

    private static DialoguePart withText(DialoguePart part, StyledText text) {
        return switch (part) {
            case Dialogue d -> new Dialogue(text, d.span());
            case Parenthetical p -> new Parenthetical(text, p.span());
        };
    }

    private static StyledText slice(StyledText text, PrintedLine from, PrintedLine to) {
        return slice(text, from == null ? 0 : from.start(), to == null ? text.length() : to.end());
    }

    /** The characters of {@code text} between two offsets, styles kept, notes dropped. */
    static StyledText slice(StyledText text, int start, int end) {
        int length = text.length();
        start = Math.max(0, Math.min(start, length));
        end = Math.max(start, Math.min(end, length));
        List<Run> runs = new ArrayList<>();
        int pos = 0;
        for (Run run : text.runs()) {
            int runEnd = pos + run.text().length();
            int s = Math.max(start, pos);
            int e = Math.min(end, runEnd);
            if (s < e) {
                runs.add(new Run(run.text().substring(s - pos, e - pos), run.styles()));
            }
            pos = runEnd;
        }
        return runs.isEmpty() ? StyledText.EMPTY : new StyledText(runs);
    }
}
