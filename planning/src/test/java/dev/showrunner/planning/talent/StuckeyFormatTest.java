package dev.showrunner.planning.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.showrunner.screenplay.ScriptFormatException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StuckeyFormatTest {

    private static final String TINY = """
            tiny
            4
            3

            1 0 1 0    1
            1 1 0 1    2
            0 1 1 0    3


            1 2 3 1
            """;

    @Test
    void read_tinyInstance_givesScenesActorsCostsAndDurations() throws Exception {
        TalentInstance instance = StuckeyFormat.read(new StringReader(TINY), "tiny.txt");

        assertThat(instance.name()).isEqualTo("tiny");
        assertThat(instance.sceneCount()).isEqualTo(4);
        assertThat(instance.actorCount()).isEqualTo(3);
        assertThat(instance.appears(0, 0)).isTrue();
        assertThat(instance.appears(0, 1)).isFalse();
        assertThat(instance.cost(2)).isEqualTo(3);
        assertThat(instance.duration(2)).isEqualTo(3);
        assertThat(instance.totalCost(new int[] {0, 1, 2, 3})).isEqualTo(instance.workingCost() + instance.holdingCost(new int[] {0, 1, 2, 3}));
    }

    @Test
    void read_durationsOverSeveralLinesAndCrlf_accepted() throws Exception {
        String text = "x\r\n2\r\n1\r\n1 1 5\r\n3\r\n4\r\n";

        TalentInstance instance = StuckeyFormat.read(new StringReader(text), "crlf.txt");

        assertThat(instance.duration(0)).isEqualTo(3);
        assertThat(instance.duration(1)).isEqualTo(4);
        assertThat(instance.cost(0)).isEqualTo(5);
    }

    @Test
    void write_thenRead_givesTheSameInstance() throws Exception {
        TalentInstance original = RandomInstances.generate(17, 9, 0.3, 50, 4, 42);
        StringWriter out = new StringWriter();

        StuckeyFormat.write(original, out);
        TalentInstance back = StuckeyFormat.read(new StringReader(out.toString()), "round-trip");

        assertThat(back.sceneCount()).isEqualTo(17);
        assertThat(back.actorCount()).isEqualTo(9);
        for (int a = 0; a < 9; a++) {
            assertThat(back.cost(a)).isEqualTo(original.cost(a));
            for (int s = 0; s < 17; s++) {
                assertThat(back.appears(a, s)).isEqualTo(original.appears(a, s));
            }
        }
        for (int s = 0; s < 17; s++) {
            assertThat(back.duration(s)).isEqualTo(original.duration(s));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty input                 | ''                                              | 1 | empty input
            scene count not a number    | 'x\\nfour\\n3\\n'                               | 2 | the number of scenes is not a whole number: "four"
            negative scene count        | 'x\\n-4\\n3\\n'                                 | 2 | the number of scenes is negative
            two numbers for scenes      | 'x\\n4 5\\n3\\n'                                | 2 | alone on the line
            actor row too short         | 'x\\n3\\n2\\n1 0 1 5\\n1 1 2\\n1 1 1\\n'         | 5 | actor 2 has 3 values; expected 4
            actor row too long          | 'x\\n3\\n1\\n1 0 1 1 5\\n1 1 1\\n'               | 4 | actor 1 has 5 values; expected 4
            flag not 0 or 1             | 'x\\n3\\n1\\n1 2 1 5\\n1 1 1\\n'                 | 4 | actor 1, scene 2: expected 0 or 1, found "2"
            negative cost               | 'x\\n3\\n1\\n1 0 1 -5\\n1 1 1\\n'                | 4 | the daily cost of actor 1 is negative: "-5"
            cost not a number           | 'x\\n3\\n1\\n1 0 1 5.5\\n1 1 1\\n'               | 4 | the daily cost of actor 1 is not a whole number: "5.5"
            missing actor lines         | 'x\\n3\\n2\\n1 0 1 5\\n'                         | 4 | the input ends after 1 of 2 actor lines
            missing durations           | 'x\\n3\\n1\\n1 0 1 5\\n1 1\\n'                   | 5 | the input ends after 2 of 3 scene durations
            too many durations          | 'x\\n3\\n1\\n1 0 1 5\\n1 1 1 1\\n'               | 5 | more than 3 scene durations
            negative duration           | 'x\\n3\\n1\\n1 0 1 5\\n1 -1 1\\n'                | 5 | the duration of scene 2 is negative
            text after the durations    | 'x\\n3\\n1\\n1 0 1 5\\n1 1 1\\nmore\\n'          | 6 | unexpected text after the 3 scene durations
            huge number                 | 'x\\n3\\n1\\n1 0 1 99999999999999999999\\n1 1 1\\n' | 4 | is too large
            total could overflow        | 'x\\n2\\n1\\n1 1 1000000000000\\n1000000000000 1000000000000\\n' | 5 | would not fit in 63 bits
            too many scenes             | 'x\\n100000000\\n3\\n'                          | 2 | the number of scenes must be between 1 and 100000
            too many cells              | 'x\\n100000\\n100000\\n'                        | 3 | is too large
            """)
    void read_badInput_errorNamesTheLine(String what, String text, int line, String message) {
        String input = text.replace("\\n", "\n");

        assertThatThrownBy(() -> StuckeyFormat.read(new StringReader(input), "bad.txt"))
                .isInstanceOf(ScriptFormatException.class)
                .hasMessageStartingWith("bad.txt:" + line)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((ScriptFormatException) e).line()).isEqualTo(line));
    }

    @Test
    void read_endlessLine_refusedWithoutReadingItAll() {
        Reader endless = new Reader() {
            long served;

            @Override
            public int read(char[] buffer, int off, int len) {
                for (int i = 0; i < len; i++) {
                    buffer[off + i] = '1';
                }
                served += len;
                if (served > 100L * StuckeyFormat.MAX_LINE_CHARS) {
                    throw new AssertionError("the reader kept reading");
                }
                return len;
            }

            @Override
            public void close() {}
        };

        assertThatThrownBy(() -> StuckeyFormat.read(endless, "endless"))
                .isInstanceOf(ScriptFormatException.class)
                .hasMessageContaining("line longer than");
    }
}
