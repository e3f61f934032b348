package dev.showrunner.screenplay.revision;

import dev.showrunner.screenplay.model.Element;
import dev.showrunner.screenplay.model.SceneHeading;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.model.Span;
import dev.showrunner.screenplay.model.StyledText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scene numbers: the first numbering of a draft, and locked numbering of later drafts
 * (docs/revisions.md, rules 1 to 5).
 */
public final class SceneNumbers {

    /** The heading text of an omitted scene. */
    public static final String OMITTED = "OMITTED";

    private SceneNumbers() {}

    /** A draft with its scene numbers set, and the locked scene list that goes with it. */
    public record Numbered(Screenplay script, List<Lock.Scene> scenes) {
        public Numbered {
            Objects.requireNonNull(script, "script");
            scenes = List.copyOf(scenes);
        }
    }

    /**
     * Numbers a draft for locking (rule 1): the numbers written in the draft are kept when every
     * heading has one, each readable and unique; otherwise every scene is numbered 1, 2, 3, ...
     * in order. Omitted headings already in the draft keep their numbers.
     */
    public static Numbered initial(Screenplay draft) {
        List<SceneHeading> headings = draft.sceneHeadings();
        Set<LockNumber> seen = new HashSet<>();
        boolean keep = !headings.isEmpty();
        for (SceneHeading heading : headings) {
            var number = LockNumber.parse(heading.sceneNumber());
            if (number.isEmpty() || !seen.add(number.get())) {
                keep = false;
                break;
            }
        }
        if (keep) {
            return new Numbered(draft, lockedScenes(draft));
        }
        return renumber(draft);
    }

    /**
     * Unlocks: numbers every scene 1, 2, 3, ... in order and drops omitted headings (rule 5). This
     * is the only way numbers move; locked drafts never renumber by themselves.
     */
    public static Numbered renumber(Screenplay draft) {
        List<Element> out = new ArrayList<>(draft.elements().size());
        int n = 0;
        for (Element element : draft.elements()) {
            if (element instanceof SceneHeading heading) {
                if (isOmitted(heading)) {
                    continue;
                }
                out.add(withNumber(heading, Integer.toString(++n)));
            } else {
                out.add(element);
            }
        }
        Screenplay numbered = new Screenplay(draft.titlePage(), out);
        return new Numbered(numbered, lockedScenes(numbered));
    }

    /**
     * Numbers a later draft against a lock (rules 2 to 4): a scene that is still there keeps its
     * number, even when moved; a scene cut since prints as {@code N OMITTED} where it stood; a
     * new scene takes the next free number after the scene before it ({@link LockNumber#between}).
     * Scenes are matched as {@link Comparison} matches them, by content and heading.
     */
    public static Numbered apply(List<Lock.Scene> locked, Screenplay draft) {
        List<Lock.Scene> live = locked.stream().filter(s -> !s.omitted()).toList();
        List<Lock.Scene> drafted = lockedScenes(draft).stream().filter(s -> !s.omitted()).toList();
        SceneAligner.Pairing pairing = SceneAligner.pair(items(live), items(drafted));

        // old live ordinal (1-based) -> new ordinal; and which pairs are moves.
        Map<Integer, Integer> newOf = new HashMap<>();
        Map<Integer, Integer> oldOf = new HashMap<>();
        Set<Integer> movedOld = new HashSet<>();
        for (int i = 0; i < live.size(); i++) {
            int j = pairing.pairOfOld()[i];
            if (j >= 0) {
                newOf.put(i + 1, j + 1);
                oldOf.put(j + 1, i + 1);
                if (!pairing.inOrder()[i]) {
                    movedOld.add(i + 1);
                }
            }
        }

        // Slots in new order: each new scene, with omitted scenes placed after their anchor.
        List<Integer> headingIndexes = new ArrayList<>();
        for (int i = 0; i < draft.elements().size(); i++) {
            if (draft.elements().get(i) instanceof SceneHeading h && !isOmitted(h)) {
                headingIndexes.add(i);
            }
        }
        int newCount = headingIndexes.size();
        // omittedAfter.get(k): omitted scenes to print after new scene k (0 = before the first).
        List<List<Lock.Scene>> omittedAfter = new ArrayList<>();
        for (int k = 0; k <= newCount; k++) {
            omittedAfter.add(new ArrayList<>());
        }
        int anchor = 0;
        int liveOrdinal = 0;
        for (Lock.Scene scene : locked) {
            if (!scene.omitted()) {
                liveOrdinal++;
                Integer k = newOf.get(liveOrdinal);
                if (k != null && !movedOld.contains(liveOrdinal)) {
                    anchor = k;
                    continue;
                }
                if (k != null) {
                    continue; // moved: keeps its number where it now stands
                }
            }
            omittedAfter.get(anchor).add(new Lock.Scene(scene.number(), scene.heading(), true, List.of()));
        }

        // Sequence of numbers in print order; null for new scenes, filled next.
        List<String> numbers = new ArrayList<>();
        List<Boolean> isNew = new ArrayList<>();
        Set<LockNumber> taken = new HashSet<>();
        for (Lock.Scene scene : locked) {
            LockNumber.parse(scene.number()).ifPresent(taken::add);
        }
        List<String> lockedLive = live.stream().map(Lock.Scene::number).toList();
        List<String> newNumbers = new ArrayList<>();
        for (int k = 0; k <= newCount; k++) {
            if (k > 0) {
                Integer o = oldOf.get(k);
                numbers.add(o == null ? null : lockedLive.get(o - 1));
                isNew.add(o == null);
            }
            for (Lock.Scene omitted : omittedAfter.get(k)) {
                numbers.add(omitted.number());
                isNew.add(false);
            }
        }
        for (int p = 0; p < numbers.size(); p++) {
            if (numbers.get(p) != null) {
                continue;
            }
            LockNumber lower = null;
            for (int q = p - 1; q >= 0 && lower == null; q--) {
                lower = numbers.get(q) == null ? null : LockNumber.parse(numbers.get(q)).orElse(null);
            }
            LockNumber upper = null;
            for (int q = p + 1; q < numbers.size() && upper == null; q++) {
                if (!isNew.get(q) && numbers.get(q) != null) {
                    upper = LockNumber.parse(numbers.get(q)).orElse(null);
                }
            }
            LockNumber chosen = LockNumber.between(lower, upper, taken::contains);
            taken.add(chosen);
            numbers.set(p, chosen.toString());
        }
        for (int p = 0; p < numbers.size(); p++) {
            if (isNew.get(p)) {
                newNumbers.add(numbers.get(p));
            }
        }

        // Rebuild the draft: numbers on headings, omitted headings in their slots.
        List<Element> out = new ArrayList<>(draft.elements().size() + 8);
        List<Lock.Scene> scenesOut = new ArrayList<>(numbers.size());
        int k = 0;
        int newIndex = 0;
        List<Element> elements = draft.elements();
        for (int i = 0; i < elements.size(); i++) {
            Element element = elements.get(i);
            if (element instanceof SceneHeading heading && isOmitted(heading)) {
                continue; // omitted headings are re-made from the lock
            }
            if (element instanceof SceneHeading heading) {
                if (k == 0) {
                    addOmitted(out, omittedAfter.get(0));
                    scenesOut.addAll(omittedAfter.get(0));
                }
                k++;
                Integer o = oldOf.get(k);
                String number = o == null ? newNumbers.get(newIndex++) : lockedLive.get(o - 1);
                out.add(withNumber(heading, number));
                Lock.Scene text = drafted.get(k - 1);
                scenesOut.add(new Lock.Scene(number, text.heading(), false, text.body()));
                // Omitted scenes after scene k go after its last element.
                int end = i + 1;
                while (end < elements.size() && !(elements.get(end) instanceof SceneHeading)) {
                    end++;
                }
                for (int j = i + 1; j < end; j++) {
                    out.add(elements.get(j));
                }
                addOmitted(out, omittedAfter.get(k));
                scenesOut.addAll(omittedAfter.get(k));
                i = end - 1;
            } else {
                out.add(element);
            }
        }
        if (k == 0) {
            addOmitted(out, omittedAfter.get(0));
            scenesOut.addAll(omittedAfter.get(0));
        }
        return new Numbered(new Screenplay(draft.titlePage(), out), scenesOut);
    }

