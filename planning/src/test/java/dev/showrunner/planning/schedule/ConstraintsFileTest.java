package dev.showrunner.planning.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.showrunner.screenplay.ScriptFormatException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstraintsFileTest {

    private static ConstraintsFile read(String text) throws ScriptFormatException {
        return ConstraintsFile.read(new StringReader(text), "rules.txt", InputScripts.NUMBERED);
    }

    private static List<List<Integer>> pairs(ConstraintsFile file) {
        return file.constraints().precedences().stream().map(p -> List.of(p[0], p[1])).toList();
    }

    @Test
    void read_everyKindOfRule_positionsInTheBreakdown() throws ScriptFormatException {
        ConstraintsFile file = read("""
                # the flashback is shot first
                2A before 3

                3 AFTER 1
                scene 2 on 2027-03-04
                EDWARD works 2027-03-01..2027-04-10
                will works from 2027-03-02 to 2027-03-05
                """);

        // 2A is the third scene of the script, 3 the fourth
        assertThat(pairs(file)).containsExactly(List.of(3, 4), List.of(1, 4));
        assertThat(file.constraints().fixedDates()).containsExactly(java.util.Map.entry(2, LocalDate.of(2027, 3, 4)));
        assertThat(file.constraints().windows().get("EDWARD"))
                .isEqualTo(new Constraints.Window(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 10)));
        assertThat(file.constraints().windows().get("WILL"))
                .isEqualTo(new Constraints.Window(LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 5)));
        assertThat(file.warnings()).isEmpty();
    }

    @Test
    void read_listsAndChains_everyPair() throws ScriptFormatException {
        ConstraintsFile file = read("scenes 1, 2 before 2A before #3#\n1 2 on 2027-03-01\n");

        assertThat(pairs(file)).containsExactly(List.of(1, 3), List.of(2, 3), List.of(3, 4));
        assertThat(file.constraints().fixedDates()).containsOnlyKeys(1, 2);
    }

    @Test
    void read_holidaysAndDaysOff_theCompanysCalendar() throws ScriptFormatException {
        ConstraintsFile file = read("""
                holiday 2027-05-31
                Holidays on 2027-12-24..2027-12-26, 2027-12-31
                days off: Sundays
                """);

        assertThat(file.constraints().holidays()).containsExactlyInAnyOrder(LocalDate.of(2027, 5, 31),
                LocalDate.of(2027, 12, 24), LocalDate.of(2027, 12, 25), LocalDate.of(2027, 12, 26), LocalDate.of(2027, 12, 31));
        assertThat(file.constraints().daysOff()).containsExactly(java.time.DayOfWeek.SUNDAY);
        assertThat(read("days off Sat and Sun\n").constraints().daysOff())
                .containsExactlyInAnyOrder(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY);
        assertThat(read("day off none\n").constraints().daysOff()).isEmpty();
        // without a days off line, the request's week (Saturdays and Sundays off)
        assertThat(read("1 before 2\n").constraints().daysOff()).isNull();
    }

    @Test
    void read_badHolidayOrDaysOff_errorAtTheWord() {
        assertThatThrownBy(() -> read("holiday\n")).hasMessageStartingWith("rules.txt:1:1: expected the dates after \"holiday\"");
        assertThatThrownBy(() -> read("holiday 2027-05-31, May 31\n"))
                .hasMessageStartingWith("rules.txt:1:21: \"May 31\" is not a date like 2027-03-01");
        assertThatThrownBy(() -> read("holiday 2027-05-31,,2027-06-01\n"))
                .hasMessageStartingWith("rules.txt:1:9: expected a date or a range between the commas");
        assertThatThrownBy(() -> read("holidays 2020-01-01..2029-12-31, 2030-01-01..2030-12-31\n"))
                .hasMessageStartingWith("rules.txt:1:34: more than ten years of holidays");
        assertThatThrownBy(() -> read("days off Sunday, Funday\n"))
                .hasMessageStartingWith("rules.txt:1:18: \"Funday\" is not a day of the week");
        assertThatThrownBy(() -> read("days off\n")).hasMessageStartingWith("rules.txt:1:6: expected the days of the week");
        assertThatThrownBy(() -> read("days off Mon, Tue, Wed, Thu, Fri, Sat, Sun\n"))
                .hasMessageStartingWith("rules.txt:1:10: every day of the week is a day off");
        assertThatThrownBy(() -> read("days off Sunday\ndays off Saturday\n"))
                .hasMessageStartingWith("rules.txt:2:1: the days off are already given on line 1");
    }

    @Test
    void read_unknownScene_errorAtTheNumber() {
        assertThatThrownBy(() -> read("1 before 2\n2 before 12\n"))
                .isInstanceOf(ScriptFormatException.class)
                .hasMessageStartingWith("rules.txt:2:10: the script has no scene 12");
    }

    @Test
    void read_noRule_errorSaysWhatIsExpected() {
        assertThatThrownBy(() -> read("  shoot 1 first\n"))
                .hasMessage("rules.txt:1:3: " + ConstraintsFile.EXPECTED);
    }

    @Test
    void read_missingSide_errorAtTheKeyword() {
        assertThatThrownBy(() -> read("1 before\n")).hasMessageStartingWith("rules.txt:1:3: expected scene numbers after \"before\"");
        assertThatThrownBy(() -> read("before 1\n")).hasMessageStartingWith("rules.txt:1:1: expected scene numbers before \"before\"");
        assertThatThrownBy(() -> read("1 before 1\n")).hasMessageStartingWith("rules.txt:1:10: a scene cannot be shot before itself");
    }

    @Test
    void read_rulesInACircle_refusedAtTheLatestNamingEachRule() {
        assertThatThrownBy(() -> read("1 before 2\n# then, by mistake\n1 after 2\n"))
                .hasMessage("rules.txt:3:1: these rules go round in a circle, so no order keeps them all:"
                        + " 1 before 2 (line 1), 2 before 1 (line 3)");
        assertThatThrownBy(() -> read("1 before 2 before 3\n3 before 1\n"))
                .hasMessage("rules.txt:2:1: these rules go round in a circle, so no order keeps them all:"
                        + " 1 before 2 (line 1), 2 before 3 (line 1), 3 before 1 (line 2)");
    }

    @Test
    void read_rulesThatMeetButDoNotCircle_areKept() throws ScriptFormatException {
        ConstraintsFile rules = read("1 before 3\n2 before 3\n1 before 2\n");

        assertThat(rules.constraints().precedences()).hasSize(3);
    }

    @Test
    void read_badDate_errorAtTheDate() {
        assertThatThrownBy(() -> read("scene 1 on 2027-02-30\n"))
                .hasMessage("rules.txt:1:12: \"2027-02-30\" is not a date like 2027-03-01");
        assertThatThrownBy(() -> read("scene 1 on\n")).hasMessageStartingWith("rules.txt:1:9: expected a date after \"on\"");
        assertThatThrownBy(() -> read("EDWARD works 2027-04-10..2027-03-01\n"))
                .hasMessageStartingWith("rules.txt:1:14: date range \"2027-04-10..2027-03-01\" runs backwards");
        assertThatThrownBy(() -> read("EDWARD works\n")).hasMessageStartingWith("rules.txt:1:8: expected the contract's dates");
        assertThatThrownBy(() -> read("works 2027-03-01\n")).hasMessageStartingWith("rules.txt:1:1: expected a cast member's NAME");
    }

    @Test
    void read_contradictions_errorNamingTheEarlierLine() {
        assertThatThrownBy(() -> read("1 on 2027-03-01\n\n1 on 2027-03-02\n"))
                .hasMessage("rules.txt:3:1: scene 1 is already fixed to 2027-03-01 on line 1");
        assertThatThrownBy(() -> read("EDWARD works 2027-03-01\nEdward works 2027-03-02\n"))
                .hasMessage("rules.txt:2:1: EDWARD's contract is already given on line 1");
    }

    @Test
    void read_contractForUnknownCast_warningNotError() throws ScriptFormatException {
        ConstraintsFile file = read("EDWRAD works 2027-03-01..2027-03-31\n");

        assertThat(file.warnings()).singleElement().hasToString(
                "rules.txt:1:1: warning: the script has no cast member EDWRAD; the contract is ignored");
    }
}
