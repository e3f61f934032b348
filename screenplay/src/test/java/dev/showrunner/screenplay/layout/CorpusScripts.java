package dev.showrunner.screenplay.layout;

import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.model.Action;
import dev.showrunner.screenplay.model.Boneyard;
import dev.showrunner.screenplay.model.Element;
import dev.showrunner.screenplay.model.Note;
import dev.showrunner.screenplay.model.SceneHeading;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.model.Section;
import dev.showrunner.screenplay.model.Span;
import dev.showrunner.screenplay.model.StyledText;
import dev.showrunner.screenplay.model.Synopsis;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a corpus script the way Final Draft read it when it made the reference pages.
 *
 * <p>Final Draft's reading differs from our Fountain reader in two ways that move page breaks,
 * both visible in the corpus's source.fdx files (docs/pagination.md §10):
 * <ol>
 *   <li>Every blank line beyond the one that separates two paragraphs is an empty action
 *       paragraph (one blank line above it, one empty line): {@code <Paragraph Type="Action"><Text/>}.
 *   <li>{@code EXT/INT.} and {@code INT.EXT.} start a scene heading, as in Final Draft's list of
 *       scene intros, though the Fountain syntax does not list them.
 * </ol>
 * This adapter applies both to what {@link Fountain#read(String)} returns, so that the corpus
 * tests check the layout against the script Final Draft laid out.
 */
final class CorpusScripts {

    private CorpusScripts() {}

    static Screenplay read(String fountain) {
        Screenplay read = Fountain.read(fountain);
        List<Element> out = new ArrayList<>(read.elements().size());
        int lastEndLine = -1;
        for (Element element : read.elements()) {
            boolean invisible = element instanceof Note || element instanceof Boneyard || element instanceof Section
                    || element instanceof Synopsis;
            Span span = element.span();
            if (!invisible && lastEndLine > 0 && span.line() > 0) {
                int blanks = span.line() - lastEndLine - 1;
                for (int i = 1; i < blanks; i++) {
                    out.add(new Action(StyledText.EMPTY, false, Span.NONE));
                }
            }
            if (element instanceof Action action && isFinalDraftHeading(action.text().plain())) {
                element = SceneHeading.of(action.text(), null, false, action.span());
            }
            out.add(element);
            if (span.line() > 0) {
                lastEndLine = span.line() + newlines(fountain, span.start(), span.end());
            }
        }
        return new Screenplay(read.titlePage(), out);
    }

    private static boolean isFinalDraftHeading(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        return !text.contains("\n") && (upper.startsWith("EXT/INT. ") || upper.startsWith("EXT/INT ") || upper.startsWith("INT.EXT. "));
    }

    private static int newlines(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < Math.min(to, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        // a span that ends just after its line break does not reach the next line
        if (to > from && to <= text.length() && text.charAt(to - 1) == '\n') {
            n--;
        }
        return n;
    }
}
