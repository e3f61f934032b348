package dev.showrunner.planning.schedule;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.showrunner.screenplay.ScriptFormatException;
import java.io.StringReader;

class CastCostsFileFuzzTest {

    /** Any text reads as daily cast costs or fails with ScriptFormatException; nothing else escapes. */
    @FuzzTest(maxDuration = "20s")
    void read_anyText_costsOrFormatError(String text) {
        if (text == null) {
            return;
        }
        try {
            CastCostsFile.read(new StringReader(text), "fuzz-costs.txt", InputScripts.NUMBERED);
        } catch (ScriptFormatException expected) {
            // bad input, reported with its line and column
        }
    }
}
