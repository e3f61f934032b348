package dev.showrunner.print;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.layout.PageFormat;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.revision.LayoutPages;
import dev.showrunner.screenplay.revision.Lock;
import dev.showrunner.screenplay.revision.Revision;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Revised pages as text: every line where the PDF prints it, dual dialogue side by side. */
class RevisionTextWriterTest {

    private static final String SCRIPT = """
            INT. ROOM - DAY

            A beat.

            BRICK
            Hello there, my old friend, how are you doing?

            STEEL ^
            Not bad at all, thanks, and you, old pal?

            EXT. YARD - DAY

            Dogs bark at the gate all afternoon long.
            """;

    private static Revision.Revised blue() {
        Screenplay white = Fountain.read(SCRIPT);
        LayoutPages layout = LayoutPages.forScript(white);
        Lock lock = Revision.lock(white, layout, LocalDate.of(2026, 11, 2), "");
        return Revision.revise(lock, Fountain.read(SCRIPT.replace("Dogs bark", "Cats hiss")), layout,
                lock.current().next(LocalDate.of(2026, 11, 9), ""), Revision.Options.DEFAULTS);
    }

    @Test
    void of_dualDialogue_sideBySideOnTheirRows_numbersInBothMarginsAndTheMark() {
        String text = RevisionTextWriter.of(blue(), PageFormat.FEATURE, false);
        var rows = Arrays.asList(text.split("\n"));

        assertThat(rows.getFirst()).startsWith("==== Page 1 (revised) ===").endsWith(" Blue Revision 11/9/26");
        assertThat(rows).anyMatch(r -> r.matches(" +1 +INT\\. ROOM - DAY +1"));
        assertThat(rows).anyMatch(r -> r.matches(" +BRICK +STEEL"));
        assertThat(rows).anyMatch(r -> r.matches(" +Hello there.* +Not bad.*"));
        assertThat(rows).anyMatch(r -> r.matches(" +Cats hiss at the gate.* +\\*"));
        assertThat(text).doesNotContain("Dogs");
    }

    @Test
    void html_dualDialogue_rightColumnOnTheLeftColumnsRow() throws Exception {
        StringBuilder html = new StringBuilder();
        RevisionHtmlWriter.pages(blue(), PageFormat.FEATURE, false, html);
        String brick = html.substring(html.lastIndexOf("style=\"top:", html.indexOf(">BRICK<")), html.indexOf(">BRICK<"));
        String steel = html.substring(html.lastIndexOf("style=\"top:", html.indexOf(">STEEL<")), html.indexOf(">STEEL<"));

        assertThat(steel.substring(0, steel.indexOf(';'))).isEqualTo(brick.substring(0, brick.indexOf(';')));
        assertThat(steel).isNotEqualTo(brick);
    }
}
