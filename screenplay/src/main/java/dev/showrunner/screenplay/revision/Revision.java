package dev.showrunner.screenplay.revision;

import dev.showrunner.screenplay.model.Screenplay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/*
 * Locked pagination (docs/revisions.md, rules 6 to 12).
 *
 * 1. The new draft is numbered against the lock (SceneNumbers.apply) and set into lines by
 *    the layout, without pages.
 * 2. The locked lines and the new lines are compared with LineDiff. A kept line goes home to
 *    the page it was locked on; a rewritten run of lines goes to the pages of the lines it
 *    replaced, spread in proportion; an inserted run goes to the page of the line before it.
 *    Homes therefore never decrease, and locked page breaks stay where they were.
 * 3. Each locked page's lines are filled onto pages by the layout: one page keeps the number;
 *    more become A-pages (23A, 23B, by LockNumber.between); none, and the page is combined into
 *    the page before it (23-24) or printed as omitted.
 * 4. Consecutive pages that changed and whose lines now fit on one page print as one combined
 *    page (23-24): the production office replaces two pages with one.
 * 5. A line matched to a locked line keeps the revision level it had; a new or rewritten line
 *    takes the current level; where lines were deleted, the next line on the same page (else
 *    the one before) takes the current level, so that the cut is marked.
 */

/** Locking a draft and issuing revisions against the lock. */
public final class Revision {

    /**
     * Where Final Draft prints revision marks: 7.75 in from the left edge of the page, in the
     * right margin of US Letter. A printer takes the position from the page format; this is the
     * default it falls back to.
     */
    public static final double MARK_POSITION_INCHES = 7.75;

    private Revision() {}

    /**
     * What to do with options Final Draft offers.
     *
     * @param markEarlierRevisions print the marks of earlier revisions too (Final Draft's
     *     default); when false, only the current revision's changes are marked
     * @param omitEmptiedPages print an emptied page as its own page reading OMITTED, instead of
     *     combining its number into the page before ({@code 23-24})
     */
    public record Options(boolean markEarlierRevisions, boolean omitEmptiedPages) {
        public static final Options DEFAULTS = new Options(true, false);
    }

    /** The status of a page in a revision. */
    public enum Status {
        /** Same number, same lines, printed on the paper it had. */
        UNCHANGED,
        /** Same number, changed lines: printed on this revision's paper. */
        REVISED,
        /** A new A-page (23A) made by this revision. */
        ADDED,
        /** A page standing for several locked numbers (23-24), made by this revision. */
        COMBINED,
        /** A page whose material was all cut, printed as OMITTED. */
        OMITTED
    }

    /**
     * One printed line of a revised page.
     *
     * @param line the line as laid out
     * @param revision the level of the revision that last changed it (0: never)
     * @param mark what to print in the right margin: empty, or the revision's mark
     */
    public record MarkedLine(PrintedLine line, int revision, String mark) {
        public MarkedLine {
            Objects.requireNonNull(line, "line");
            Objects.requireNonNull(mark, "mark");
        }

        public boolean isMarked() {
            return !mark.isEmpty();
        }
    }

    /**
     * A page of a revised script.
     *
     * @param number as printed ({@code 23}, {@code 23A}, {@code 23-24})
     * @param status what this revision did to it
     * @param revision the level whose paper colour the page prints on
     * @param lines its lines, synthetic ones (MORE, CONT'D) included
     */
    public record Page(String number, Status status, int revision, List<MarkedLine> lines) {
        public Page {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(status, "status");
            lines = List.copyOf(lines);
        }
    }

    /**
     * A revision issued against a lock.
     *
     * @param script the draft with its locked scene numbers and OMITTED headings
     * @param pages every page of the script, in order
     * @param lock the lock after this revision: the next revision is issued against it
     */
    public record Revised(Screenplay script, List<Page> pages, Lock lock) {
        public Revised {
            Objects.requireNonNull(script, "script");
            pages = List.copyOf(pages);
            Objects.requireNonNull(lock, "lock");
        }

        /** The revision this issue made. */
        public RevisionSet revision() {
            return lock.current();
        }

