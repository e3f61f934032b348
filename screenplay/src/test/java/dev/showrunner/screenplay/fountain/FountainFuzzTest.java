package dev.showrunner.screenplay.fountain;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.model.DialogueBlock;
import dev.showrunner.screenplay.model.DualDialogue;
import dev.showrunner.screenplay.model.Element;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.model.Span;
import dev.showrunner.screenplay.model.TitleField;

/**
 * Fuzzing the reader with any bytes: it gives a model or a {@link ScriptFormatException}, and
 * nothing else. Every span lies inside the text, and the model writes out and reads back.
 *
 * <p>In an ordinary build ({@code ./mvnw verify}) this replays the inputs kept in
 * {@code src/test/resources/dev/showrunner/screenplay/fountain/FountainFuzzTestInputs/}: seeds
 * and every input a fuzzing run found. To fuzz, set {@code JAZZER_FUZZ=1} (see docs/fountain.md).
 */
class FountainFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void read_anyBytes_givesModelOrFormatError(byte[] bytes) {
        Screenplay script;
        try {
            script = Fountain.read(bytes, "fuzz.fountain");
        } catch (ScriptFormatException e) {
            assertThat(e.line()).isPositive();
            assertThat(e.offset()).isBetween(0L, (long) bytes.length);
            return;
        }
        int length = bytes.length; // a char never takes fewer bytes than one
        for (TitleField f : script.titlePage().fields()) {
            inside(f.span(), length);
        }
        for (Element e : script.elements()) {
            inside(e.span(), length);
            if (e instanceof DualDialogue d) {
                inside(d.left().span(), length);
                inside(d.right().span(), length);
            } else if (e instanceof DialogueBlock d) {
                inside(d.cue().span(), length);
            }
        }
        String written = Fountain.write(script);
        assertThat(Fountain.write(Fountain.read(written))).isEqualTo(written);
    }

    private static void inside(Span span, int length) {
        assertThat(span.line()).isPositive();
        assertThat(span.column()).isPositive();
        assertThat(span.end()).isLessThanOrEqualTo(length);
    }
}
