package dev.showrunner.planning.breakdown;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.showrunner.screenplay.ScriptFormatException;
import java.io.StringReader;
import java.util.Set;

class CastListFuzzTest {

    /** Any text reads as cast corrections or fails with ScriptFormatException; nothing else escapes. */
    @FuzzTest(maxDuration = "20s")
    void read_anyText_correctionsOrFormatError(String text) {
        if (text == null) {
            return;
        }
        try {
            CastList list = CastList.read(new StringReader(text), "fuzz-cast.txt", Set.of("KARL", "VOICE", "THE TWINS"));
            for (String name : list.aliases().keySet()) {
                list.treatment(name); // every alias resolves, without a loop
            }
        } catch (ScriptFormatException expected) {
            // bad input, reported with its line and column
        }
    }
}
