package dev.showrunner.planning.talent;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.showrunner.screenplay.ScriptFormatException;
import java.io.StringReader;
import java.time.Duration;

class StuckeyFormatFuzzTest {

    /** Any text reads as an instance or fails with ScriptFormatException; a read instance solves. */
    @FuzzTest(maxDuration = "20s")
    void read_anyText_instanceOrFormatError(String text) {
        if (text == null) {
            return;
        }
        try {
            TalentInstance instance = StuckeyFormat.read(new StringReader(text), "fuzz.txt");
            if (instance.sceneCount() <= 12) {
                TalentSolver.solve(instance, SolveOptions.defaults().withTimeLimit(Duration.ofMillis(200)));
            }
        } catch (ScriptFormatException expected) {
            // bad input, reported with its line
        }
    }
}
