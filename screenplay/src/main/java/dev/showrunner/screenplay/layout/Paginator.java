package dev.showrunner.screenplay.layout;

import dev.showrunner.screenplay.layout.Blocks.Block;
import dev.showrunner.screenplay.layout.Blocks.Break;
import dev.showrunner.screenplay.layout.Blocks.Dual;
import dev.showrunner.screenplay.layout.Blocks.Flow;
import dev.showrunner.screenplay.layout.Blocks.Speech;
import dev.showrunner.screenplay.layout.Blocks.Text;
import dev.showrunner.screenplay.model.Run;
import dev.showrunner.screenplay.model.SceneHeading;
import dev.showrunner.screenplay.model.StyledText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/*
 * Fills pages greedily, one block at a time, with Final Draft's rules for what may end a page
 * (docs/pagination.md §6-§8):
 *
 *   - space before a block is dropped at the top of a page;
 *   - a block that fits is placed, unless it must stay with the next one (scene heading, shot,
 *     act heading) and the next cannot start on this page;
 *   - a block that does not fit is split when its kind allows and a legal split fits
 *     (action of 4 lines or more and speeches: at sentence ends, two lines on each side;
 *     speeches get (MORE) below the last row and the cue again with (CONT'D) above the first
 *     row of the next page, neither charged to the page);
 *   - a transition that does not fit takes the block above it to the next page;
 *   - otherwise the block goes to the next page; a block taller than a page is cut where it must.
 *
 * Pages are handed to the sink as they are finished, so a long script never has to be held.
 * Each measure here was checked against Final Draft's pages of the corpus scripts.
 */
final class Paginator {

    /** Fewest wrapped lines a split may leave on either side. */
    static final int MIN_LINES = 2;
    /** A speech part is split inside only when it wraps to at least this many lines. */
    static final int MIN_SPLITTABLE_PART = 3;
    /** A bottom fragment of at least this many content lines does not look stranded. */
    static final int SUBSTANTIAL_BOTTOM = 3;
    /** An action paragraph is split only when it wraps to at least this many lines. */
    static final int MIN_SPLITTABLE_ACTION = 4;

    private final PageFormat format;
    private final LayoutOptions options;
    private final int pageRows;
    private final Consumer<Page> sink;

    private final List<SceneLength> scenes = new ArrayList<>();
    private List<Line> lines = new ArrayList<>();
    private int used;
    private int number = 1;
    private Page held;
    private boolean sceneOpen;

    // The last block placed whole on this page, for a transition to take along.
    private Block lastBlock;
    private int lastBlockLine = -1;
    private int lastBlockUsed;
    private boolean lastBlockHasEarlier;

    // Scene accounting, in rows of printed flow (page breaks not counted).
    private long flowBefore;
    // Rows of the pages finished so far, full pages counted whole: positions on paper, for eighths.
    private long paperBefore;
    private long sceneStartOnPaper;
    private SceneHeading sceneHeading;
    private String sceneNumber;
    private int scenePage;
    private long sceneStart;
    private int sceneCount;

    Paginator(PageFormat format, LayoutOptions options, Consumer<Page> sink) {
        this.format = format;
        this.options = options;
        this.pageRows = format.linesPerPage();
        this.sink = sink;
    }

    List<SceneLength> scenes() {
        return scenes;
    }

    int pageCount() {
        return number;
    }

