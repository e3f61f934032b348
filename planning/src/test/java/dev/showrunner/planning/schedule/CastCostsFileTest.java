package dev.showrunner.planning.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.showrunner.screenplay.ScriptFormatException;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CastCostsFileTest {

    private static CastCostsFile read(String text) throws ScriptFormatException {
        return CastCostsFile.read(new StringReader(text), "costs.txt", InputScripts.NUMBERED);
    }

    @Test
    void read_namesAndCosts_inCapitals() throws ScriptFormatException {
        CastCostsFile file = read("# stars\nEDWARD: 12\n\n  will :0\n");

        assertThat(file.dailyCost()).isEqualTo(Map.of("EDWARD", 12L, "WILL", 0L));
        assertThat(file.warnings()).isEmpty();
    }

    @Test
    void read_badCost_errorAtTheCost() {
        assertThatThrownBy(() -> read("EDWARD: -3\n"))
                .hasMessage("costs.txt:1:9: daily cost \"-3\" is not a whole number from 0 to 1000000");
        assertThatThrownBy(() -> read("EDWARD: 12.5\n")).hasMessageStartingWith("costs.txt:1:9: daily cost \"12.5\"");
        assertThatThrownBy(() -> read("EDWARD:\n")).hasMessageStartingWith("costs.txt:1:8: missing daily cost");
        assertThatThrownBy(() -> read("EDWARD: 99999999999999999999\n"))
                .hasMessageStartingWith("costs.txt:1:9: daily cost 99999999999999999999 is too large");
    }

    @Test
    void read_noColonOrTwice_errorSaysWhatIsExpected() {
        assertThatThrownBy(() -> read("EDWARD 12\n"))
                .hasMessage("costs.txt:1:1: expected NAME: DAILY COST (a whole number, e.g. EDWARD: 12)");
        assertThatThrownBy(() -> read("EDWARD: 1\nEdward: 2\n"))
                .hasMessage("costs.txt:2:1: EDWARD's daily cost is already given on line 1");
    }

    @Test
    void read_unknownName_warning() throws ScriptFormatException {
        assertThat(read("\nEDWARD BLOOM: 12\n").warnings()).singleElement().hasToString(
                "costs.txt:2:1: warning: the script has no cast member EDWARD BLOOM; the cost is ignored");
    }
}
