package dev.showrunner.screenplay.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EighthsTest {

    @ParameterizedTest
    @CsvSource({
        "0, 0, 0 pages",
        "1, 1/8, 1/8 page",
        "3, 3/8, 3/8 page",
        "8, 1, 1 page",
        "9, 1 1/8, 1 1/8 pages",
        "12, 1 4/8, 1 4/8 pages",
        "16, 2, 2 pages",
        "1013, 126 5/8, 126 5/8 pages",
    })
    void print_eighths_asAProductionOfficeWritesThem(int value, String shown, String withUnit) {
        Eighths e = Eighths.of(value);
        assertThat(e.toString()).isEqualTo(shown);
        assertThat(e.withUnit()).isEqualTo(withUnit);
        assertThat(Eighths.parse(shown)).isEqualTo(e);
    }

    @Test
    void parse_spacesAroundTheParts_areAllowed() {
        assertThat(Eighths.parse(" 1  3 / 8 ")).isEqualTo(Eighths.of(11));
        assertThat(Eighths.parse("11/8")).isEqualTo(Eighths.of(11));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''            | column 1: a number is missing",
        "'1 3/4'       | column 5: a length is counted in eighths (/8), not /4",
        "'1 9/8'       | column 4: the eighths of a mixed length run from 1 to 7, not 9",
        "'2 pages'     | column 3: expected a number, found 'p'",
        "'3/8x'        | column 4: unexpected 'x'",
        "'-1'          | column 1: expected a number, found '-'",
        "'300000000'   | column 10: the length is too long",
        "'99999999999' | column 1: the number is too large",
    })
    void parse_notALength_namesTheColumn(String text, String problem) {
        assertThatThrownBy(() -> Eighths.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith(problem);
    }

    @Test
    void plusAndCompare_addAndOrderLengths() {
        Eighths sum = Stream.of(3, 5, 7).map(Eighths::of).reduce(Eighths.ZERO, Eighths::plus);
        assertThat(sum).isEqualTo(Eighths.parse("1 7/8"));
        assertThat(sum.wholePages()).isEqualTo(1);
        assertThat(sum.remainder()).isEqualTo(7);
        assertThat(sum.inPages()).isEqualTo(1.875);
        assertThat(Eighths.of(3)).isLessThan(Eighths.of(8)).isEqualByComparingTo(Eighths.parse("3/8"));
        assertThat(Eighths.pages(2)).isEqualTo(Eighths.of(16));
        assertThatThrownBy(() -> Eighths.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
