package dev.showrunner.planning.schedule;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.showrunner.screenplay.ScriptFormatException;
import java.io.StringReader;

class UnavailabilityFuzzTest {

    /** Any text reads as unavailable dates or fails with ScriptFormatException; nothing else escapes. */
    @FuzzTest(maxDuration = "20s")
    void read_anyText_datesOrFormatError(String text) {
        if (text == null) {
            return;
        }
        try {
            Unavailability.read(new StringReader(text), "fuzz-dates.txt");
        } catch (ScriptFormatException expected) {
            // bad input, reported with its line
        }
    }
}
