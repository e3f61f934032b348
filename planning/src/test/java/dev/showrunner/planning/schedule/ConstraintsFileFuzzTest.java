package dev.showrunner.planning.schedule;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.showrunner.screenplay.ScriptFormatException;
import java.io.StringReader;

class ConstraintsFileFuzzTest {

    /** Any text reads as scheduling rules or fails with ScriptFormatException; nothing else escapes. */
    @FuzzTest(maxDuration = "20s")
    void read_anyText_constraintsOrFormatError(String text) {
        if (text == null) {
            return;
        }
        try {
            ConstraintsFile.read(new StringReader(text), "fuzz-rules.txt", InputScripts.NUMBERED);
        } catch (ScriptFormatException expected) {
            // bad input, reported with its line and column
        }
    }
}
