package dev.showrunner.screenplay.revision;

import dev.showrunner.screenplay.model.Element;
import dev.showrunner.screenplay.model.Screenplay;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/*
 * Scene alignment, in four passes:
 *
 * 1. Openings (material before the first heading) pair with each other.
 * 2. Identical scenes (same elements, spans aside) pair up, in order among duplicates. This
 *    is a hash lookup and settles almost every scene of two nearby drafts.
 * 3. The scenes left pair by similarity, first among the scenes standing in the same gap
 *    between identical in-order scenes (an edit in place, the usual case, costs one score),
 *    then among all that are left: 0.3 x heading similarity (Dice coefficient of the
 *    headings' word sets) + 0.7 x body similarity (Dice coefficient of the bodies' multisets
 *    of word pairs). Pairs scoring at least 0.5 are taken greedily, best first (ties by old,
 *    then new position). A group of up to EXHAUSTIVE_PAIRS pairs is scored all with all; in a
 *    larger one (a draft where every scene changed) each scene is scored only against the few
 *    scenes sharing the most rare words with it, found through an inverted index, so the work
 *    grows with the drafts' length, not its square. Every alignment has a budget of scores
 *    (Work) and stops pairing when it is spent.
 * 4. Among all pairs, the longest run whose new positions increase with the old ones (longest
 *    increasing subsequence, O(n log n)) keeps its order; every other pair is a move. The
 *    longest run is the reading a writer would give: "scene 30 moved up", not "scenes 13 to
 *    29 moved down".
 *
 * Within a paired scene the elements are aligned with LineDiff; a replaced run is aligned
 * again by element kind, so that an action rewritten in place is one Edited element with its
 * word-level difference rather than a deletion and an insertion.
 */
final class SceneAligner {

    static final double MATCH_THRESHOLD = 0.5;

    private SceneAligner() {}

    /** What scene matching needs of a scene: a key for identity, and its words for similarity. */
    interface Item {
        /** Equal keys mean identical scenes. */
        Object key();

        /** The material before the first heading. */
        boolean opening();

        String heading();

        /** The text of each element under the heading. */
        List<String> body();
    }

    /** A scene of a model: identity is its elements, spans aside. */
    private record SceneItem(Scene scene, List<Element> key) implements Item {
        @Override
        public boolean opening() {
            return scene.isOpening();
        }

        @Override
        public String heading() {
            return scene.isOpening() ? "" : ElementText.of(scene.elements().getFirst());
        }

        @Override
        public List<String> body() {
            List<Element> elements = scene.elements();
            List<String> out = new ArrayList<>(elements.size());
            for (int k = scene.isOpening() ? 0 : 1; k < elements.size(); k++) {
                out.add(ElementText.of(elements.get(k)));
            }
            return out;
        }
    }

    /**
     * Which scenes pair up: {@code pairOfOld[i]} is the new scene paired with old scene i (or
     * -1), {@code pairOfNew} the reverse, and {@code inOrder[i]} marks the old scenes on the
     * longest ordered run (the others are moves).
     */
    record Pairing(int[] pairOfOld, int[] pairOfNew, boolean[] inOrder) {}

    static Pairing pair(List<? extends Item> old, List<? extends Item> now) {
        return pair(old, now, Work.forScenes(old.size(), now.size()));
    }