        /** The pages to send out: those this revision changed, added, combined or omitted. */
        public List<Page> changedPages() {
            return pages.stream().filter(p -> p.status() != Status.UNCHANGED).toList();
        }
    }

    /** Locks a draft: numbers its scenes (rule 1) and records its pages, numbered 1, 2, 3, ... */
    public static Lock lock(Screenplay draft, PageLayout layout, LocalDate date, String label) {
        SceneNumbers.Numbered numbered = SceneNumbers.initial(draft);
        List<List<PrintedLine>> pages = layout.fill(numbered.script(), real(layout.lines(numbered.script())));
        List<Lock.Page> locked = new ArrayList<>(pages.size());
        for (int p = 0; p < pages.size(); p++) {
            List<Lock.Line> lines = new ArrayList<>();
            for (PrintedLine line : pages.get(p)) {
                if (!line.synthetic()) {
                    lines.add(new Lock.Line(line.text(), 0));
                }
            }
            locked.add(new Lock.Page(Integer.toString(p + 1), 0, lines));
        }
        return new Lock(List.of(RevisionSet.locked(date, label)), numbered.scenes(), locked);
    }

    /**
     * Issues a draft as the next revision of a lock: locked scene and page numbers kept, changed
     * lines marked, pages numbered by the rules of docs/revisions.md.
     *
     * @param next the revision set; its level must be one above the lock's current level
     */
    public static Revised revise(Lock lock, Screenplay draft, PageLayout layout, RevisionSet next, Options options) {
        Objects.requireNonNull(lock, "lock");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(options, "options");
        if (next.level() != lock.current().level() + 1) {
            throw new IllegalArgumentException("the next revision must have level " + (lock.current().level() + 1) + ", not " + next.level());
        }
        List<RevisionSet> revisions = new ArrayList<>(lock.revisions());
        revisions.add(next);
        int current = next.level();

        SceneNumbers.Numbered numbered = SceneNumbers.apply(lock.scenes(), draft);
        List<PrintedLine> lines = real(layout.lines(numbered.script()));

        List<String> oldTexts = new ArrayList<>();
        List<Integer> oldPage = new ArrayList<>();
        List<Integer> oldLevel = new ArrayList<>();
        for (int p = 0; p < lock.pages().size(); p++) {
            for (Lock.Line line : lock.pages().get(p).lines()) {
                oldTexts.add(line.text());
                oldPage.add(p);
                oldLevel.add(line.revision());
            }
        }
        List<String> newTexts = lines.stream().map(PrintedLine::text).toList();
        int n = lines.size();
        int[] home = new int[n];
        int[] level = new int[n];
        List<int[]> cuts = new ArrayList<>(); // {new position, locked page}
        int lastPage = Math.max(0, lock.pages().size() - 1);
        for (LineDiff.Edit edit : LineDiff.diff(oldTexts, newTexts)) {
            switch (edit.kind()) {
                case EQUAL -> {
                    for (int k = 0; k < edit.newLength(); k++) {
                        home[edit.newStart() + k] = oldPage.get(edit.oldStart() + k);
                        level[edit.newStart() + k] = oldLevel.get(edit.oldStart() + k);
                    }
                }
                case INSERT -> {
                    int page = edit.newStart() > 0 ? home[edit.newStart() - 1]
                            : edit.oldStart() < oldPage.size() ? oldPage.get(edit.oldStart()) : lastPage;
                    for (int j = edit.newStart(); j < edit.newEnd(); j++) {
                        home[j] = page;
                        level[j] = current;
                    }
                }
                case REPLACE -> {
                    for (int k = 0; k < edit.newLength(); k++) {
                        int o = edit.oldStart() + (int) ((long) k * edit.oldLength() / edit.newLength());
                        home[edit.newStart() + k] = oldPage.get(o);
                        level[edit.newStart() + k] = current;
                    }
                }
                case DELETE -> cuts.add(new int[] {edit.newStart(), oldPage.get(edit.oldStart())});
            }
        }
        for (int[] cut : cuts) {
            int at = cut[0];
            int page = cut[1];
            if (at < n && home[at] == page) {
                level[at] = current;
            } else if (at > 0 && home[at - 1] == page) {
                level[at - 1] = current;
            }
        }

        int pageCount = lock.pages().size();
        List<List<Integer>> content = new ArrayList<>(pageCount);
        for (int p = 0; p < pageCount; p++) {
            content.add(new ArrayList<>());
        }
        for (int j = 0; j < n; j++) {
            if (pageCount == 0) {
                break;
            }
            content.get(home[j]).add(j);
        }
        boolean[] changed = new boolean[pageCount];
        for (int p = 0; p < pageCount; p++) {
            List<Lock.Line> was = lock.pages().get(p).lines();
            List<Integer> now = content.get(p);
            boolean differs = was.size() != now.size();
            for (int k = 0; k < now.size() && !differs; k++) {
                differs = !was.get(k).text().equals(newTexts.get(now.get(k))) || level[now.get(k)] == current;
            }
            changed[p] = differs;
        }

        Set<LockNumber> taken = new HashSet<>();
        for (Lock.Page page : lock.pages()) {
            for (String part : page.number().split("-")) {
                LockNumber.parse(part).ifPresent(taken::add);
            }
        }

        Map<Long, Integer> position = new HashMap<>();
        for (int j = 0; j < n; j++) {
            position.put(key(lines.get(j)), j);
        }
        List<Page> out = new ArrayList<>();
        List<Lock.Page> nextPages = new ArrayList<>();
        List<String> pendingEmpty = new ArrayList<>();
        MarkSet marks = new MarkSet(revisions, current, options.markEarlierRevisions());
        int p = 0;
        if (pageCount == 0 && n > 0) {
            // A lock of an empty script: everything is new, numbered from 1.
            int number = 1;
            for (List<PrintedLine> page : layout.fill(numbered.script(), lines)) {
                emit(out, nextPages, position, Integer.toString(number++), Status.ADDED, current, page, level, marks);
            }
        }
        while (p < pageCount) {
            Lock.Page locked = lock.pages().get(p);
            if (content.get(p).isEmpty()) {
                if (options.omitEmptiedPages()) {
                    PrintedLine omitted = new PrintedLine(0, -1, 0, 0, SceneNumbers.OMITTED, 0, true);
                    out.add(new Page(locked.number(), Status.OMITTED, current, List.of(new MarkedLine(omitted, current, ""))));
                    nextPages.add(new Lock.Page(locked.number(), current, List.of()));
                } else if (!out.isEmpty()) {
                    Page last = out.removeLast();
                    Lock.Page lastLocked = nextPages.removeLast();
                    String label = range(last.number(), locked.number());
                    out.add(new Page(label, Status.COMBINED, current, last.lines()));
                    nextPages.add(new Lock.Page(label, current, lastLocked.lines()));
                } else {
                    pendingEmpty.add(locked.number());
                }
                p++;
                continue;
            }
            List<Integer> group = new ArrayList<>(content.get(p));
            String label = locked.number();
            if (!pendingEmpty.isEmpty()) {
                // emptied pages at the start of the script fold into the first page that prints
                label = range(pendingEmpty.getFirst(), label);
            }
            boolean combined = !pendingEmpty.isEmpty();
            pendingEmpty.clear();
            int q = p + 1;
            if (changed[p]) {
                while (q < pageCount && changed[q] && !content.get(q).isEmpty()) {
                    List<Integer> both = new ArrayList<>(group);
                    both.addAll(content.get(q));
                    if (layout.fill(numbered.script(), select(lines, both)).size() != 1) {
                        break;
                    }
                    group = both;
                    label = range(label, lock.pages().get(q).number());
                    combined = true;
                    q++;
                }
            }
            boolean anyChange = false;
            for (int k = p; k < q; k++) {
                anyChange |= changed[k];
            }
            // A page whose lines did not change is not paginated again: it is the locked page.
            List<List<PrintedLine>> filled = anyChange
                    ? layout.fill(numbered.script(), select(lines, group))
                    : List.of(layout.page(numbered.script(), select(lines, group)));
            // The first page keeps the number; it is revised only if what it prints changed.
            Status status = combined ? Status.COMBINED
                    : anyChange && !samePage(locked, filled.getFirst(), position, level, current) ? Status.REVISED
                    : Status.UNCHANGED;
            int paper = status == Status.UNCHANGED ? locked.revision() : current;
            emit(out, nextPages, position, label, status, paper, filled.getFirst(), level, marks);
            LockNumber upper = q < pageCount ? first(lock.pages().get(q).number()) : null;
            LockNumber lower = last(label);
            for (int extra = 1; extra < filled.size(); extra++) {
                LockNumber number = LockNumber.between(lower, upper, taken::contains);
                taken.add(number);
                emit(out, nextPages, position, number.toString(), Status.ADDED, current, filled.get(extra), level, marks);
                lower = number;
            }
            p = q;
        }
        if (!pendingEmpty.isEmpty()) {
            // Nothing printable is left at all: one page stands for every locked number.
            String label = range(pendingEmpty.getFirst(), pendingEmpty.getLast());
            PrintedLine omitted = new PrintedLine(0, -1, 0, 0, SceneNumbers.OMITTED, 0, true);
            out.add(new Page(label, Status.OMITTED, current, List.of(new MarkedLine(omitted, current, ""))));
            nextPages.add(new Lock.Page(label, current, List.of()));
        }
        Lock after = new Lock(revisions, numbered.scenes(), nextPages);
        return new Revised(numbered.script(), out, after);
    }

