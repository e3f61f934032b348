package dev.showrunner.screenplay.notes;

import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.notes.Carried.Cause;
import dev.showrunner.screenplay.notes.Carried.Status;
import dev.showrunner.screenplay.revision.Comparison;
import dev.showrunner.screenplay.revision.LineDiff;
import dev.showrunner.screenplay.revision.Scene;
import dev.showrunner.screenplay.revision.SceneChange;
import dev.showrunner.screenplay.revision.TextEdit;
import dev.showrunner.screenplay.revision.WordDiff;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/*
 * Carrying an anchor from the old draft's text to the new one's (docs/notes.md, "How a note
 * finds its words again"):
 *
 * 1. Find the quote in the old text: at its position when the text there is the quote, else at
 *    the occurrence whose surroundings best match the prefix and suffix (nearest the position
 *    among equals). No occurrence: the note was not made on this draft (NOT_IN_OLD).
 * 2. The texts are cut into regions: the title page (everything before the first element), then
 *    one per scene, from its first element to the next scene's. The draft comparison pairs the
 *    scenes (identical first, then similar; moved scenes too). A quote in a scene that has no
 *    pair is orphaned (SCENE_CUT), at the place in the new text where the scene stood.
 * 3. In the paired region: an identical region keeps the anchor at the same offset. Otherwise
 *    the two regions' words are aligned (WordDiff) and the anchor's ends are mapped through the
 *    alignment; when the mapped range holds the quote exactly, it is kept there.
 * 4. Else the quote is looked for in the paired region when it stood there once, stands there
 *    once and has at least 12 characters (a line moved within its scene), then in the whole new
 *    text when it occurs once in each text and has at least 24 characters (a line moved to
 *    another scene; shorter quotes, such as a heading, recur too often): kept wherever found. A quote that recurs is never guessed at: the other occurrence may be
 *    another line that was always there.
 * 5. Else the mapped range is the words' new version: CHANGED when it is not empty, at most
 *    three times as long as the quote (and forty characters), and, when more than twice as long,
 *    shares a word with it; otherwise the words were cut (TEXT_CUT).
 *
 * Nothing is reported kept unless the exact quote stands at the reported place. Scenes are
 * paired once and each region pair is aligned at most once, however many notes it carries.
 */

/**
 * Carries note anchors from one draft to the next: {@link #between} compares the drafts once,
 * then {@link #carry} places each anchor in the new draft as {@link Status#KEPT kept},
 * {@link Status#CHANGED changed} or {@link Status#ORPHANED orphaned}. Never throws for any texts
 * and anchors; deterministic. Not safe for concurrent use by several threads (it caches the
 * alignments it made).
 */
public final class NoteCarry {

    /** Occurrences of a quote examined at most, so that a one-letter quote costs a bounded search. */
    static final int MAX_OCCURRENCES = 4096;
    /**
     * The shortest quote looked for away from where its words were aligned, within its scene:
     * "Yes." and "What?" recur by chance, and a note on one must not jump to another.
     */
    static final int MIN_QUOTE_MOVED = 12;
    /** The shortest quote looked for outside its own scene, where a heading's words recur. */
    static final int MIN_QUOTE_ELSEWHERE = 24;

    private final CodePoints oldPoints;
    private final CodePoints newPoints;
    private final String oldText;
    private final String newText;
    private final Region[] oldRegions;
    private final Region[] newRegions;
    /** For each old region, its paired new region, or -1 when cut. */
    private final int[] pairOf;
    /** For each cut old region, where in the new text it stood. */
    private final int[] cutAt;
    private final Boolean[] same;
    private final List<TextEdit>[] alignments;

    private record Region(int start, int end, Optional<Scene> scene) {}

