package dev.showrunner.screenplay.revision;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.showrunner.screenplay.ScriptFormatException;

class LockFileFuzzTest {

    /** Any text either reads as a lock or fails with ScriptFormatException; nothing else escapes. */
    @FuzzTest(maxDuration = "20s")
    void read_anyText_lockOrFormatError(String text) {
        if (text == null) {
            return;
        }
        try {
            Lock lock = LockFile.read(text, "fuzz.lock.json");
            LockFile.write(lock);
        } catch (ScriptFormatException expected) {
            // bad input, reported
        }
    }
}
