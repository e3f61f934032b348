package dev.showrunner.screenplay.fdx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.model.DialogueBlock;
import dev.showrunner.screenplay.model.DialoguePart;
import dev.showrunner.screenplay.model.DualDialogue;
import dev.showrunner.screenplay.model.Element;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.model.TitleField;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * What docs/fdx.md promises for a file Final Draft has saved: Final Draft drops the
 * {@code Showrunner...} attributes, and what prints is still the same script.
 */
class FinalDraftSaveTest {

    static final List<String> SCRIPTS = Corpus.ALL;

    @ParameterizedTest
    @FieldSource("SCRIPTS")
    void readAfterFinalDraftDropsOurAttributes_corpusScript_printsTheSame(String script) throws ScriptFormatException {
        Screenplay original = Fountain.read(Corpus.bytes(script, "source.fountain"), script + ".fountain");
        String saved = Fdx.write(original).replaceAll(" Showrunner[A-Za-z]+=\"[^\"]*\"", "");
        assertThat(saved).doesNotContain("Showrunner");
        Screenplay back = Fdx.read(saved.getBytes(StandardCharsets.UTF_8), script + ".fdx").screenplay();

        assertThat(printed(back)).isEqualTo(printed(original));
        assertThat(titleValues(back)).isEqualTo(titleValues(original));
    }

    /** The printed paragraphs: kind and text, page breaks included; notes and outline left out. */
    static List<String> printed(Screenplay screenplay) {
        List<String> out = new ArrayList<>();
        for (Element element : screenplay.elements()) {
            switch (element) {
                case DialogueBlock block -> speech(out, block);
                case DualDialogue dual -> {
                    speech(out, dual.left());
                    speech(out, dual.right());
                }
                case dev.showrunner.screenplay.model.Section s -> { }
                case dev.showrunner.screenplay.model.Synopsis s -> { }
                case dev.showrunner.screenplay.model.Note n -> { }
                case dev.showrunner.screenplay.model.Boneyard b -> { }
                case dev.showrunner.screenplay.model.PageBreak b -> out.add("PageBreak");
                case dev.showrunner.screenplay.model.SceneHeading h -> out.add("SceneHeading " + h.sceneNumber() + ":" + h.text().runs());
                case dev.showrunner.screenplay.model.Action a -> out.add("Action:" + a.text().runs());
                case dev.showrunner.screenplay.model.Centered c -> out.add("Centered:" + c.text().runs());
                case dev.showrunner.screenplay.model.Transition t -> out.add("Transition:" + t.text().runs());
                case dev.showrunner.screenplay.model.Shot s -> out.add("Shot:" + s.text().runs());
                case dev.showrunner.screenplay.model.Lyrics l -> out.add("Lyrics:" + l.text().runs());
                case dev.showrunner.screenplay.model.General g -> out.add(g.type() + ":" + g.text().runs());
            }
        }
        return out;
    }

    private static void speech(List<String> out, DialogueBlock block) {
        out.add("Cue:" + block.cue().display());
        for (DialoguePart part : block.parts()) {
            out.add(part.getClass().getSimpleName() + ":" + part.text().runs());
        }
    }

    private static List<String> titleValues(Screenplay screenplay) {
        return screenplay.titlePage().fields().stream().map(TitleField::plain).toList();
    }
}
