package dev.showrunner.studio.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coloured revisions issued in the studio: the colour chosen, the revised pages and the full
 * shooting script as PDFs (read back with PDFBox), as {@code showrunner revise} prints them.
 */
class RevisionsPageTest {

    @TempDir
    static Path dir;
    static TestStudio studio;
    static String owner;
    static String producer;
    static String writer;
    static long episode;
    static final String TODAY = LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("M/d/yy"));

    /** Twenty scenes of a heading and four actions: about two scenes and a half a page. */
    static String script(int longScene, int cut) {
        StringBuilder text = new StringBuilder();
        for (int n = 1; n <= 20; n++) {
            if (n == cut) {
                continue;
            }
            text.append("INT. ROOM ").append(n).append(" - DAY\n\n");
            for (int k = 1; k <= 4; k++) {
                text.append("Scene ").append(n).append(" action ").append(k)
                        .append(", long enough to take two lines of the page when it wraps at the margin.\n\n");
            }
            if (n == longScene) {
                text.append("EXT. NEW ALLEY - NIGHT\n\n");
                for (int k = 1; k <= 12; k++) {
                    text.append("New action ").append(k)
                            .append(", which runs on long enough to take two lines of the page as well.\n\n");
                }
            }
        }
        return text.toString();
    }

    @BeforeAll
    static void setUp() {
        studio = new TestStudio(dir);
        owner = studio.account("owner@example.org", "Owner", null);
        producer = studio.account("producer@example.org", "Producer", owner);
        writer = studio.account("writer@example.org", "Writer", owner);
        long season = studio.season(owner, "Harbour Lights");
        long series = studio.call("GET", "/api/series", owner, null).json().get(0).get("id").asLong();
        studio.join(owner, series, "producer@example.org", "producer", producer);
        studio.join(owner, series, "writer@example.org", "writer", writer);
        episode = studio.episode(owner, season, "Pilot");
        studio.call("POST", "/api/episodes/" + episode + "/drafts", owner, Map.of("base", 0, "text", script(0, 0)));
        studio.call("POST", "/api/episodes/" + episode + "/drafts", owner, Map.of("base", 1, "text", script(3, 0)));
        studio.call("POST", "/api/episodes/" + episode + "/revisions", owner, Map.of("draft", 1, "label", "Production Draft"));
    }

    @AfterAll
    static void tearDown() {
        studio.close();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void issue_producerPicksPink_revisedPagesPdfHasHeaderAsterisksAndAPages() throws IOException {
        TestStudio.Reply writerTries = studio.call("POST", "/api/episodes/" + episode + "/revisions", writer, Map.of("draft", 2));
        TestStudio.Reply white = studio.call("POST", "/api/episodes/" + episode + "/revisions", owner,
                Map.of("draft", 2, "color", "white"));
        TestStudio.Reply mauve = studio.call("POST", "/api/episodes/" + episode + "/revisions", owner,
                Map.of("draft", 2, "color", "mauve"));
        TestStudio.Reply pink = studio.call("POST", "/api/episodes/" + episode + "/revisions", producer,
                Map.of("draft", 2, "color", "pink", "label", "Alley"));

        assertThat(writerTries.status()).isEqualTo(403);
        assertThat(white.status()).isEqualTo(400);
        assertThat(white.json().get("detail").asText()).startsWith("color: White is the locked script's paper");
        assertThat(mauve.json().get("detail").asText()).startsWith("color: unknown revision colour 'mauve'");
        assertThat(pink.status()).isEqualTo(201);
        assertThat(pink.json().get("color").asText()).isEqualTo("Pink");

        String pages = text(studio.download("/episodes/" + episode + "/revisions/1/pages", owner));
        String script = text(studio.download("/episodes/" + episode + "/revisions/1/pages?pages=all", owner));
        String api = text(studio.download("/api/episodes/" + episode + "/revisions/1/pages?pages=all&marks=this&tint=1", owner));
        String asText = new String(studio.download("/episodes/" + episode + "/revisions/1/pages?format=txt", owner),
                java.nio.charset.StandardCharsets.UTF_8);

        // the new scene 3A, starred, runs over page 1 onto page 1A; its numbers in both margins
        assertThat(pages).contains("Pink Revision " + TODAY).contains("EXT. NEW ALLEY - NIGHT3A 3A *")
                .contains("1A.Pink Revision " + TODAY).doesNotContain("INT. ROOM 20 - DAY");
        assertThat(script).contains("INT. ROOM 1 - DAY").contains("INT. ROOM 20 - DAY").contains("Pink Revision " + TODAY)
                .contains("3A");
        assertThat(api).isEqualTo(script);
        assertThat(asText).contains("EXT. NEW ALLEY - NIGHT");
        assertThat(studio.call("GET", "/episodes/" + episode + "/revisions/1/pages?pages=some", owner, null).status())
                .isEqualTo(400);
        assertThat(studio.call("GET", "/episodes/" + episode + "/revisions/0/pages", owner, null).status()).isEqualTo(404);
    }

    @Test
    void issue_nextColourAfterPink_isYellow_andOnlyThisRevisionsMarksLeavesPinkOnesOff() throws IOException {
        if (studio.call("GET", "/api/episodes/" + episode + "/revisions", owner, null).json().size() < 2) {
            studio.call("POST", "/api/episodes/" + episode + "/revisions", owner, Map.of("draft", 2, "color", "pink"));
        }
        studio.call("POST", "/api/episodes/" + episode + "/drafts", owner, Map.of("base", 2, "text", script(3, 10)));
        TestStudio.Reply yellow = studio.postForm("/episodes/" + episode + "/revisions", owner, Map.of("draft", "3",
                "color", "next"));

        assertThat(yellow.status()).isEqualTo(302);
        var issues = studio.call("GET", "/api/episodes/" + episode + "/revisions", owner, null).json();
        assertThat(issues.get(2).get("color").asText()).isEqualTo("Yellow");
        String all = text(studio.download("/episodes/" + episode + "/revisions/2/pages?pages=all", owner));
        String onlyYellow = text(studio.download("/episodes/" + episode + "/revisions/2/pages?pages=all&marks=this", owner));
        // scene 10 is cut: OMITTED where it stood, starred in Yellow; the Pink alley keeps its star unless asked not to
        assertThat(all).contains("Yellow Revision " + TODAY).contains("OMITTED").contains("EXT. NEW ALLEY - NIGHT3A 3A *");
        assertThat(onlyYellow).contains("OMITTED").contains("EXT. NEW ALLEY - NIGHT3A 3A\n")
                .doesNotContain("NIGHT3A 3A *");
    }

    @Test
    void pageView_lockedEpisode_showsTheLockedPagesWithNumbersInBothMarginsAndMarksChangesSince() {
        long locked = studio.episode(owner, studio.season(owner, "Page view"), "Locked");
        studio.call("POST", "/api/episodes/" + locked + "/drafts", owner, Map.of("base", 0, "text", script(0, 0)));
        TestStudio.Reply before = studio.call("GET", "/episodes/" + locked, owner, null);
        studio.call("POST", "/api/episodes/" + locked + "/revisions", owner, Map.of("draft", 1));

        TestStudio.Reply page = studio.call("GET", "/episodes/" + locked, owner, null);
        var preview = studio.call("POST", "/api/episodes/" + locked + "/preview", owner, Map.of("text", script(3, 0))).json();

        assertThat(before.body()).doesNotContain("id=\"lock-state\"").doesNotContain("class=\"sn\"");
        assertThat(page.body()).contains("id=\"lock-state\"").contains("White (locked) current (from draft 1)")
                .contains("data-revision=\"0\"").contains("<p class=\"sn\"").contains(">3</p>")
                .doesNotContain("class=\"l mark\"");
        var added = preview.get("scenes").get(3);
        assertThat(added.get("label").asText()).isEqualTo("3A");
        assertThat(added.get("heading").asText()).isEqualTo("EXT. NEW ALLEY - NIGHT");
        assertThat(preview.get("scenes").get(4).get("label").asText()).isEqualTo("4");
        assertThat(page.body()).contains("<option value=\"3\">3. INT. ROOM 3 - DAY</option>");
        String html = preview.get("html").asText();
        assertThat(html).contains(">3A</p>").contains("class=\"l mark\"").contains("data-page=\"1A\"")
                .contains("id=\"scene-4\"");
    }

    @Test
    void comparePage_opensWithTheSummaryOfChangesAndLinksToEach() {
        TestStudio.Reply page = studio.call("GET", "/episodes/" + episode + "/compare?from=1&to=2", owner, null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"compare-summary\"").contains("1 scene added, 0 cut, 0 moved, 0 rewritten.")
                .contains("<a href=\"#change-1\">Added: EXT. NEW ALLEY - NIGHT</a>").contains("id=\"change-1\"")
                .contains("3 scenes unchanged: INT. ROOM 1 - DAY … INT. ROOM 3 - DAY");
        assertThat(page.body().indexOf("compare-summary")).isLessThan(page.body().indexOf("sr-diff"));
    }
}
