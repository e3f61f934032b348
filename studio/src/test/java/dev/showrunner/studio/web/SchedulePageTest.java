package dev.showrunner.studio.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The studio's shooting schedule of a draft: the form, the board it shows and the reports of that very board. */
class SchedulePageTest {

    @TempDir
    static Path dir;
    static TestStudio studio;
    static String owner;
    static String stranger;
    static long episode;
    static long empty;

    @BeforeAll
    static void setUp() {
        studio = new TestStudio(dir);
        owner = studio.account("owner@example.org", "Owner", null);
        stranger = studio.account("stranger@example.org", "Stranger", owner);
        long season = studio.season(owner, "Harbour Lights");
        episode = studio.episode(owner, season, "Pilot");
        empty = studio.episode(owner, season, "Unwritten");
        studio.call("POST", "/api/episodes/" + episode + "/drafts", owner, Map.of("base", 0, "text", """
                INT. DINER - NIGHT

                MARY sits alone.

                MARY
                More coffee.

                EXT. PARKING LOT - DAY

                JOHN leans on a truck.

                JOHN
                She's late.

                INT. DINER - NIGHT

                MARY and JOHN argue.

                JOHN
                You said nine.

                MARY
                I said ten.
                """));
    }

    @AfterAll
    static void tearDown() {
        studio.close();
    }

    @Test
    void page_notAskedYet_showsTheFormOnly() {
        TestStudio.Reply page = studio.call("GET", "/episodes/" + episode + "/schedule", owner, null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"schedule-form\"").contains("value=\"40\"").doesNotContain("id=\"stripboard\"");
    }