    /**
     * The draft as production reads it once locked (docs/revisions.md, rule 14): every scene
     * under its locked number (rule 5), new scenes under their A-numbers (rule 3), and omitted
     * scenes left out, since nothing is shot for them. The breakdown, the schedule and their
     * reports read this script, so they print the numbers the revised pages print.
     */
    public static Screenplay shooting(Lock lock, Screenplay draft) {
        Screenplay numbered = apply(lock.scenes(), draft).script();
        List<Element> kept = new ArrayList<>(numbered.elements().size());
        for (Element element : numbered.elements()) {
            if (!(element instanceof SceneHeading heading && isOmitted(heading))) {
                kept.add(element);
            }
        }
        return new Screenplay(numbered.titlePage(), kept);
    }

    /** Locked scenes as items to match: identical text is the same scene. */
    private record TextItem(String key, String heading, List<String> body) implements SceneAligner.Item {
        @Override
        public boolean opening() {
            return false;
        }
    }

    private static List<TextItem> items(List<Lock.Scene> scenes) {
        List<TextItem> items = new ArrayList<>(scenes.size());
        for (Lock.Scene scene : scenes) {
            StringBuilder key = new StringBuilder(scene.heading());
            for (String text : scene.body()) {
                key.append('\u0000').append(text);
            }
            items.add(new TextItem(key.toString(), scene.heading(), scene.body()));
        }
        return items;
    }

    /** True for a heading that stands for an omitted scene ({@code OMITTED}, {@code SCENE OMITTED}). */
    public static boolean isOmitted(SceneHeading heading) {
        String text = heading.text().plain().strip().toUpperCase(Locale.ROOT);
        return text.equals(OMITTED) || text.equals("SCENE " + OMITTED) || text.equals("(" + OMITTED + ")");
    }

    private static void addOmitted(List<Element> out, List<Lock.Scene> omitted) {
        for (Lock.Scene scene : omitted) {
            out.add(new SceneHeading(StyledText.plain(OMITTED), dev.showrunner.screenplay.model.Setting.UNSPECIFIED,
                    "", "", scene.number(), true, Span.NONE));
        }
    }

    private static SceneHeading withNumber(SceneHeading h, String number) {
        return new SceneHeading(h.text(), h.setting(), h.location(), h.timeOfDay(), number, h.forced(), h.span());
    }

    /** The locked scene list of a numbered draft. */
    static List<Lock.Scene> lockedScenes(Screenplay numbered) {
        List<Lock.Scene> scenes = new ArrayList<>();
        for (Scene scene : Scene.of(numbered)) {
            if (scene.heading().isEmpty()) {
                continue;
            }
            SceneHeading heading = scene.heading().get();
            boolean omitted = isOmitted(heading);
            List<String> body = new ArrayList<>();
            if (!omitted) {
                for (Element element : scene.elements().subList(1, scene.elements().size())) {
                    body.add(ElementText.of(element));
                }
            }
            scenes.add(new Lock.Scene(Objects.requireNonNullElse(heading.sceneNumber(), ""), heading.text().plain(), omitted, body));
        }
        return scenes;
    }
}
