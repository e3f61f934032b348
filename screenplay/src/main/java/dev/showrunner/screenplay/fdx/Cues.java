package dev.showrunner.screenplay.fdx;

import dev.showrunner.screenplay.model.Cue;
import dev.showrunner.screenplay.model.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A Character paragraph's text as a {@link Cue}: the name, then each trailing parenthesised
 * extension ({@code EDWARD (V.O.) (CONT'D)}). Final Draft keeps the cue as one line of text.
 */
final class Cues {

    private Cues() {}

    static Cue parse(String text, boolean dual, boolean forced, Span span) {
        String rest = text.strip();
        List<String> extensions = new ArrayList<>();
        while (rest.endsWith(")")) {
            int open = rest.lastIndexOf('(');
            if (open <= 0) {
                break;
            }
            String inside = rest.substring(open + 1, rest.length() - 1);
            String before = rest.substring(0, open).strip();
            if (inside.indexOf(')') >= 0 || before.isEmpty()) {
                break;
            }
            extensions.add(inside);
            rest = before;
        }
        Collections.reverse(extensions);
        return new Cue(rest, extensions, dual, forced, span);
    }

    /** True when {@link #parse} of {@link Cue#display()} gives the cue back. */
    static boolean representable(Cue cue) {
        Cue back = parse(cue.display(), cue.dual(), cue.forced(), cue.span());
        return back.equals(cue);
    }
}
