package dev.showrunner.planning.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.showrunner.screenplay.ScriptFormatException;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocationsFileTest {

    private static LocationsFile read(String text) throws ScriptFormatException {
        return LocationsFile.read(new StringReader(text), "locations.txt", InputScripts.NUMBERED);
    }

    @Test
    void read_setsByLocation_keyedAsTheScheduler() throws ScriptFormatException {
        LocationsFile file = read("""
                # the house on the stage
                Bloom House: guest room, Bloom House - Kitchen
                BLOOM HOUSE: FOYER, guest  room
                """);

        assertThat(file.locations()).isEqualTo(Map.of("GUEST ROOM", "BLOOM HOUSE",
                "BLOOM HOUSE - KITCHEN", "BLOOM HOUSE", "FOYER", "BLOOM HOUSE"));
        assertThat(file.warnings()).isEmpty();
    }

    @Test
    void read_setAtTwoLocations_errorNamingBothLines() {
        assertThatThrownBy(() -> read("BLOOM HOUSE: FOYER\n\nSTAGE 4: GUEST ROOM, foyer\n"))
                .hasMessage("locations.txt:3:22: set FOYER is placed at BLOOM HOUSE on line 1 and at STAGE 4 on line 3");
    }

    @Test
    void read_setNotInTheScript_warningNamingTheLine() throws ScriptFormatException {
        LocationsFile file = read("BLOOM HOUSE: FOYER, GARAGE\n");

        assertThat(file.locations()).containsEntry("GARAGE", "BLOOM HOUSE");
        assertThat(file.warnings()).singleElement().hasToString("locations.txt:1:21: warning: the script has no set GARAGE");
    }

    @Test
    void read_malformed_errorSaysWhatIsExpected() {
        assertThatThrownBy(() -> read("BLOOM HOUSE FOYER\n"))
                .hasMessage("locations.txt:1:1: expected LOCATION: SET, SET, ... (e.g. BLOOM HOUSE: KITCHEN, FOYER)");
        assertThatThrownBy(() -> read("BLOOM HOUSE: FOYER,, KITCHEN\n"))
                .hasMessage("locations.txt:1:20: missing set name (sets separated by commas)");
    }
}
