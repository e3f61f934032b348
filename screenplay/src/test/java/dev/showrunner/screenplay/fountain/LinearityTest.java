package dev.showrunner.screenplay.fountain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.screenplay.model.Screenplay;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading is linear whatever the input: ten megabytes of unclosed marks cost about the steps of
 * ten megabytes of plain action, and ten times the input costs ten times the steps. Steps are
 * counted by {@link Meter} (characters examined by the reader's loops and searches); no clock.
 */
class LinearityTest {

    private static final int MB = 1 << 20;

    static String repeat(String unit, int size) {
        return unit.repeat(Math.max(1, size / unit.length()));
    }

    private static long plainSteps;

    @BeforeAll
    static void measurePlainAction() {
        plainSteps = steps(repeat("He walks to the window and looks out at the rain.\n\n", 10 * MB));
    }

    private static long steps(String text) {
        Meter meter = new Meter();
        Screenplay s = FountainReader.read(text, meter);
        assertThat(s).isNotNull();
        return meter.steps;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[[", "[[ ", "[[a\n", "[[a\n\n", // unclosed notes, on one line, over lines, per paragraph
        "/*", "/* ", "/*a\n\n",           // unclosed boneyards
        "*", "* ", "*a ", "**a\n", "***", // unclosed emphasis
        "_", "_ ", "_a\n",
        "\\", "\\*", "![[*_/*",           // escapes and everything at once
        "BOB\nhi\n\n",                    // speeches with no parentheses to find
        "INT. A #1#\n\n", ">x\n\n~y\n",
    })
    void read_tenMegabytesOfMarks_costsAboutAsMuchAsPlainAction(String unit) {
        long marks = steps(repeat(unit, 10 * MB));
        long marksSmall = steps(repeat(unit, MB));

        assertThat(marks).as("steps for 10 MB of %s against plain action", unit.replace("\n", "\\n"))
                .isLessThanOrEqualTo(4 * plainSteps);
        assertThat(marks).as("10 MB against 1 MB of %s", unit.replace("\n", "\\n"))
                .isLessThanOrEqualTo(11 * marksSmall);
    }
}