    @SuppressWarnings("unchecked")
    private NoteCarry(String oldText, Screenplay oldScript, String newText, Screenplay newScript) {
        this.oldText = oldText;
        this.newText = newText;
        this.oldPoints = CodePoints.of(oldText);
        this.newPoints = CodePoints.of(newText);
        List<Scene> oldScenes = Scene.of(oldScript);
        List<Scene> newScenes = Scene.of(newScript);
        this.oldRegions = regions(oldScenes, oldText.length());
        this.newRegions = regions(newScenes, newText.length());
        this.pairOf = new int[oldRegions.length];
        this.cutAt = new int[oldRegions.length];
        this.same = new Boolean[oldRegions.length];
        this.alignments = new List[oldRegions.length];
        Arrays.fill(pairOf, -1);
        pairOf[0] = 0; // the title pages
        Map<Integer, Integer> oldByElement = new HashMap<>();
        Map<Integer, Integer> newByElement = new HashMap<>();
        for (int k = 0; k < oldScenes.size(); k++) {
            oldByElement.put(oldScenes.get(k).firstElement(), k + 1);
        }
        for (int k = 0; k < newScenes.size(); k++) {
            newByElement.put(newScenes.get(k).firstElement(), k + 1);
        }
        int cursor = newRegions[0].end();
        for (SceneChange change : Comparison.of(oldScript, newScript).scenes()) {
            Integer now = change.after().map(s -> newByElement.get(s.firstElement())).orElse(null);
            Integer old = change.before().map(s -> oldByElement.get(s.firstElement())).orElse(null);
            if (now != null) {
                cursor = newRegions[now].end();
            }
            if (old != null) {
                if (now != null) {
                    pairOf[old] = now;
                } else {
                    cutAt[old] = cursor;
                }
            }
        }
    }

    /**
     * Prepares to carry anchors from {@code oldText} to {@code newText}, reading both as Fountain.
     */
    public static NoteCarry between(String oldText, String newText) {
        Objects.requireNonNull(oldText, "oldText");
        Objects.requireNonNull(newText, "newText");
        return new NoteCarry(oldText, Fountain.read(oldText), newText, Fountain.read(newText));
    }

    /**
     * Prepares to carry anchors between two drafts already read: each script must have been read
     * from its text with {@link Fountain#read(String)}, so that its spans index that text.
     */
    public static NoteCarry between(String oldText, Screenplay oldScript, String newText, Screenplay newScript) {
        Objects.requireNonNull(oldText, "oldText");
        Objects.requireNonNull(oldScript, "oldScript");
        Objects.requireNonNull(newText, "newText");
        Objects.requireNonNull(newScript, "newScript");
        return new NoteCarry(oldText, oldScript, newText, newScript);
    }

    /** Each anchor carried, in order. */
    public List<Carried> carry(List<Anchor> anchors) {
        List<Carried> out = new ArrayList<>(anchors.size());
        for (Anchor anchor : anchors) {
            out.add(carry(anchor));
        }
        return out;
    }

    /** One anchor (of the old draft's text) carried to the new draft. */
    public Carried carry(Anchor anchor) {
        Objects.requireNonNull(anchor, "anchor");
        String exact = anchor.exact();
        int from = locate(anchor);
        if (from < 0) {
            int point = newPoints.charIndex(Math.min(anchor.start(), newPoints.length()));
            return orphan(anchor, point, Optional.empty(), Optional.empty(), Cause.NOT_IN_OLD);
        }
        int to = from + exact.length();
        int r = regionOf(oldRegions, from);
        Region old = oldRegions[r];
        if (pairOf[r] < 0) {
            return orphan(anchor, cutAt[r], Optional.empty(), old.scene(), Cause.SCENE_CUT);
        }
        Region now = newRegions[pairOf[r]];
        if (to <= old.end()) {
            if (same(r)) {
                int at = from - old.start() + now.start();
                return found(Status.KEPT, anchor, at, at + exact.length(), now.scene(), old.scene());
            }
            int[] mapped = map(alignment(r), from - old.start(), to - old.start());
            int start = now.start() + mapped[0];
            int end = now.start() + mapped[1];
            if (end - start == exact.length() && newText.startsWith(exact, start)) {
                return found(Status.KEPT, anchor, start, end, now.scene(), old.scene());
            }
            int hit = exact.length() < MIN_QUOTE_MOVED ? -1 : once(newText, exact, now.start(), now.end());
            if (hit >= 0 && once(oldText, exact, old.start(), old.end()) >= 0) {
                return found(Status.KEPT, anchor, hit, hit + exact.length(), now.scene(), old.scene());
            }
            Carried elsewhere = elsewhere(anchor, start, old.scene());
            if (elsewhere != null) {
                return elsewhere;
            }
            return changed(anchor, start, end, now.scene(), old.scene());
        }
        // A quote running past its scene's end: only its exact words will do.
        int hint = now.start() + (from - old.start());
        int hit = best(newText, anchor, now.start(), newText.length(), hint);
        if (hit >= 0) {
            return found(Status.KEPT, anchor, hit, hit + exact.length(), now.scene(), old.scene());
        }
        Carried elsewhere = elsewhere(anchor, hint, old.scene());
        return elsewhere != null ? elsewhere : orphan(anchor, Math.min(hint, now.end()), now.scene(), old.scene(), Cause.TEXT_CUT);
    }