    /** Which mark each revision level prints. */
    private record MarkSet(List<RevisionSet> revisions, int current, boolean earlier) {
        String of(int level) {
            if (level <= 0 || (!earlier && level != current)) {
                return "";
            }
            return revisions.get(level).mark();
        }
    }

    private static void emit(List<Page> out, List<Lock.Page> nextPages, Map<Long, Integer> position, String number, Status status, int paper,
            List<PrintedLine> page, int[] level, MarkSet marks) {
        List<MarkedLine> marked = new ArrayList<>(page.size());
        List<Lock.Line> locked = new ArrayList<>(page.size());
        for (PrintedLine line : page) {
            Integer j = line.synthetic() ? null : position.get(key(line));
            int lv = j == null ? 0 : level[j];
            marked.add(new MarkedLine(line, lv, j == null ? "" : marks.of(lv)));
            if (!line.synthetic()) {
                locked.add(new Lock.Line(line.text(), lv));
            }
        }
        out.add(new Page(number, status, paper, marked));
        nextPages.add(new Lock.Page(number, paper, locked));
    }

    /** A line's identity in one layout of one draft: its element, text and offset. */
    private static long key(PrintedLine line) {
        return ((long) line.element() << 40) ^ ((long) (line.part() + 1) << 24) ^ line.start();
    }

