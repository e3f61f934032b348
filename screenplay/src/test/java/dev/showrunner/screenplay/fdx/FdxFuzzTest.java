package dev.showrunner.screenplay.fdx;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.model.Screenplay;

/**
 * Fuzzes the FDX reader. Run as a plain test it replays the inputs kept in
 * {@code src/test/resources/dev/showrunner/screenplay/fdx/FdxFuzzTestInputs/} (add every input a
 * fuzzing run finds there); {@code JAZZER_FUZZ=1 ./mvnw -pl screenplay test -Dtest=FdxFuzzTest}
 * fuzzes for the duration below.
 *
 * <p>The contract checked: any bytes give a document or a {@link ScriptFormatException}, never
 * another exception or a hang; and a document read writes out to one that reads back the same.
 */
class FdxFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void read_anyBytes_givesADocumentThatRoundTripsOrAFormatError(byte[] input) {
        FdxDocument document;
        try {
            document = Fdx.read(input, "fuzz.fdx");
        } catch (ScriptFormatException expected) {
            return;
        }
        Screenplay screenplay = document.screenplay().withoutSpans();
        FdxDocument again;
        try {
            again = Fdx.read(Fdx.writeBytes(document), "written.fdx");
        } catch (ScriptFormatException e) {
            throw new AssertionError("the writer wrote a file the reader rejects: " + e.getMessage(), e);
        }
        if (!again.screenplay().withoutSpans().equals(screenplay)) {
            throw new AssertionError("write then read changed the script:\n" + screenplay + "\n" + again.screenplay().withoutSpans());
        }
    }
}
