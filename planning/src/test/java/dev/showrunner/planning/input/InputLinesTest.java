package dev.showrunner.planning.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.showrunner.screenplay.ScriptFormatException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputLinesTest {

    private static List<Field> all(Reader in) throws ScriptFormatException {
        InputLines lines = new InputLines(in, "in.txt");
        List<Field> fields = new ArrayList<>();
        for (Field f; (f = lines.next()) != null; ) {
            fields.add(f);
        }
        return fields;
    }

    @Test
    void next_skipsBlankAndCommentLines_keepsLineAndColumn() throws ScriptFormatException {
        List<Field> fields = all(new StringReader("# note\r\n\r\n   MARY: 2027-03-01  \rJOHN\n  # indented note\n"));

        assertThat(fields).containsExactly(new Field("in.txt", 3, 4, "MARY: 2027-03-01"), new Field("in.txt", 4, 1, "JOHN"));
    }

    @Test
    void split_piecesKeepTheirColumns() throws ScriptFormatException {
        Field line = all(new StringReader("A: b , ,c")).get(0);

        assertThat(line.after(1, 1).split(',')).containsExactly(
                new Field("in.txt", 1, 4, "b"), new Field("in.txt", 1, 8, ""), new Field("in.txt", 1, 9, "c"));
        assertThat(line.words()).extracting(Field::column).containsExactly(1, 4, 6, 8);
    }

    @Test
    void next_lineTooLong_refusedBeforeItIsRead() {
        String longLine = "x".repeat(InputLines.MAX_LINE + 1);

        assertThatThrownBy(() -> all(new StringReader("ok\n" + longLine)))
                .hasMessage("in.txt:2:10001: line longer than 10000 characters");
    }

    @Test
    void next_endlessInput_refusedAtTheLimit() {
        // a reader that never ends: the limit stops it, nothing that size is held
        Reader endless = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) {
                for (int i = 0; i < length; i++) {
                    buffer[offset + i] = i % 50 == 49 ? '\n' : 'x';
                }
                return length;
            }

            @Override
            public void close() {}
        };

        assertThatThrownBy(() -> all(endless)).hasMessageContaining("input longer than 4000000 characters");
    }

    @Test
    void wholeNumber_andDates_errorsAtTheField() {
        Field field = new Field("in.txt", 7, 5, "2027-03-01..x");

        assertThatThrownBy(field::dates).hasMessage(
                "in.txt:7:5: \"2027-03-01..x\" is not a date like 2027-03-01 (or a range 2027-03-01..2027-03-05)");
        assertThatThrownBy(() -> new Field("in.txt", 1, 2, "1e3").wholeNumber(10, "cost"))
                .hasMessage("in.txt:1:2: cost \"1e3\" is not a whole number from 0 to 10");
    }

    @Test
    void comment_hashLine_unlessItStartsWithASceneNumber() {
        assertThat(InputLines.comment("# the stunt days")).isTrue();
        assertThat(InputLines.comment("#")).isTrue();
        assertThat(InputLines.comment("#12A# before 14")).isFalse();
        assertThat(InputLines.comment("#3#: 1h")).isFalse();
        assertThat(InputLines.comment("12: 1h")).isFalse();
    }
}