    /** The UTF-16 index of the anchor's quote in the old text, or -1 when it is not there. */
    private int locate(Anchor anchor) {
        String exact = anchor.exact();
        int start = Math.min(anchor.start(), oldPoints.length());
        int from = oldPoints.charIndex(start);
        if (oldText.startsWith(exact, from)) {
            return from;
        }
        if (exact.isEmpty()) {
            return -1;
        }
        return best(oldText, anchor, 0, oldText.length(), from);
    }

    /** The quote elsewhere in the new text, once only and long enough not to be chance; else null. */
    private Carried elsewhere(Anchor anchor, int hint, Optional<Scene> oldScene) {
        String exact = anchor.exact();
        if (exact.length() < MIN_QUOTE_ELSEWHERE) {
            return null;
        }
        int first = once(newText, exact, 0, newText.length());
        if (first < 0 || once(oldText, exact, 0, oldText.length()) < 0) {
            return null;
        }
        Region now = newRegions[regionOf(newRegions, first)];
        return found(Status.KEPT, anchor, first, first + exact.length(), now.scene(), oldScene);
    }

    private Carried changed(Anchor anchor, int start, int end, Optional<Scene> scene, Optional<Scene> oldScene) {
        String exact = anchor.exact();
        // The mapping may take in the white space a replaced run ended with; the quote's own
        // ends say whether it belongs.
        if (exact.isEmpty() || !Character.isWhitespace(exact.charAt(0))) {
            while (start < end && Character.isWhitespace(newText.charAt(start))) {
                start++;
            }
        }
        if (exact.isEmpty() || !Character.isWhitespace(exact.charAt(exact.length() - 1))) {
            while (end > start && Character.isWhitespace(newText.charAt(end - 1))) {
                end--;
            }
        }
        // A rewrite keeps a word of the quote or is about as long; a run much longer sharing no
        // word is other text that took the place of cut words.
        int length = end - start;
        if (start == end || length > 3 * exact.length() + 40
                || (length > 2 * exact.length() + 10 && !shareAWord(exact, newText.substring(start, end)))) {
            return orphan(anchor, start, scene, oldScene, Cause.TEXT_CUT);
        }
        return found(Status.CHANGED, anchor, start, end, scene, oldScene);
    }

    private Carried found(Status status, Anchor anchor, int start, int end, Optional<Scene> scene, Optional<Scene> oldScene) {
        // As much context as the note came with, and never less than a fresh anchor takes.
        Anchor moved = newPoints.anchor(start, end,
                Math.max(Anchor.CONTEXT, anchor.prefix().codePointCount(0, anchor.prefix().length())),
                Math.max(Anchor.CONTEXT, anchor.suffix().codePointCount(0, anchor.suffix().length())));
        return new Carried(status, moved, scene, oldScene, Optional.empty());
    }

    private Carried orphan(Anchor anchor, int point, Optional<Scene> scene, Optional<Scene> oldScene, Cause cause) {
        int at = newPoints.codePoint(Math.max(0, Math.min(point, newText.length())));
        Anchor left = new Anchor(at, at, anchor.exact(), anchor.prefix(), anchor.suffix());
        return new Carried(Status.ORPHANED, left, scene, oldScene, Optional.of(cause));
    }

    private boolean same(int r) {
        if (same[r] == null) {
            Region old = oldRegions[r];
            Region now = newRegions[pairOf[r]];
            same[r] = old.end() - old.start() == now.end() - now.start()
                    && oldText.regionMatches(old.start(), newText, now.start(), old.end() - old.start());
        }
        return same[r];
    }

    private List<TextEdit> alignment(int r) {
        if (alignments[r] == null) {
            Region old = oldRegions[r];
            Region now = newRegions[pairOf[r]];
            alignments[r] = WordDiff.diff(oldText.substring(old.start(), old.end()), newText.substring(now.start(), now.end()));
        }
        return alignments[r];
    }

    /**
     * Maps the range [from, to) of an aligned region's old text to its new text: an end inside
     * kept words moves with them; an end inside changed words goes to the edge of their new
     * version, so that the range takes in the whole rewrite.
     */
    static int[] map(List<TextEdit> edits, int from, int to) {
        int oldAt = 0;
        int newAt = 0;
        int start = -1;
        int end = -1;
        for (TextEdit edit : edits) {
            int oldLength = edit.before().length();
            int newLength = edit.after().length();
            boolean equal = edit.kind() == LineDiff.Kind.EQUAL;
            if (start < 0 && from < oldAt + oldLength) {
                start = equal ? newAt + (from - oldAt) : newAt;
            }
            if (end < 0 && to > oldAt && to <= oldAt + oldLength) {
                end = equal ? newAt + (to - oldAt) : newAt + newLength;
            }
            oldAt += oldLength;
            newAt += newLength;
        }
        if (start < 0) {
            start = newAt;
        }
        if (end < start) {
            end = start;
        }
        return new int[] {start, end};
    }

