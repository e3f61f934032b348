package dev.showrunner.planning.schedule;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.showrunner.screenplay.ScriptFormatException;
import java.io.StringReader;

class LocationsFileFuzzTest {

    /** Any text reads as shooting locations or fails with ScriptFormatException; nothing else escapes. */
    @FuzzTest(maxDuration = "20s")
    void read_anyText_locationsOrFormatError(String text) {
        if (text == null) {
            return;
        }
        try {
            LocationsFile.read(new StringReader(text), "fuzz-locations.txt", InputScripts.NUMBERED);
        } catch (ScriptFormatException expected) {
            // bad input, reported with its line and column
        }
    }
}