    @Test
    void page_asked_showsStripsDayBreaksBoundAndDayOutOfDays() {
        TestStudio.Reply page = studio.call("GET",
                "/episodes/" + episode + "/schedule?draft=1&eighths=2&start=2027-03-01&seconds=1", owner, null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("<tr class=\"strip-blue\" id=\"strip-1\">")
                .contains("<tr class=\"strip-yellow\" id=\"strip-2\">")
                .contains("End of Day 1 of ")
                .contains("Mon 1 Mar 2027")
                .contains("lower bound")
                .contains("id=\"day-out-of-days\"")
                .contains("<td>MARY</td>");
    }

    @Test
    void reports_ofTheBoardShown_areThatBoardsStripboardAndDayOutOfDays() {
        TestStudio.Reply page = studio.call("GET",
                "/episodes/" + episode + "/schedule?draft=1&eighths=2&start=2027-03-01&seconds=1", owner, null);
        String csvLink = link(page.body(), "stripboard.csv");
        String pdfLink = link(page.body(), "stripboard.pdf");

        TestStudio.Reply csv = studio.call("GET", csvLink, owner, null);
        TestStudio.Reply pdf = studio.call("GET", pdfLink, owner, null);
        TestStudio.Reply dood = studio.call("GET", link(page.body(), "day-out-of-days.pdf"), owner, null);
        TestStudio.Reply ics = studio.call("GET", link(page.body(), "schedule.ics"), owner, null);

        assertThat(csv.status()).isEqualTo(200);
        // every day break the page showed is in the file, in the same order
        Matcher days = Pattern.compile("End of Day (\\d+) of (\\d+)").matcher(page.body());
        while (days.find()) {
            assertThat(csv.body()).contains("END OF DAY " + days.group(1) + " of " + days.group(2));
        }
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");
        assertThat(pdf.raw().headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(dood.body()).startsWith("%PDF");
        assertThat(ics.body()).contains("DTSTART;VALUE=DATE:20270301");
    }

    @Test
    void report_boardThatNoLongerFits_isRefusedWithWhatToDo() {
        TestStudio.Reply reply = studio.call("GET",
                "/episodes/" + episode + "/schedule/stripboard.csv?draft=1&eighths=40&start=2027-03-01&days=1.1", owner, null);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("the board has 2 scenes, the breakdown 3").contains("schedule draft 1 again");
    }

    @Test
    void page_badInput_saysWhichFieldAndWhy() {
        assertThat(studio.call("GET", "/episodes/" + episode + "/schedule?eighths=0", owner, null).body())
                .contains("eighths: a day holds 1 to 800 eighths of a page, not 0");
        assertThat(studio.call("GET", "/episodes/" + episode + "/schedule?eighths=40&start=March", owner, null).body())
                .contains("start: \"March\" is not a date (YYYY-MM-DD)");
        assertThat(studio.call("GET", "/episodes/" + episode + "/schedule?eighths=40&seconds=3600", owner, null).body())
                .contains("seconds: the search may take 1 to 30 seconds, not 3600");
        assertThat(studio.call("GET", "/episodes/" + episode + "/schedule/stripboard.csv?eighths=40&days=1.x.1", owner, null)
                .body()).contains("days: scene 2's day \"x\" is not a number");
    }

    @Test
    void page_noDraftYet_saysSo() {
        assertThat(studio.call("GET", "/episodes/" + empty + "/schedule?eighths=40", owner, null).body())
                .contains("No draft saved yet");
    }

    @Test
    void page_someoneNotOnTheSeries_isRefused() {
        assertThat(studio.call("GET", "/episodes/" + episode + "/schedule", stranger, null).status()).isIn(403, 404);
    }

    @Test
    void page_places_setsAtOnePlaceNeedNoCompanyMove() {
        String asked = "/episodes/" + episode + "/schedule?draft=1&eighths=40&start=2027-03-01&seconds=1";
        String places = java.net.URLEncoder.encode("TRUCK STOP: DINER, PARKING LOT\nHARBOUR: PIER\n",
                java.nio.charset.StandardCharsets.UTF_8);

        TestStudio.Reply apart = studio.call("GET", asked, owner, null);
        TestStudio.Reply together = studio.call("GET", asked + "&places=" + places, owner, null);

        // one day either way; the diner and the lot are two places, or one
        assertThat(apart.body()).contains("1 shooting day</strong>, 1 company move,");
        assertThat(together.body()).contains("1 shooting day</strong>, 0 company moves,")
                .contains("places, line 2: the script has no set PIER")
                .contains("TRUCK STOP: DINER, PARKING LOT");
        // the downloads carry the places, so their board is priced the same way
        TestStudio.Reply csv = studio.call("GET", link(together.body(), "stripboard.csv"), owner, null);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(link(together.body(), "stripboard.csv")).contains("places=TRUCK+STOP");
    }

    @Test
    void page_placesOfAFeature_fitInTheLinks() {
        // a feature's locations file runs to several kilobytes, more than Jetty's default 8 KB
        // of request line; with every set of this draft named two hundred times over
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            many.append("PLACE ").append(i).append(": SET ").append(i).append(" OF A FEATURE, ANOTHER SET ").append(i).append('\n');
        }
        many.append("TRUCK STOP: DINER, PARKING LOT\n");
        String places = java.net.URLEncoder.encode(many.toString(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(places.length()).isGreaterThan(10_000);

        TestStudio.Reply page = studio.call("GET", "/episodes/" + episode + "/schedule?draft=1&eighths=40&start=2027-03-01"
                + "&seconds=1&places=" + places, owner, null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("0 company moves");
        assertThat(studio.call("GET", link(page.body(), "stripboard.csv"), owner, null).status()).isEqualTo(200);
    }

    @Test
    void page_placesNotAPlaceList_saysWhichLine() {
        TestStudio.Reply reply = studio.call("GET", "/episodes/" + episode + "/schedule?eighths=40&seconds=1&places="
                + java.net.URLEncoder.encode("TRUCK STOP: DINER\nPARKING LOT\n", java.nio.charset.StandardCharsets.UTF_8),
                owner, null);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("places:2:").contains("expected LOCATION: SET, SET");
    }

    @Test
    void api_schedule_givesTheDaysTheBoundAndABoardItsReportsTake() {
        TestStudio.Reply reply = studio.call("GET",
                "/api/episodes/" + episode + "/schedule?eighths=2&start=2027-03-01&seconds=1", owner, null);

        assertThat(reply.status()).isEqualTo(200);
        var json = reply.json();
        assertThat(json.get("draft").asInt()).isEqualTo(1);
        assertThat(json.get("days").get(0).get("date").asText()).isEqualTo("2027-03-01");
        assertThat(json.get("cost").asLong()).isGreaterThanOrEqualTo(json.get("lower_bound").asLong());
        int scenes = 0;
        for (var day : json.get("days")) {
            scenes += day.get("scenes").size();
        }
        assertThat(scenes).isEqualTo(3);
        String board = json.get("board").asText();
        assertThat(board).matches("\\d+\\.\\d+\\.\\d+");
        TestStudio.Reply csv = studio.call("GET", "/episodes/" + episode + "/schedule/stripboard.csv?draft=1&eighths=2"
                + "&start=2027-03-01&days=" + board, owner, null);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("END OF DAY " + json.get("days").size() + " of " + json.get("days").size());
    }

    @Test
    void api_breakdown_givesOneObjectPerSceneAsTheCommandLineDoes() {
        TestStudio.Reply reply = studio.call("GET", "/api/episodes/" + episode + "/breakdown", owner, null);

        assertThat(reply.status()).isEqualTo(200);
        var scenes = reply.json().get("scenes");
        assertThat(scenes).hasSize(3);
        assertThat(scenes.get(1).get("set").asText()).isEqualTo("PARKING LOT");
        assertThat(scenes.get(1).get("speaking_cast").get(0).asText()).isEqualTo("JOHN");
        assertThat(studio.call("GET", "/api/episodes/" + empty + "/breakdown", owner, null).status()).isEqualTo(404);
        assertThat(studio.call("GET", "/api/episodes/" + episode + "/schedule?start=2027-03-01", owner, null).body())
                .contains("eighths: missing");
    }

    private static String link(String html, String file) {
        Matcher m = Pattern.compile("href=\"(/episodes/\\d+/schedule/" + Pattern.quote(file) + "\\?[^\"]+)\"").matcher(html);
        assertThat(m.find()).as("a link to " + file).isTrue();
        return m.group(1).replace("&amp;", "&");
    }
}
