package dev.showrunner.planning.schedule;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.showrunner.planning.breakdown.SceneNumbers;
import dev.showrunner.screenplay.ScriptFormatException;
import java.io.StringReader;

class TimingsFileFuzzTest {

    /** Any text reads as scene timings or fails with ScriptFormatException; nothing else escapes. */
    @FuzzTest(maxDuration = "20s")
    void read_anyText_timingsOrFormatError(String text) {
        if (text == null) {
            return;
        }
        try {
            TimingsFile.read(new StringReader(text), "fuzz-timings.txt", SceneNumbers.of(InputScripts.NUMBERED));
        } catch (ScriptFormatException expected) {
            // bad input, reported with its line and column
        }
    }
}