    /** {@link #pair(List, List)} within a given budget of scene comparisons. */
    static Pairing pair(List<? extends Item> old, List<? extends Item> now, Work work) {
        int[] pairOfOld = new int[old.size()];
        int[] pairOfNew = new int[now.size()];
        Arrays.fill(pairOfOld, -1);
        Arrays.fill(pairOfNew, -1);
        if (!old.isEmpty() && !now.isEmpty() && old.getFirst().opening() && now.getFirst().opening()) {
            pair(pairOfOld, pairOfNew, 0, 0);
        }
        Map<Object, ArrayDeque<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < old.size(); i++) {
            if (pairOfOld[i] < 0 && !old.get(i).opening()) {
                byKey.computeIfAbsent(old.get(i).key(), k -> new ArrayDeque<>()).add(i);
            }
        }
        for (int j = 0; j < now.size(); j++) {
            if (pairOfNew[j] >= 0 || now.get(j).opening()) {
                continue;
            }
            ArrayDeque<Integer> same = byKey.get(now.get(j).key());
            if (same != null && !same.isEmpty()) {
                pair(pairOfOld, pairOfNew, same.poll(), j);
            }
        }
        matchSimilar(old, now, pairOfOld, pairOfNew, work);
        return new Pairing(pairOfOld, pairOfNew, longestOrderedRun(pairOfOld));
    }

    static Comparison align(Screenplay before, Screenplay after) {
        List<Scene> old = Scene.of(before);
        List<Scene> now = Scene.of(after);
        List<List<Element>> oldKeys = keys(old);
        List<List<Element>> nowKeys = keys(now);
        List<SceneItem> oldItems = new ArrayList<>(old.size());
        List<SceneItem> nowItems = new ArrayList<>(now.size());
        for (int i = 0; i < old.size(); i++) {
            oldItems.add(new SceneItem(old.get(i), oldKeys.get(i)));
        }
        for (int j = 0; j < now.size(); j++) {
            nowItems.add(new SceneItem(now.get(j), nowKeys.get(j)));
        }
        Pairing pairing = pair(oldItems, nowItems);
        int[] pairOfOld = pairing.pairOfOld();
        int[] pairOfNew = pairing.pairOfNew();
        boolean[] inOrder = pairing.inOrder();

        List<SceneChange> sequence = new ArrayList<>();
        // Removed scenes wait in the slot after the last in-order scene that preceded them.
        Map<Integer, List<SceneChange>> removedAfter = new HashMap<>();
        int anchor = -1;
        for (int i = 0; i < old.size(); i++) {
            if (pairOfOld[i] >= 0 && inOrder[i]) {
                anchor = pairOfOld[i];
            } else if (pairOfOld[i] < 0) {
                removedAfter.computeIfAbsent(anchor, k -> new ArrayList<>()).add(new SceneChange.Removed(old.get(i)));
            }
        }
        sequence.addAll(removedAfter.getOrDefault(-1, List.of()));
        for (int j = 0; j < now.size(); j++) {
            int i = pairOfNew[j];
            if (i < 0) {
                sequence.add(new SceneChange.Added(now.get(j)));
            } else {
                boolean same = oldKeys.get(i).equals(nowKeys.get(j));
                if (!inOrder[i]) {
                    sequence.add(new SceneChange.Moved(old.get(i), now.get(j),
                            elements(old.get(i).elements(), now.get(j).elements(), oldKeys.get(i), nowKeys.get(j))));
                } else if (same) {
                    sequence.add(new SceneChange.Unchanged(old.get(i), now.get(j)));
                } else {
                    sequence.add(new SceneChange.Changed(old.get(i), now.get(j),
                            elements(old.get(i).elements(), now.get(j).elements(), oldKeys.get(i), nowKeys.get(j))));
                }
            }
            sequence.addAll(removedAfter.getOrDefault(j, List.of()));
        }
        return new Comparison(sequence);
    }

    private static void pair(int[] pairOfOld, int[] pairOfNew, int i, int j) {
        pairOfOld[i] = j;
        pairOfNew[j] = i;
    }

    private static List<List<Element>> keys(List<Scene> scenes) {
        List<List<Element>> keys = new ArrayList<>(scenes.size());
        for (Scene scene : scenes) {
            keys.add(stripped(scene.elements()));
        }
        return keys;
    }

    private static List<Element> stripped(List<Element> elements) {
        List<Element> out = new ArrayList<>(elements.size());
        for (Element element : elements) {
            out.add(element.withoutSpans());
        }
        return out;
    }

    private record Candidate(int old, int now, double score) {}

    /**
     * The work one alignment may do, counted in scene comparisons (one similarity score each):
     * {@link #PER_SCENE} per scene of the two drafts, plus {@link #EXHAUSTIVE_PAIRS} so that
     * small drafts are always compared in full. When it runs out, the scenes not yet paired stay
     * unpaired (removed and added): a coarser answer, never an unbounded wait.
     */
    static final class Work {
        static final long PER_SCENE = 64;

        private final long budget;
        private long comparisons;

        Work(long budget) {
            this.budget = budget;
        }

        static Work forScenes(int old, int now) {
            return new Work(PER_SCENE * (old + now) + 2L * EXHAUSTIVE_PAIRS);
        }

        /** Takes {@code count} comparisons from the budget; false (taking none) when too few are left. */
        boolean take(long count) {
            if (comparisons + count > budget) {
                return false;
            }
            comparisons += count;
            return true;
        }

        long comparisons() {
            return comparisons;
        }

        long budget() {
            return budget;
        }
    }

    /** Below this many pairs a group of scenes is compared all with all: the exact greedy answer. */
    static final int EXHAUSTIVE_PAIRS = 10_000;
    /** A word or word pair found in more scenes than this says little about which scene is which. */
    static final int COMMON_FEATURE = 32;
    /** How many of the scenes sharing the most rare words with a scene are scored against it. */
    static final int CANDIDATES = 8;

    private static void matchSimilar(List<? extends Item> old, List<? extends Item> now, int[] pairOfOld, int[] pairOfNew,
            Work work) {
        Map<Integer, Profile> profiles = new HashMap<>();
        // First, scenes that stand in the same gap between identical scenes: the usual edit in
        // place, found without comparing every scene with every other.
        boolean[] anchors = longestOrderedRun(pairOfOld);
        int[] gapOfNew = new int[now.size()];
        int gap = 0;
        List<List<Integer>> oldGaps = new ArrayList<>();
        oldGaps.add(new ArrayList<>());
        for (int i = 0; i < old.size(); i++) {
            if (anchors[i]) {
                oldGaps.add(new ArrayList<>());
                gap++;
            } else if (pairOfOld[i] < 0 && !old.get(i).opening()) {
                oldGaps.get(gap).add(i);
            }
        }
        gap = 0;
        for (int j = 0; j < now.size(); j++) {
            int i = pairOfNew[j];
            if (i >= 0 && anchors[i]) {
                gap++;
                gapOfNew[j] = -1;
            } else {
                gapOfNew[j] = gap;
            }
        }
        List<List<Integer>> nowGaps = new ArrayList<>();
        for (int g = 0; g < oldGaps.size(); g++) {
            nowGaps.add(new ArrayList<>());
        }
        for (int j = 0; j < now.size(); j++) {
            if (pairOfNew[j] < 0 && !now.get(j).opening() && gapOfNew[j] >= 0 && gapOfNew[j] < nowGaps.size()) {
                nowGaps.get(gapOfNew[j]).add(j);
            }
        }
        for (int g = 0; g < oldGaps.size(); g++) {
            pairBest(old, now, oldGaps.get(g), nowGaps.get(g), pairOfOld, pairOfNew, profiles, work);
        }
        // Then every scene left with every other: moved and rewritten scenes.
        List<Integer> oldLeft = new ArrayList<>();
        List<Integer> nowLeft = new ArrayList<>();
        for (int i = 0; i < old.size(); i++) {
            if (pairOfOld[i] < 0 && !old.get(i).opening()) {
                oldLeft.add(i);
            }
        }
        for (int j = 0; j < now.size(); j++) {
            if (pairOfNew[j] < 0 && !now.get(j).opening()) {
                nowLeft.add(j);
            }
        }
        pairBest(old, now, oldLeft, nowLeft, pairOfOld, pairOfNew, profiles, work);
    }

    /**
     * Pairs scenes of the two lists greedily, best score first, when they score at least the
     * threshold. A small group is scored all with all; in a large one each new scene is scored
     * only against the few old scenes sharing the most rare words and word pairs with it.
     */
    private static void pairBest(List<? extends Item> old, List<? extends Item> now, List<Integer> oldLeft, List<Integer> nowLeft,
            int[] pairOfOld, int[] pairOfNew, Map<Integer, Profile> profiles, Work work) {
        if (oldLeft.isEmpty() || nowLeft.isEmpty()) {
            return;
        }
        List<Candidate> candidates = new ArrayList<>();
        long pairs = (long) oldLeft.size() * nowLeft.size();
        if (pairs <= EXHAUSTIVE_PAIRS && work.take(pairs)) {
            for (int j : nowLeft) {
                Profile b = profiles.computeIfAbsent(-1 - j, k -> profile(now.get(j)));
                for (int i : oldLeft) {
                    Profile a = profiles.computeIfAbsent(i, k -> profile(old.get(i)));
                    score(a, b, i, j, candidates);
                }
            }
        } else {
            candidates(old, now, oldLeft, nowLeft, profiles, work, candidates);
        }
        candidates.sort((x, y) -> {
            int c = Double.compare(y.score(), x.score());
            if (c != 0) {
                return c;
            }
            c = Integer.compare(x.old(), y.old());
            return c != 0 ? c : Integer.compare(x.now(), y.now());
        });
        for (Candidate candidate : candidates) {
            if (pairOfOld[candidate.old()] < 0 && pairOfNew[candidate.now()] < 0) {
                pair(pairOfOld, pairOfNew, candidate.old(), candidate.now());
            }
        }
    }

    private static void score(Profile a, Profile b, int i, int j, List<Candidate> candidates) {
        double score = 0.3 * dice(a.heading(), a.headingSize(), b.heading(), b.headingSize())
                + 0.7 * dice(a.body(), a.bodySize(), b.body(), b.bodySize());
        if (score >= MATCH_THRESHOLD) {
            candidates.add(new Candidate(i, j, score));
        }
    }

    /*
     * Candidate search in a large group, as a search engine would: an inverted index from each
     * heading word and body word pair to the old scenes holding it. A new scene counts, for each
     * old scene, the features they share, skipping features held by more than COMMON_FEATURE
     * scenes (they cost the most and tell the least), and is scored against the CANDIDATES old
     * scenes sharing most. Work is linear in the drafts' size: each feature visits at most
     * COMMON_FEATURE postings, and each scene at most CANDIDATES scores.
     */
    private static void candidates(List<? extends Item> old, List<? extends Item> now, List<Integer> oldLeft, List<Integer> nowLeft,
            Map<Integer, Profile> profiles, Work work, List<Candidate> out) {
        Map<String, List<Integer>> headingPostings = new HashMap<>();
        Map<String, List<Integer>> bodyPostings = new HashMap<>();
        for (int k = 0; k < oldLeft.size(); k++) {
            int i = oldLeft.get(k);
            Profile a = profiles.computeIfAbsent(i, x -> profile(old.get(i)));
            post(headingPostings, a.heading().keySet(), k);
            post(bodyPostings, a.body().keySet(), k);
        }
        int[] shared = new int[oldLeft.size()];
        List<Integer> touched = new ArrayList<>();
        for (int j : nowLeft) {
            Profile b = profiles.computeIfAbsent(-1 - j, x -> profile(now.get(j)));
            count(headingPostings, b.heading().keySet(), shared, touched);
            count(bodyPostings, b.body().keySet(), shared, touched);
            touched.sort((x, y) -> shared[x] != shared[y] ? Integer.compare(shared[y], shared[x]) : Integer.compare(x, y));
            for (int c = 0; c < Math.min(CANDIDATES, touched.size()) && work.take(1); c++) {
                int i = oldLeft.get(touched.get(c));
                score(profiles.get(i), b, i, j, out);
            }
            for (int k : touched) {
                shared[k] = 0;
            }
            touched.clear();
        }
    }

    private static void post(Map<String, List<Integer>> postings, Iterable<String> features, int k) {
        for (String feature : features) {
            List<Integer> list = postings.computeIfAbsent(feature, x -> new ArrayList<>(2));
            // A common feature's list stops growing: it is skipped anyway.
            if (list.size() <= COMMON_FEATURE) {
                list.add(k);
            }
        }
    }

    private static void count(Map<String, List<Integer>> postings, Iterable<String> features, int[] shared, List<Integer> touched) {
        for (String feature : features) {
            List<Integer> list = postings.get(feature);
            if (list == null || list.size() > COMMON_FEATURE) {
                continue;
            }
            for (int k : list) {
                if (shared[k]++ == 0) {
                    touched.add(k);
                }
            }
        }
    }

    /**
     * What similarity looks at: the heading's words, and the body's word pairs (bigrams) with
     * their counts. Pairs, not single words, because any two scenes share "the" and "a"; a
     * rewritten scene keeps many of its pairs, a different one few. The sizes count each
     * multiset's members once, up front.
     */
    private record Profile(Map<String, Integer> heading, int headingSize, Map<String, Integer> body, int bodySize) {}

    private static Profile profile(Item item) {
        Map<String, Integer> heading = new HashMap<>();
        Map<String, Integer> body = new HashMap<>();
        for (String token : WordDiff.tokens(item.heading())) {
            if (WordDiff.isWordChar(token.codePointAt(0))) {
                heading.put(token.toLowerCase(Locale.ROOT), 1);
            }
        }
        String previous = null;
        int bodySize = 0;
        for (String text : item.body()) {
            for (String token : WordDiff.tokens(text)) {
                if (!WordDiff.isWordChar(token.codePointAt(0))) {
                    continue;
                }
                String word = token.toLowerCase(Locale.ROOT);
                body.merge(previous == null ? word : previous + ' ' + word, 1, Integer::sum);
                bodySize++;
                previous = word;
            }
        }
        return new Profile(heading, heading.size(), body, bodySize);
    }

    /** The Dice coefficient of two multisets: 2 |A ∩ B| / (|A| + |B|); 1 when both are empty. */
    private static double dice(Map<String, Integer> a, int sizeA, Map<String, Integer> b, int sizeB) {
        if (sizeA + sizeB == 0) {
            return 1.0;
        }
        Map<String, Integer> small = a.size() <= b.size() ? a : b;
        Map<String, Integer> large = small == a ? b : a;
        int common = 0;
        for (Map.Entry<String, Integer> entry : small.entrySet()) {
            common += Math.min(entry.getValue(), large.getOrDefault(entry.getKey(), 0));
        }
        return 2.0 * common / (sizeA + sizeB);
    }

    /**
     * Marks the old scenes on the longest run of pairs whose new positions increase with the old
     * (patience sorting with back-pointers); unpaired scenes are marked false.
     */
    static boolean[] longestOrderedRun(int[] pairOfOld) {
        int n = pairOfOld.length;
        int[] tailIndex = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            int j = pairOfOld[i];
            if (j < 0) {
                continue;
            }
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (pairOfOld[tailIndex[mid]] < j) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[i] = lo > 0 ? tailIndex[lo - 1] : -1;
            tailIndex[lo] = i;
            if (lo == length) {
                length++;
            }
        }
        boolean[] on = new boolean[n];
        int k = length > 0 ? tailIndex[length - 1] : -1;
        while (k >= 0) {
            on[k] = true;
            k = previous[k];
        }
        return on;
    }

    static List<ElementChange> elements(List<Element> before, List<Element> after) {
        return elements(before, after, stripped(before), stripped(after));
    }

    private static List<ElementChange> elements(
            List<Element> before, List<Element> after, List<Element> beforeKeys, List<Element> afterKeys) {
        List<ElementChange> out = new ArrayList<>();
        for (LineDiff.Edit edit : LineDiff.diff(beforeKeys, afterKeys)) {
            switch (edit.kind()) {
                case EQUAL -> {
                    for (int k = 0; k < edit.oldLength(); k++) {
                        out.add(new ElementChange.Kept(before.get(edit.oldStart() + k), after.get(edit.newStart() + k)));
                    }
                }
                case DELETE -> {
                    for (int i = edit.oldStart(); i < edit.oldEnd(); i++) {
                        out.add(new ElementChange.Deleted(before.get(i)));
                    }
                }
                case INSERT -> {
                    for (int j = edit.newStart(); j < edit.newEnd(); j++) {
                        out.add(new ElementChange.Inserted(after.get(j)));
                    }
                }
                case REPLACE -> replaced(before.subList(edit.oldStart(), edit.oldEnd()),
                        after.subList(edit.newStart(), edit.newEnd()), out);
            }
        }
        return out;
    }

    /** A replaced run, aligned again by element kind: same-kind pairs become Edited. */
    private static void replaced(List<Element> before, List<Element> after, List<ElementChange> out) {
        List<String> beforeKinds = before.stream().map(e -> e.getClass().getSimpleName()).toList();
        List<String> afterKinds = after.stream().map(e -> e.getClass().getSimpleName()).toList();
        for (LineDiff.Edit edit : LineDiff.diff(beforeKinds, afterKinds)) {
            switch (edit.kind()) {
                case EQUAL -> {
                    for (int k = 0; k < edit.oldLength(); k++) {
                        Element a = before.get(edit.oldStart() + k);
                        Element b = after.get(edit.newStart() + k);
                        out.add(new ElementChange.Edited(a, b, WordDiff.diff(ElementText.of(a), ElementText.of(b))));
                    }
                }
                case DELETE, INSERT, REPLACE -> {
                    for (int i = edit.oldStart(); i < edit.oldEnd(); i++) {
                        out.add(new ElementChange.Deleted(before.get(i)));
                    }
                    for (int j = edit.newStart(); j < edit.newEnd(); j++) {
                        out.add(new ElementChange.Inserted(after.get(j)));
                    }
                }
            }
        }
    }
}