    /**
     * Where {@code exact} stands in {@code text[from, to)} as whole words ("salo" is not in
     * "kasalo") when it stands there once only, else -1.
     */
    private static int once(String text, String exact, int from, int to) {
        int found = -1;
        int seen = 0;
        for (int i = text.indexOf(exact, from); i >= 0 && i + exact.length() <= to && seen < MAX_OCCURRENCES;
                i = text.indexOf(exact, i + 1)) {
            seen++;
            if (wholeWords(text, i, i + exact.length())) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    /** True when [start, end) neither starts nor ends inside a word of the text. */
    private static boolean wholeWords(String text, int start, int end) {
        boolean cutBefore = start > 0 && start < text.length()
                && Character.isLetterOrDigit(text.codePointBefore(start)) && Character.isLetterOrDigit(text.codePointAt(start));
        boolean cutAfter = end > 0 && end < text.length()
                && Character.isLetterOrDigit(text.codePointBefore(end)) && Character.isLetterOrDigit(text.codePointAt(end));
        return !cutBefore && !cutAfter;
    }

    /**
     * The occurrence of the anchor's quote in {@code text[from, to)} whose surroundings match the
     * prefix and suffix best, nearest {@code hint} among equals; -1 when there is none.
     */
    private static int best(String text, Anchor anchor, int from, int to, int hint) {
        String exact = anchor.exact();
        if (exact.isEmpty()) {
            return -1;
        }
        int bestAt = -1;
        int bestScore = -1;
        long bestDistance = Long.MAX_VALUE;
        int seen = 0;
        int last = to - exact.length();
        for (int i = text.indexOf(exact, from); i >= 0 && i <= last && seen < MAX_OCCURRENCES; i = text.indexOf(exact, i + 1)) {
            seen++;
            int score = commonEnd(anchor.prefix(), text, i) + commonStart(anchor.suffix(), text, i + exact.length());
            long distance = Math.abs((long) i - hint);
            if (score > bestScore || (score == bestScore && distance < bestDistance)) {
                bestAt = i;
                bestScore = score;
                bestDistance = distance;
            }
        }
        return bestAt;
    }

    /** How many characters {@code prefix} ends with that the text has just before {@code at}. */
    private static int commonEnd(String prefix, String text, int at) {
        int k = 0;
        while (k < prefix.length() && at - k - 1 >= 0 && prefix.charAt(prefix.length() - k - 1) == text.charAt(at - k - 1)) {
            k++;
        }
        return k;
    }

    /** How many characters {@code suffix} starts with that the text has from {@code at}. */
    private static int commonStart(String suffix, String text, int at) {
        int k = 0;
        while (k < suffix.length() && at + k < text.length() && suffix.charAt(k) == text.charAt(at + k)) {
            k++;
        }
        return k;
    }

    private static boolean shareAWord(String a, String b) {
        Set<String> words = words(a);
        for (String word : words(b)) {
            if (words.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** The title page, then one region per scene, from its first element to the next scene's. */
    private static Region[] regions(List<Scene> scenes, int length) {
        Region[] out = new Region[scenes.size() + 1];
        int previous = 0;
        int[] starts = new int[scenes.size() + 1];
        for (int k = 0; k < scenes.size(); k++) {
            int start = scenes.get(k).elements().getFirst().span().start();
            // Spans come in reading order; a script not read from this text is clamped rather than trusted.
            previous = Math.min(Math.max(previous, start), length);
            starts[k] = previous;
        }
        starts[scenes.size()] = length;
        out[0] = new Region(0, scenes.isEmpty() ? length : starts[0], Optional.empty());
        for (int k = 0; k < scenes.size(); k++) {
            out[k + 1] = new Region(starts[k], starts[k + 1], Optional.of(scenes.get(k)));
        }
        return out;
    }

    /** The region holding UTF-16 index {@code at}: the last one starting at or before it (empty regions skipped). */
    private static int regionOf(Region[] regions, int at) {
        int lo = 0;
        int hi = regions.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (regions[mid].start() <= at) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        // Among regions starting at the same place, the one that is not empty holds the text.
        while (lo > 0 && regions[lo].start() == regions[lo].end() && regions[lo - 1].start() == regions[lo].start()) {
            lo--;
        }
        return lo;
    }
}
