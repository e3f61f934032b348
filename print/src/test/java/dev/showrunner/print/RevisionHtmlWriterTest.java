package dev.showrunner.print;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.layout.PageFormat;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.revision.LayoutPages;
import dev.showrunner.screenplay.revision.Lock;
import dev.showrunner.screenplay.revision.Revision;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The page view of a locked script: what the revision's PDF prints, where it prints it. */
class RevisionHtmlWriterTest {

    private static String script(boolean withNewScene) {
        StringBuilder out = new StringBuilder();
        for (int n = 1; n <= 30; n++) {
            out.append("INT. ROOM ").append(n).append(" - DAY\n\n");
            for (int k = 1; k <= 3; k++) {
                out.append("Scene ").append(n).append(", beat ").append(k).append(".\n\n");
            }
            if (n == 12 && withNewScene) {
                out.append("EXT. NEW ALLEY - NIGHT\n\nA new <b>beat</b> in a new place.\n\n");
            }
        }
        return out.toString();
    }

    @Test
    void pages_newSceneInBlue_numbersInBothMarginsMarksHeaderAndBluePaper() throws Exception {
        Screenplay white = Fountain.read(script(false));
        Screenplay blue = Fountain.read(script(true));
        LayoutPages layout = LayoutPages.forScript(white);
        Lock lock = Revision.lock(white, layout, LocalDate.of(2026, 11, 2), "");
        Revision.Revised revised = Revision.revise(lock, blue, layout, lock.current().next(LocalDate.of(2026, 11, 9), ""),
                Revision.Options.DEFAULTS);

        StringBuilder html = new StringBuilder();
        RevisionHtmlWriter.pages(revised, PageFormat.FEATURE, false, html);
        String page = html.substring(html.indexOf("<section", html.indexOf("EXT. NEW ALLEY") - 3000 < 0 ? 0
                : html.lastIndexOf("<section", html.indexOf("EXT. NEW ALLEY"))));
        page = page.substring(0, page.indexOf("</section>"));

        assertThat(html.toString().split("<section ", -1)).hasSize(revised.pages().size() + 1);
        assertThat(page).contains("data-revision=\"1\"").contains("background:#")
                .contains("<p class=\"l rev-header\"").contains("Blue Revision 11/9/26")
                .contains(">EXT. NEW ALLEY - NIGHT</p>").contains("&lt;b&gt;beat&lt;/b&gt;");
        // 12A in both margins, on the heading's row, and the mark beside it
        Matcher heading = Pattern.compile("<p class=\"l scene-heading\" id=\"scene-13\"[^>]*style=\"top:([0-9.]+em)")
                .matcher(page);
        assertThat(heading.find()).isTrue();
        String top = heading.group(1);
        assertThat(Pattern.compile("<p class=\"sn\" style=\"top:" + Pattern.quote(top) + ";left:[0-9.]+em\">12A</p>")
                .matcher(page).results().count()).isEqualTo(2);
        assertThat(page).contains("<p class=\"l mark\" style=\"top:" + top);
        // an unchanged page stays White: no header, no marks, no colour
        String first = html.substring(0, html.indexOf("</section>"));
        assertThat(first).contains("data-revision=\"0\"").doesNotContain("rev-header").doesNotContain("mark")
                .doesNotContain("background:");
    }
}
