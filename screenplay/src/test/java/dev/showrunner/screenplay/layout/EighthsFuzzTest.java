package dev.showrunner.screenplay.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

class EighthsFuzzTest {

    /**
     * Any text either reads as a length, which prints back as text that reads as the same length,
     * or is refused with IllegalArgumentException naming the column; nothing else escapes (an
     * overflow included).
     */
    @FuzzTest(maxDuration = "20s")
    void parse_anyText_lengthThatRoundTripsOrRefusal(String text) {
        if (text == null) {
            return;
        }
        Eighths length;
        try {
            length = Eighths.parse(text);
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).contains("column");
            return;
        }
        assertThat(length.value()).isNotNegative();
        assertThat(Eighths.parse(length.toString())).isEqualTo(length);
    }
}
