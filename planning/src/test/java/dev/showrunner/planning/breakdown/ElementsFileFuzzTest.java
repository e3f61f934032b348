package dev.showrunner.planning.breakdown;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.showrunner.screenplay.ScriptFormatException;
import java.io.StringReader;

class ElementsFileFuzzTest {

    private static final SceneNumbers NUMBERS = SceneNumbers.of(dev.showrunner.screenplay.fountain.Fountain.read(
            "EXT. RIVER - DAY #12#\n\nEDWARD fishes.\n\nEXT. CIRCUS - NIGHT #12A#\n\nA crowd cheers.\n"));

    /** Any text reads as breakdown elements or fails with ScriptFormatException; nothing else escapes. */
    @FuzzTest(maxDuration = "20s")
    void read_anyText_elementsOrFormatError(String text) {
        if (text == null) {
            return;
        }
        try {
            ElementsFile.read(new StringReader(text), "fuzz-elements.txt", NUMBERS);
        } catch (ScriptFormatException expected) {
            // bad input, reported with its line and column
        }
    }
}
