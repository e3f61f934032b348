package dev.showrunner.screenplay.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LockNumberTest {

    private static LockNumber n(String text) {
        return LockNumber.parse(text).orElseThrow();
    }

    @ParameterizedTest(name = "between {0} and {1} (taken: {2}) comes {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "12  | 13  | -        | 12A",
        "12A | 13  | -        | 12B",
        "12A | 12B | -        | 12AA",
        "12  | 12A | -        | 12aA",
        "-   | 1   | -        | A1",
        "A1  | 1   | -        | B1",
        "-   | A1  | -        | aA1",
        "12  | 13  | 12A 12B  | 12C",
        "12  | -   | -        | 12A",
        "12Z | 13  | -        | 12ZA",
        "-   | -   | 1 2      | 3",
    })
    void between_bounds_nextNumberPerRule3(String lower, String upper, String taken, String expected) {
        Set<LockNumber> used = taken == null ? Set.of()
                : Stream.of(taken.split(" ")).map(LockNumberTest::n).collect(Collectors.toSet());
        LockNumber got = LockNumber.between(lower == null ? null : n(lower), upper == null ? null : n(upper), used::contains);
        assertThat(got).hasToString(expected);
        if (lower != null) {
            assertThat(got).isGreaterThan(n(lower));
        }
        if (upper != null) {
            assertThat(got).isLessThan(n(upper));
        }
    }

    @Test
    void compareTo_mixedNumbers_productionFilingOrder() {
        List<LockNumber> numbers = new ArrayList<>(Stream.of("13", "12B", "12", "A1", "12AA", "1", "12aA", "12A", "B1", "2")
                .map(LockNumberTest::n).toList());
        numbers.sort(null);
        assertThat(numbers).extracting(LockNumber::toString)
                .containsExactly("A1", "B1", "1", "2", "12", "12aA", "12A", "12AA", "12B", "13");
    }

    @Test
    void parse_notANumber_empty() {
        assertThat(LockNumber.parse("12-13")).isEmpty();
        assertThat(LockNumber.parse("")).isEmpty();
        assertThat(LockNumber.parse("A")).isEmpty();
        assertThat(LockNumber.parse(" 7B ")).contains(new LockNumber("", 7, "B"));
    }
}
