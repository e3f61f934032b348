package dev.showrunner.planning.talent;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.showrunner.screenplay.ScriptFormatException;
import java.io.StringReader;

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
                TalentSolver.solve(instance, SolveOptions.defaults().withThreads(1).withNodeLimit(100_000));
            }
        } catch (ScriptFormatException expected) {
            // bad input, reported with its line
        }
    }
}
