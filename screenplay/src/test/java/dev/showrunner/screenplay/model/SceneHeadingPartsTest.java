package dev.showrunner.screenplay.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SceneHeadingPartsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            INT. HOUSE - KITCHEN - NIGHT   | INTERIOR          | INT.      | HOUSE - KITCHEN | NIGHT
            EXT. BEACH - DAY               | EXTERIOR          | EXT.      | BEACH           | DAY
            int. diner -- dawn             | INTERIOR          | int.      | diner           | dawn
            INT./EXT. CAR - MOVING - DAY   | INTERIOR_EXTERIOR | INT./EXT. | CAR - MOVING    | DAY
            I/E CAR - NIGHT                | INTERIOR_EXTERIOR | I/E       | CAR             | NIGHT
            INT/EXT. PORCH - DUSK          | INTERIOR_EXTERIOR | INT/EXT.  | PORCH           | DUSK
            EXT/INT. SWAMP SHACK - DAY     | INTERIOR_EXTERIOR | EXT/INT.  | SWAMP SHACK     | DAY
            EST. SKYLINE - NIGHT           | ESTABLISHING      | EST.      | SKYLINE         | NIGHT
            INT HALLWAY                    | INTERIOR          | INT       | HALLWAY         | ''
            EXT. ROAD-SIDE DINER - DAY     | EXTERIOR          | EXT.      | ROAD-SIDE DINER | DAY
            THE BRIDGE - NIGHT             | UNSPECIFIED       | ''        | THE BRIDGE      | NIGHT
            INT. OFFICE \u2014 DAY              | INTERIOR          | INT.      | OFFICE          | DAY
            """)
    void parse_splitsPrefixLocationAndTime(String heading, Setting setting, String prefix, String location, String time) {
        SceneHeadingParts parts = SceneHeadingParts.parse(heading.replace("\\u2014", "\u2014"));

        assertThat(parts).isEqualTo(new SceneHeadingParts(setting, prefix, location, time));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            INT. HOUSE | 5
            EXT HOUSE  | 4
            INTERIOR DESIGN IS FUN | -1
            INT.       | -1
            INTO THE NIGHT | -1
            I/E. CAR   | 5
            EXT/INT. SHACK | 9
            int/ext porch | 8
            ESTABLISHED | -1
            """)
    void prefixLength_recognisesOnlyRealPrefixes(String line, int expected) {
        assertThat(SceneHeadingParts.prefixLength(line)).isEqualTo(expected);
    }
}
