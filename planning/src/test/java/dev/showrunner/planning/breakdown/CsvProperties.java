package dev.showrunner.planning.breakdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.planning.schedule.Reports;
import dev.showrunner.planning.schedule.ScheduleRequest;
import dev.showrunner.planning.schedule.ShootingSchedule;
import dev.showrunner.planning.schedule.ShootingScheduler;
import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.model.Screenplay;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

/** The one CSV writer: what it writes reads back as the same cells, and no cell is a formula. */
class CsvProperties {

    /** What a spreadsheet runs when a cell begins with it (OWASP's list). */
    static final String FORMULA_STARTS = "=+-@\t\r";

    @Property(tries = 2000)
    void row_readBack_givesEveryCellAndNoneStartsAFormula(@ForAll("rows") List<String> cells) {
        StringBuilder out = new StringBuilder();
        Csv.row(out, cells.toArray(String[]::new));

        List<String> read = readRow(out.toString());

        assertThat(read).hasSize(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            String written = read.get(i);
            String original = cells.get(i);
            assertThat(written).as("cell %d", i).satisfiesAnyOf(
                    w -> assertThat(w).isEmpty(),
                    w -> assertThat(FORMULA_STARTS.indexOf(w.charAt(0))).isNegative());
            boolean dangerous = !original.isEmpty() && FORMULA_STARTS.indexOf(original.charAt(0)) >= 0;
            assertThat(written).isEqualTo(dangerous ? "'" + original : original);
        }
    }

    @Provide
    Arbitrary<List<String>> rows() {
        Arbitrary<String> cell = Arbitraries.oneOf(
                Arbitraries.strings().withChars("=+-@\t\r\n\",' aZ9|!(").ofMaxLength(8),
                Arbitraries.strings().all().ofMaxLength(6));
        return cell.list().ofMinSize(1).ofMaxSize(6);
    }

    @Example
    void breakdownStripboardAndDayOutOfDays_formulasFromTheScript_areWrittenAsText() throws ScriptFormatException {
        Screenplay script = Fountain.read("""
                INT. =HYPERLINK("http://evil.example","x") - DAY #1#

                @@=1+2
                Hello.

                EXT. +SUM(A1) - NIGHT #2#

                @@=1+2
                Again.
                """);
        Elements elements = ElementsFile.read(new StringReader("1: props: =cmd|' /C calc'!A0\n"), "elements.txt",
                SceneNumbers.of(script));
        Breakdown breakdown = Breakdown.of(script, elements);
        ShootingSchedule schedule = ShootingScheduler.schedule(ScheduleRequest.of(breakdown, 8, LocalDate.of(2027, 3, 1)),
                () -> false);

        for (String csv : List.of(Csv.of(breakdown), Reports.stripboardCsv(schedule), Reports.dayOutOfDaysCsv(schedule))) {
            for (String line : csv.split("\n")) {
                for (String c : readRow(line + "\n")) {
                    assertThat(c.isEmpty() || FORMULA_STARTS.indexOf(c.charAt(0)) < 0).as("cell %s of %s", c, line).isTrue();
                }
            }
        }
        assertThat(Csv.of(breakdown)).contains("'=HYPERLINK(").contains("'=cmd|' /C calc'!A0").contains("'@=1+2");
        assertThat(Reports.stripboardCsv(schedule)).contains("'=HYPERLINK(").contains("'+SUM(A1)");
        assertThat(Reports.dayOutOfDaysCsv(schedule)).contains("\n'@=1+2,");
    }

    /** An RFC 4180 reader of one row, to read back what the writer wrote. */
    static List<String> readRow(String text) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                cells.add(cell.toString());
                return cells;
            } else {
                cell.append(c);
            }
            i++;
        }
        throw new AssertionError("the row does not end with a line break: " + text);
    }
}