    void run(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            place(block, next);
        }
        closeScene(paperBefore + used);
        finishPage(true);
    }

    private boolean pageHasContent() {
        return !lines.isEmpty();
    }

    private void place(Block block, Block next) {
        if (block instanceof Break) {
            if (pageHasContent()) {
                newPage();
            }
            return;
        }
        if (block.startsNewPage() && pageHasContent()) {
            newPage();
        }
        if (block instanceof Dual dual && dual.rows() > pageRows) {
            // Side by side it could never fit: print one speech after the other, each splittable.
            place(dual.left, dual.right);
            place(dual.right, next);
            return;
        }
        Block current = block;
        int guard = 0;
        while (current != null) {
            if (++guard > 100_000) {
                // A bug, never a property of the script; the message points at the text that met it.
                var span = current.element == null ? null : current.element.span();
                throw new IllegalStateException((span == null || span.line() <= 0 ? ""
                        : "line " + span.line() + ", column " + span.column() + ": ") + "pagination did not progress");
            }
            int space = pageHasContent() ? current.spaceBefore : 0;
            int avail = pageRows - used - space;
            if (current.rows() <= avail) {
                if (keepsWithNext(current) && pageHasContent() && !canStart(next, used + space + current.rows())) {
                    newPage();
                    continue;
                }
                emitWhole(current, space);
                return;
            }
            Split split = split(current, avail, false);
            if (split != null) {
                emitPart(split.top, space, split.more);
                newPage();
                current = split.bottom;
                continue;
            }
            if (current instanceof Flow flow && flow.text.type == ElementType.TRANSITION && pullLastBlock()) {
                continue;
            }
            if (pageHasContent()) {
                newPage();
                continue;
            }
            // Taller than a whole page: cut wherever the lines run out.
            split = split(current, avail, true);
            if (split == null) {
                emitWhole(current, space); // nothing to cut: let it overrun rather than loop
                return;
            }
            emitPart(split.top, space, split.more);
            newPage();
            current = split.bottom;
        }
    }

    private static boolean keepsWithNext(Block block) {
        return block instanceof Flow flow && flow.keepWithNext;
    }

    /** Whether {@code next} can begin on this page when {@code usedAfter} rows are taken. */
    private boolean canStart(Block next, int usedAfter) {
        if (next == null || next instanceof Break) {
            return true;
        }
        int avail = pageRows - usedAfter - next.spaceBefore;
        if (next.rows() <= avail) {
            return true;
        }
        return split(next, avail, false) != null;
    }

    // ---- splitting ------------------------------------------------------------------------

    /** A block cut in two: {@code top} ends this page, {@code bottom} begins the next. */
    private record Split(Block top, Block bottom, boolean more) {}

    private Split split(Block block, int avail, boolean force) {
        return switch (block) {
            case Flow flow -> flow.splittable || force ? splitFlow(flow, avail, force) : null;
            case Speech speech -> splitSpeech(speech, avail, force);
            case Dual dual -> null;
            case Break b -> null;
        };
    }

    private Split splitFlow(Flow flow, int avail, boolean force) {
        Text text = flow.text;
        int spacing = text.style.lineSpacing();
        int maxLines = avail / spacing;
        if (force) {
            int n = Math.max(1, maxLines);
            if (n >= text.lineCount()) {
                return null;
            }
            int cut = text.lines[2 * n];
            return new Split(flow.withText(text.upTo(cut)), flow.withText(text.from(cut)), false);
        }
        if (maxLines < MIN_LINES || text.lineCount() < MIN_SPLITTABLE_ACTION) {
            return null;
        }
        int best = -1;
        long bestScore = Long.MIN_VALUE;
        for (int offset : LineBreaker.sentenceStarts(text.plain, text.from, text.to)) {
            Text top = text.upTo(offset);
            int topLines = top.lineCount();
            if (topLines > maxLines || topLines < MIN_LINES) {
                continue;
            }
            Text bottom = text.from(offset);
            int bottomLines = bottom.lineCount();
            if (bottomLines < MIN_LINES) {
                continue;
            }
            long score = (long) topLines * 1000 - Math.abs(topLines - bottomLines);
            if (score > bestScore) {
                bestScore = score;
                best = offset;
            }
        }
        if (best < 0) {
            return null;
        }
        return new Split(flow.withText(text.upTo(best)), flow.withText(text.from(best)), false);
    }

    private Split splitSpeech(Speech speech, int avail, boolean force) {
        // (MORE) is printed below the last row without being charged (docs/pagination.md §7.2).
        int budget = avail - speech.cueRows();
        if (budget <= 0) {
            return null;
        }
        List<Text> parts = speech.parts;
        Candidate best = null;
        for (int k = 0; k < parts.size(); k++) {
            Text part = parts.get(k);
            if (k < parts.size() - 1) {
                best = better(best, candidate(speech, k, part.to, LineBreaker.endsSentence(part.plain, part.from, part.to), budget, force));
            }
            if (part.type == ElementType.DIALOGUE && (part.lineCount() >= MIN_SPLITTABLE_PART || force)) {
                for (int offset : LineBreaker.sentenceStarts(part.plain, part.from, part.to)) {
                    best = better(best, candidate(speech, k, offset, true, budget, force));
                }
            }
            if (force && part.lineCount() > 1) {
                for (int line = 1; line < part.lineCount(); line++) {
                    best = better(best, candidate(speech, k, part.lines[2 * line], false, budget, true));
                }
            }
        }
        if (best == null) {
            return null;
        }
        List<Text> top = new ArrayList<>();
        List<Text> bottom = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            Text part = parts.get(k);
            if (k < best.part) {
                top.add(part);
            } else if (k > best.part) {
                bottom.add(part);
            } else if (best.offset >= part.to) {
                top.add(part);
            } else {
                top.add(part.upTo(best.offset));
                bottom.add(part.from(best.offset));
            }
        }
        // Final Draft repeats the cue with (CONT'D) in the top margin of the next page, above
        // its first row: it takes no row of the page (docs/pagination.md §7.3).
        boolean more = options.moreAndContd();
        Text cue = more ? Blocks.continuedCue(speech) : speech.cue;
        Speech upper = new Speech(speech.element, speech.block, speech.column, speech.cue, top, speech.spaceBefore,
                speech.moreStyle, speech.cueAbove);
        // A cue too long for one line (never seen in practice) is printed on the page instead.
        Speech lower = new Speech(speech.element, speech.block, speech.column, cue, bottom, speech.spaceBefore,
                speech.moreStyle, more && cue.lineCount() == 1);
        return new Split(upper, lower, options.moreAndContd());
    }

    private record Candidate(int part, int offset, boolean endsSentence, int topRows, int topLines, int bottomLines, int topChars) {
        long score() {
            // Final Draft's preferences in order: end on a sentence, leave a substantial
            // continuation, fill the page, balance the halves, keep more text above.
            long s = endsSentence ? 1 : 0;
            s = s * 2 + (bottomLines >= SUBSTANTIAL_BOTTOM ? 1 : 0);
            s = s * 1000 + topRows;
            s = s * 1000 + (999 - Math.min(999, Math.abs(topLines - bottomLines)));
            s = s * 100_000 + Math.min(99_999, topChars);
            return s;
        }
    }

    private static Candidate better(Candidate a, Candidate b) {
        if (b == null) {
            return a;
        }
        if (a == null) {
            return b;
        }
        return b.score() > a.score() ? b : a;
    }

    private static Candidate candidate(Speech speech, int partIndex, int offset, boolean endsSentence, int budget, boolean force) {
        int topRows = 0;
        int topLines = 0;
        int bottomLines = 0;
        int topChars = 0;
        List<Text> parts = speech.parts;
        for (int k = 0; k < parts.size(); k++) {
            Text part = parts.get(k);
            if (k < partIndex || (k == partIndex && offset >= part.to)) {
                topRows += part.rows();
                topLines += part.lineCount();
                topChars += part.to - part.from;
            } else if (k > partIndex) {
                bottomLines += part.lineCount();
            } else {
                Text upper = part.upTo(offset);
                Text lower = part.from(offset);
                if (upper.isEmpty() || lower.isEmpty()) {
                    return null;
                }
                topRows += upper.rows();
                topLines += upper.lineCount();
                topChars += upper.to - upper.from;
                bottomLines += lower.lineCount();
            }
        }
        if (topRows > budget || topLines == 0 || bottomLines == 0) {
            return null;
        }
        if (!force && (topLines < MIN_LINES || bottomLines < MIN_LINES)) {
            return null;
        }
        return new Candidate(partIndex, offset, endsSentence, topRows, topLines, bottomLines, topChars);
    }

    // ---- transitions ----------------------------------------------------------------------

    /** Moves the last block placed on this page to a new page, when something stands above it. */
    private boolean pullLastBlock() {
        if (lastBlock == null || !lastBlockHasEarlier || lastBlockLine < 0) {
            return false;
        }
        Block moved = lastBlock;
        lines.subList(lastBlockLine, lines.size()).clear();
        used = lastBlockUsed;
        if (moved instanceof Flow flow && flow.text.type == ElementType.SCENE_HEADING) {
            return false; // never happens: a heading keeps with what follows
        }
        newPage();
        emitWhole(moved, 0);
        return true;
    }

    // ---- emitting lines -------------------------------------------------------------------

    private void emitWhole(Block block, int space) {
        boolean hadContent = pageHasContent();
        int firstLine = lines.size();
        int before = used;
        if (block instanceof Flow flow && flow.text.type == ElementType.SCENE_HEADING) {
            openScene((SceneHeading) flow.element, flow.sceneNumber, space);
        }
        emit(block, space, false);
        lastBlock = block;
        lastBlockLine = firstLine;
        lastBlockUsed = before;
        lastBlockHasEarlier = hadContent;
    }

    private void emitPart(Block block, int space, boolean more) {
        emit(block, space, more);
        lastBlock = null;
    }

    private void emit(Block block, int space, boolean more) {
        used += space;
        switch (block) {
            case Flow flow -> used += emitText(flow.text, flow, Column.FULL, used, flow.sceneNumber);
            case Speech speech -> used += emitSpeech(speech, used, more);
            case Dual dual -> {
                int first = lines.size();
                int left = emitSpeech(dual.left, used, false);
                int right = emitSpeech(dual.right, used, false);
                used += Math.max(left, right);
                // Reading order: row by row, the left column before the right.
                lines.subList(first, lines.size()).sort(
                        java.util.Comparator.comparingInt(Line::row).thenComparing(Line::column));
            }
            case Break b -> { }
        }
    }

    private int emitSpeech(Speech speech, int row, boolean more) {
        int rows = speech.cueAbove ? 0 : emitText(speech.cue, speech, speech.column, row, null);
        if (speech.cueAbove) {
            emitText(speech.cue, speech, speech.column, row - speech.cue.rows(), null);
        }
        for (Text part : speech.parts) {
            rows += emitText(part, speech, speech.column, row + rows, null);
        }
        if (more) {
            String label = "(MORE)";
            lines.add(new Line(row + rows, ElementType.MORE, speech.moreStyle.leftIndent(), List.of(Run.plain(label)),
                    speech.element, speech.column, -1, 0, 0, null));
            rows += 1;
        }
        return rows;
    }

    private int emitText(Text text, Block block, Column column, int row, String sceneNumber) {
        ElementStyle style = text.style;
        int count = text.lineCount();
        for (int i = 0; i < count; i++) {
            int start = text.lines[2 * i];
            int end = text.lines[2 * i + 1];
            List<Run> runs = slice(text.styled, start, end);
            double width = (end - start) / 10.0;
            double x = switch (style.alignment()) {
                // A parenthetical's first line hangs one column left, past its "(" (Final Draft's
                // first-line indent of -0.1 in).
                case LEFT -> style.leftIndent() - (i == 0 && start == text.from && text.type == ElementType.PARENTHETICAL
                        && text.plain.startsWith("(") && text.from == 0 ? 0.1 : 0);
                case RIGHT -> style.rightIndent() - width;
                case CENTER -> (style.leftIndent() + style.rightIndent()) / 2 - width / 2;
            };
            lines.add(new Line(row + i * style.lineSpacing(), text.type, x, runs, block.element, column, text.part,
                    start, end, i == 0 ? sceneNumber : null));
        }
        return count * style.lineSpacing();
    }

    /** The runs of {@code text} between two offsets of its plain characters. */
    static List<Run> slice(StyledText text, int start, int end) {
        if (start >= end) {
            return List.of();
        }
        List<Run> runs = text.runs();
        if (runs.size() == 1) {
            Run run = runs.getFirst();
            return List.of(start == 0 && end == run.text().length() ? run : new Run(run.text().substring(start, end), run.styles()));
        }
        List<Run> out = new ArrayList<>(2);
        int pos = 0;
        for (Run run : runs) {
            int len = run.text().length();
            int a = Math.max(start, pos);
            int b = Math.min(end, pos + len);
            if (a < b) {
                out.add(new Run(run.text().substring(a - pos, b - pos), run.styles()));
            }
            pos += len;
            if (pos >= end) {
                break;
            }
        }
        return out;
    }

    // ---- pages and scenes -----------------------------------------------------------------

    private void newPage() {
        finishPage(false);
    }

    private void finishPage(boolean last) {
        if (!pageHasContent() && !last) {
            return;
        }
        if (!pageHasContent() && held != null) {
            sink.accept(held); // the script ended on a page break: no blank page after it
            held = null;
            number--;
            return;
        }
        flowBefore += used;
        paperBefore += pageRows;
        boolean startsMidScene = sceneOpen && !lines.isEmpty() && lines.getFirst().type() != ElementType.SCENE_HEADING;
        if (held != null) {
            sink.accept(new Page(held.number(), held.lines(), held.continuedFromPrevious(), startsMidScene));
        }
        held = new Page(number, lines, startsMidScene && number > 1, false);
        if (last) {
            sink.accept(held);
            held = null;
            return;
        }
        number++;
        lines = new ArrayList<>();
        used = 0;
        lastBlock = null;
        lastBlockLine = -1;
    }

    private void openScene(SceneHeading heading, String printedNumber, int space) {
        closeScene(paperBefore + used + space);
        sceneCount++;
        sceneHeading = heading;
        sceneNumber = heading.sceneNumber() != null ? heading.sceneNumber()
                : printedNumber != null ? printedNumber : Integer.toString(sceneCount);
        scenePage = number;
        sceneStart = flowBefore + used + space;
        sceneStartOnPaper = paperBefore + used + space;
        sceneOpen = true;
    }

    /** The nearest eighth-of-a-page line to a position on paper. */
    private long eighthLine(long rowsOnPaper) {
        return Math.round(rowsOnPaper * 8.0 / pageRows);
    }

    /**
     * Closes the open scene at {@code endOnPaper}, where the next heading's row (its space above
     * included) or the end of the script stands.
     */
    private void closeScene(long endOnPaper) {
        if (sceneHeading == null) {
            return;
        }
        long end = flowBefore + used;
        int rows = (int) Math.max(0, end - sceneStart);
        // Eighths are measured on paper, as a production office measures them: from the heading
        // to the next heading, the space a scene leaves at the foot of a page included, with both
        // ends rounded to the page's eighth lines, so that the scenes of a page add up to 8/8.
        int eighths = Math.max(1, (int) (eighthLine(endOnPaper) - eighthLine(sceneStartOnPaper)));
        scenes.add(new SceneLength(sceneHeading, sceneNumber, scenePage, rows, eighths));
        sceneHeading = null;
    }
}
