package dev.showrunner.screenplay.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.screenplay.model.Action;
import dev.showrunner.screenplay.model.Centered;
import dev.showrunner.screenplay.model.Cue;
import dev.showrunner.screenplay.model.Dialogue;
import dev.showrunner.screenplay.model.DialogueBlock;
import dev.showrunner.screenplay.model.DialoguePart;
import dev.showrunner.screenplay.model.DualDialogue;
import dev.showrunner.screenplay.model.Element;
import dev.showrunner.screenplay.model.Lyrics;
import dev.showrunner.screenplay.model.PageBreak;
import dev.showrunner.screenplay.model.Parenthetical;
import dev.showrunner.screenplay.model.SceneHeading;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.model.Shot;
import dev.showrunner.screenplay.model.Span;
import dev.showrunner.screenplay.model.TitlePage;
import dev.showrunner.screenplay.model.Transition;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Layout is total: any screenplay, however odd, lays out within its pages, in order. */
class LayoutProperties {

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> words = Arbitraries.strings().withChars("abcdefghij .!?-'\"()").ofMinLength(1).ofMaxLength(30);
        return words.list().ofMaxSize(40).map(list -> String.join(" ", list).strip()).filter(s -> !s.isEmpty())
                .injectDuplicates(0.1);
    }

    @Provide
    Arbitrary<Element> elements() {
        Arbitrary<String> text = texts();
        Arbitrary<DialogueBlock> speech = Combinators.combine(text, text.list().ofMinSize(1).ofMaxSize(4))
                .as((name, parts) -> {
                    List<DialoguePart> list = new ArrayList<>();
                    for (String part : parts) {
                        list.add(part.length() % 3 == 0 ? Parenthetical.of("(" + part + ")") : Dialogue.of(part));
                    }
                    return new DialogueBlock(Cue.of(name.toUpperCase()), list, Span.NONE);
                });
        return Arbitraries.oneOf(
                text.map(Action::of), text.map(t -> Action.of(t + "\n\n" + t)), text.map(SceneHeading::of),
                text.map(Transition::of), text.map(Shot::of), text.map(Centered::of), text.map(Lyrics::of),
                Arbitraries.just(PageBreak.of()), speech.map(e -> (Element) e),
                Combinators.combine(speech, speech).as((a, b) -> (Element) new DualDialogue(a, b, Span.NONE)));
    }

    @Property(tries = 200)
    void paginate_anyScript_staysInsideItsPagesAndKeepsOrder(@ForAll("scripts") List<Element> elements) {
        for (PageFormat format : List.of(PageFormat.FEATURE, PageFormat.MULTI_CAMERA.on(Paper.A4))) {
            Pages pages = Layout.paginate(new Screenplay(TitlePage.EMPTY, elements), format, LayoutOptions.DEFAULTS);
            assertThat(pages.count()).isPositive();
            int index = -1;
            for (Page page : pages.pages()) {
                assertThat(page.number()).isEqualTo(pages.pages().indexOf(page) + 1);
                for (Line line : page.lines()) {
                    assertThat(line.row()).isBetween(-1, format.linesPerPage());
                    int at = indexOf(elements, line.element());
                    assertThat(at).isGreaterThanOrEqualTo(index); // elements print in script order
                    index = at;
                }
            }
        }
    }

    @Provide
    Arbitrary<List<Element>> scripts() {
        return elements().list().ofMaxSize(120);
    }

    private static int indexOf(List<Element> elements, Element element) {
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) == element) {
                return i;
            }
        }
        throw new AssertionError("line from an element not in the script: " + element);
    }
}
