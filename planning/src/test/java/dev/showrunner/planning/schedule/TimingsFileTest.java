package dev.showrunner.planning.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.showrunner.planning.breakdown.SceneNumbers;
import dev.showrunner.screenplay.ScriptFormatException;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimingsFileTest {

    private static TimingsFile read(String text) throws ScriptFormatException {
        return TimingsFile.read(new StringReader(text), "timings.txt", SceneNumbers.of(InputScripts.NUMBERED));
    }

    @Test
    void read_hoursAndMinutes_inMinutesByScenePosition() throws ScriptFormatException {
        TimingsFile file = read("# stunts take time\n1: 2h30\n2A: 45m\n#3#: 1h 15m\n2: 3H\n");

        assertThat(file.minutes()).isEqualTo(Map.of(1, 150, 3, 45, 4, 75, 2, 180));
    }

    @Test
    void read_longerUnits_accepted() throws ScriptFormatException {
        assertThat(read("1: 2 hours 10 minutes\n2: 90 min\n").minutes()).isEqualTo(Map.of(1, 130, 2, 90));
    }

    @Test
    void read_badTimes_errorAtTheTime() {
        assertThatThrownBy(() -> read("1: 30\n"))
                .hasMessage("timings.txt:1:4: \"30\" is not a time like 2h30, 45m or 3h");
        assertThatThrownBy(() -> read("1: soon\n")).hasMessageStartingWith("timings.txt:1:4: \"soon\" is not a time");
        assertThatThrownBy(() -> read("1:\n")).hasMessageStartingWith("timings.txt:1:3: \"\" is not a time");
        assertThatThrownBy(() -> read("1: 0m\n"))
                .hasMessage("timings.txt:1:4: a scene takes from 1 minute to 200 hours, not 0m");
        assertThatThrownBy(() -> read("1: 201h\n")).hasMessageStartingWith("timings.txt:1:4: a scene takes from 1 minute");
    }

    @Test
    void read_unknownOrRepeatedScene_errorNamesIt() {
        assertThatThrownBy(() -> read("9: 1h\n"))
                .hasMessageStartingWith("timings.txt:1:1: the script has no scene 9");
        assertThatThrownBy(() -> read("2: 1h\n2: 2h\n"))
                .hasMessage("timings.txt:2:1: scene 2 is already timed on line 1");
        assertThatThrownBy(() -> read("2 1h\n"))
                .hasMessage("timings.txt:1:1: expected SCENE: TIME (e.g. 12: 2h30, 14A: 45m)");
    }
}