    private static boolean samePage(Lock.Page locked, List<PrintedLine> page, Map<Long, Integer> position, int[] level, int current) {
        List<PrintedLine> real = real(page);
        if (real.size() != locked.lines().size()) {
            return false;
        }
        for (int k = 0; k < real.size(); k++) {
            Integer j = position.get(key(real.get(k)));
            if (!real.get(k).text().equals(locked.lines().get(k).text()) || (j != null && level[j] == current)) {
                return false;
            }
        }
        return true;
    }

    private static List<PrintedLine> select(List<PrintedLine> lines, List<Integer> indexes) {
        List<PrintedLine> out = new ArrayList<>(indexes.size());
        for (int j : indexes) {
            out.add(lines.get(j));
        }
        return out;
    }

    private static List<PrintedLine> real(List<PrintedLine> lines) {
        return lines.stream().filter(l -> !l.synthetic()).toList();
    }

    /** {@code 23} and {@code 24} make {@code 23-24}; {@code 23-24} and {@code 25} make {@code 23-25}. */
    static String range(String from, String to) {
        String first = from.contains("-") ? from.substring(0, from.indexOf('-')) : from;
        String end = to.contains("-") ? to.substring(to.lastIndexOf('-') + 1) : to;
        return first.equals(end) ? first : first + "-" + end;
    }

    private static LockNumber first(String label) {
        String part = label.contains("-") ? label.substring(0, label.indexOf('-')) : label;
        return LockNumber.parse(part).orElse(null);
    }

    private static LockNumber last(String label) {
        String part = label.contains("-") ? label.substring(label.lastIndexOf('-') + 1) : label;
        return LockNumber.parse(part).orElse(null);
    }
}
