package dev.showrunner.studio.production;

import dev.showrunner.screenplay.model.SceneHeading;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.revision.Comparison;
import dev.showrunner.screenplay.revision.Scene;
import dev.showrunner.screenplay.revision.SceneChange;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which scene of one draft is which scene of another, for carrying a board and for the
 * what-changed memo (docs/revisions.md, rule 14). When both drafts number every scene, each
 * number once (a locked script always does: its numbers are the scenes' identity), scenes are
 * matched by number, so 12 is 12 and 12A is new. Otherwise, before a lock, by content, as the
 * engine compares drafts (rule D1): a scene added before scene 7 does not turn 7 into 8.
 */
final class SceneMatch {

    private SceneMatch() {}

    /** Each scene of {@code before} still in {@code after}: its 1-based position there, by its position in {@code before}. */
    static Map<Integer, Integer> of(Screenplay before, Screenplay after) {
        Map<String, Integer> was = numbers(before);
        Map<String, Integer> now = numbers(after);
        Map<Integer, Integer> same = new HashMap<>();
        if (was != null && now != null) {
            was.forEach((number, position) -> {
                Integer there = now.get(number);
                if (there != null) {
                    same.put(position, there);
                }
            });
            return same;
        }
        for (SceneChange change : Comparison.of(before, after).scenes()) {
            if (change.before().isPresent() && change.after().isPresent()) {
                Scene old = change.before().get();
                Scene current = change.after().get();
                if (!old.isOpening() && !current.isOpening()) {
                    same.put(old.ordinal(), current.ordinal());
                }
            }
        }
        return same;
    }

    /** Position by number when every heading has a number and none repeats; else null. */
    private static Map<String, Integer> numbers(Screenplay script) {
        List<SceneHeading> headings = script.sceneHeadings();
        Map<String, Integer> positions = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < headings.size(); i++) {
            String number = headings.get(i).sceneNumber();
            if (number == null || number.isBlank() || !seen.add(number.strip())) {
                return null;
            }
            positions.put(number.strip(), i + 1);
        }
        return positions;
    }
}
