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
    static long season;
    static long episode;
    static long empty;

    @BeforeAll
    static void setUp() {
        studio = new TestStudio(dir);
        owner = studio.account("owner@example.org", "Owner", null);
        stranger = studio.account("stranger@example.org", "Stranger", owner);
        season = studio.season(owner, "Harbour Lights");
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
        TestStudio.Reply csv = report(page.body(), "stripboard.csv");
        TestStudio.Reply pdf = report(page.body(), "stripboard.pdf");
        TestStudio.Reply dood = report(page.body(), "day-out-of-days.pdf");
        TestStudio.Reply ics = report(page.body(), "schedule.ics");

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
    void shootingSchedule_ofTheBoardShown_listsEachDaysScenesWithTheirNeedsOnTheDraftsPaper() throws Exception {
        long pilot = pilot("Long form");
        saveFiles(pilot, 0, Map.of("elements", "2: vehicles: pickup truck\n"));
        // the same draft laid out on A4 (its title page says so): its reports are on A4 too
        String text = studio.call("GET", "/api/episodes/" + pilot + "/drafts/1", owner, null).json().get("text").asText();
        studio.call("POST", "/api/episodes/" + pilot + "/drafts", owner, Map.of("base", 1, "text", "Format: a4\n\n" + text));
        TestStudio.Reply page = studio.call("GET",
                "/episodes/" + pilot + "/schedule?eighths=40&start=2027-03-01&seconds=1", owner, null);

        byte[] pdf = studio.postFormForBytes(reportPath(page.body(), "shooting-schedule.pdf"), owner, downloads(page.body()));

        assertThat(page.body()).contains("id=\"download-shooting-schedule-pdf\"");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String shown = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(shown).contains("Shooting schedule \u2014 ").contains("Day 1 \u2014 Mon 1 Mar 2027")
                    .contains("EXT. PARKING LOT - DAY").contains("Vehicles pickup truck").contains("Cast ")
                    .contains("End of Day 1");
            // landscape A4: 842 by 595 points
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void report_boardThatNoLongerFits_isRefusedWithWhatToDo() {
        TestStudio.Reply reply = studio.postForm("/episodes/" + episode + "/schedule/reports/stripboard.csv", owner,
                Map.of("draft", "1", "eighths", "40", "start", "2027-03-01", "days", "1.1"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("the board has 2 scenes, the breakdown 3").contains("schedule draft 1 again");
    }

    @Test
    void page_badInput_saysWhichFieldAndWhy() {
        assertThat(studio.call("GET", "/episodes/" + episode + "/schedule?eighths=0", owner, null).body())
                .contains("eighths: a day holds 1 to 800 eighths of a page, not 0");
        assertThat(studio.call("GET", "/episodes/" + episode + "/schedule?eighths=40&start=March", owner, null).body())
                .contains("start: \"March\" is not a date (YYYY-MM-DD)");
        // a day after 31 December 9999 has no four-digit year for the reports and the calendar
        assertThat(studio.call("GET", "/episodes/" + episode + "/schedule?eighths=40&start=9999-12-31", owner, null).body())
                .contains("start: the first shooting day falls in the years 1900 to 2999, not 9999-12-31");
        assertThat(studio.call("GET", "/api/episodes/" + episode + "/schedule?eighths=40&start=0001-01-01&seconds=1", owner,
                null).json().get("detail").asText()).isEqualTo("start: the first shooting day falls in the years 1900 to 2999, not 0001-01-01");
        assertThat(studio.call("GET", "/episodes/" + episode + "/schedule?eighths=40&seconds=3600", owner, null).body())
                .contains("seconds: the search may take 1 to 30 seconds, not 3600 (a longer one runs in the background");
        assertThat(studio.postForm("/episodes/" + episode + "/schedule/reports/stripboard.csv", owner,
                Map.of("eighths", "40", "days", "1.x.1")).body()).contains("days: scene 2's day \"x\" is not a number");
    }

    @Test
    void page_noDraftYet_saysSo() {
        assertThat(studio.call("GET", "/episodes/" + empty + "/schedule?eighths=40", owner, null).body())
                .contains("No draft saved yet");
    }

    @Test
    void board_stripMovedByHand_isPricedAtItsOwnAddress() {
        String asked = "/episodes/" + episode + "/schedule?draft=1&eighths=40&start=2027-03-01&seconds=1";
        TestStudio.Reply found = studio.call("GET", asked, owner, null);
        assertThat(found.body()).contains("1 shooting day</strong>");

        // the parking lot to a day of its own, as the strip's Day list sends it
        TestStudio.Reply moved = studio.call("GET", asked + "&files=0&days=1.1.1&day=1%3A1&day=2%3A2&day=3%3A1", owner, null);

        assertThat(moved.status()).isEqualTo(302);
        String address = moved.raw().headers().firstValue("Location").orElseThrow();
        assertThat(address).contains("&days=1.2.1").endsWith("#strip-2");
        TestStudio.Reply page = studio.call("GET", address.replace("#strip-2", ""), owner, null);
        assertThat(page.body()).contains("2 shooting days</strong>").contains("id=\"board-by-hand\"")
                .contains("<option value=\"2:2\" selected>");
        assertThat(downloads(page.body())).containsEntry("days", "1.2.1");
        // the API prices the same board without searching
        var json = studio.call("GET", "/api/episodes/" + episode + "/schedule?eighths=40&start=2027-03-01&days=1.2.1",
                owner, null).json();
        assertThat(json.get("days")).hasSize(2);
        assertThat(json.get("board").asText()).isEqualTo("1.2.1");
    }

    @Test
    void board_moveADayCannotHold_isRefusedAndTheBoardKept() {
        // a day of one eighth: every scene is longer, so each has a day to itself
        String asked = "/episodes/" + episode + "/schedule?draft=1&eighths=1&start=2027-03-01&seconds=1&files=0";

        TestStudio.Reply page = studio.call("GET", asked + "&days=1.2.3&day=1%3A1&day=2%3A1&day=3%3A3", owner, null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Scene 2 cannot go to day 1: day 1 (scenes 1, 2) needs more than a day")
                .contains("The board is as it was.").contains("3 shooting days</strong>");
        assertThat(studio.call("GET", asked + "&days=1.2.3&day=1%3A1&day=2%3Ax&day=3%3A3", owner, null).body())
                .contains("day: \"2:x\" is not SCENE:DAY");
        assertThat(studio.call("GET", asked + "&days=1.2.3&day=1%3A1&day=3%3A3", owner, null).body())
                .contains("day: scene 2 has no day");
    }

    @Test
    void search_inTheBackground_showsItsProgressThenOpensItsBoard() {
        TestStudio.Reply started = postForm("/episodes/" + episode + "/schedule/searches",
                "draft=1&eighths=40&start=2027-03-01&seconds=1");

        assertThat(started.status()).isEqualTo(303);
        String search = started.raw().headers().firstValue("Location").orElseThrow();
        assertThat(search).matches("/episodes/" + episode + "/schedule/searches/[0-9a-f]{24}");
        TestStudio.Reply running = studio.call("GET", search, owner, null);
        if (running.status() == 200) { // still searching: the page follows it
            assertThat(running.body()).contains("id=\"search-progress\"").contains("http-equiv=\"refresh\"")
                    .contains("of 1 seconds");
        }
        String board = untilDone(search);
        assertThat(board).contains("&eighths=40&start=2027-03-01&seconds=1&files=0&days=").contains("&from=search");
        TestStudio.Reply page = studio.call("GET", board.replaceAll("#.*", ""), owner, null);
        assertThat(page.body()).contains("id=\"board-found\"").contains("1 shooting day</strong>");
        assertThat(studio.call("GET", search.replace(search.substring(search.lastIndexOf('/') + 1), "0".repeat(24)),
                owner, null).status()).isEqualTo(404);
    }

    @Test
    void search_fromABoardWithLockedStrips_keepsThemOnTheirDays() {
        String asked = "/episodes/" + episode + "/schedule?draft=1&eighths=40&start=2027-03-01&seconds=1&files=0";
        // the parking lot moved to the Tuesday and locked there, as the board's form sends it
        String locked = studio.call("GET", asked + "&days=1.1.1&day=1%3A1&day=2%3A2&day=3%3A1&lock=2", owner, null)
                .raw().headers().firstValue("Location").orElseThrow();
        assertThat(locked).contains("&days=1.2.1&locks=2");
        TestStudio.Reply board = studio.call("GET", locked.replaceAll("#.*", ""), owner, null);
        assertThat(board.body()).contains("value=\"2\" checked").contains("id=\"search-locked\"")
                .contains("keeping the locked strip on its day");

        String search = postForm("/episodes/" + episode + "/schedule/searches",
                "draft=1&eighths=40&start=2027-03-01&seconds=1&days=1.2.1&locks=2").raw().headers()
                .firstValue("Location").orElseThrow();

        // alone the three scenes are one day; the locked one keeps its Tuesday
        assertThat(untilDone(search)).contains("&days=1.2.1&locks=2&from=search");
        assertThat(postForm("/episodes/" + episode + "/schedule/searches", "eighths=40&locks=2").body())
                .contains("locks: give the board they are locked on too (days)");
        assertThat(studio.call("GET", asked + "&days=1.1.1&locks=9", owner, null).body())
                .contains("locks: 9 is not one of scenes 1 to 3");
    }

    @Test
    void search_stopped_endsWithTheBestBoardSoFar() {
        String search = postForm("/episodes/" + episode + "/schedule/searches", "eighths=40&start=2027-03-01&seconds=600")
                .raw().headers().firstValue("Location").orElseThrow();

        TestStudio.Reply stopped = postForm(search + "/cancel", "stop=1");

        assertThat(stopped.status()).isEqualTo(303);
        assertThat(untilDone(search)).contains("&days=");
    }

    @Test
    void api_search_startsFollowsAndStops() {
        TestStudio.Reply started = studio.call("POST", "/api/episodes/" + episode + "/schedule/searches", owner,
                Map.of("eighths", 40, "start", "2027-03-01", "seconds", 600));
        assertThat(started.status()).isEqualTo(202);
        String id = started.json().get("id").asText();
        assertThat(started.raw().headers().firstValue("Location"))
                .hasValue("/api/episodes/" + episode + "/schedule/searches/" + id);

        TestStudio.Reply stopping = studio.call("DELETE", "/api/episodes/" + episode + "/schedule/searches/" + id, owner, null);
        assertThat(stopping.status()).isEqualTo(202);
        var json = stopping.json();
        for (int i = 0; i < 100 && !json.get("state").asText().equals("done"); i++) {
            pause();
            json = studio.call("GET", "/api/episodes/" + episode + "/schedule/searches/" + id, owner, null).json();
        }
        assertThat(json.get("state").asText()).isEqualTo("done");
        assertThat(json.get("cancelled").asBoolean()).isTrue();
        assertThat(json.get("board").asText()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(json.get("cost").asLong()).isGreaterThanOrEqualTo(json.get("lowerBound").asLong());
        assertThat(json.get("elapsed").asLong()).isLessThan(600);
        assertThat(studio.call("POST", "/api/episodes/" + episode + "/schedule/searches", owner,
                Map.of("eighths", 40, "seconds", 601)).body()).contains("seconds: a search may take 1 to 600 seconds, not 601");
        assertThat(studio.call("POST", "/api/episodes/" + empty + "/schedule/searches", owner,
                Map.of("eighths", 40)).status()).isEqualTo(404);
    }

    /** Follows a search's page until it leads to its board: the board's address. */
    private static String untilDone(String search) {
        for (int i = 0; i < 200; i++) {
            TestStudio.Reply reply = studio.call("GET", search, owner, null);
            if (reply.status() == 303) {
                return reply.raw().headers().firstValue("Location").orElseThrow();
            }
            assertThat(reply.status()).isEqualTo(200);
            pause();
        }
        throw new AssertionError("the search did not end within 20 s");
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void page_someoneNotOnTheSeries_isRefused() {
        assertThat(studio.call("GET", "/episodes/" + episode + "/schedule", stranger, null).status()).isIn(403, 404);
    }

    @Test
    void files_places_setsAtOnePlaceNeedNoCompanyMove() {
        long pilot = pilot("Places");
        String asked = "/episodes/" + pilot + "/schedule?draft=1&eighths=40&start=2027-03-01&seconds=1";
        TestStudio.Reply apart = studio.call("GET", asked, owner, null);

        TestStudio.Reply saved = saveFiles(pilot, 0, Map.of("places", "TRUCK STOP: DINER, PARKING LOT\nHARBOUR: PIER\n"));
        TestStudio.Reply together = studio.call("GET", asked, owner, null);

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("version").asInt()).isEqualTo(1);
        assertThat(saved.json().get("savedBy").asText()).isEqualTo("Owner");
        assertThat(saved.json().get("warnings").get(0).asText()).isEqualTo("places, line 2: the script has no set PIER");
        assertThat(studio.call("GET", "/api/episodes/" + pilot + "/production-files", owner, null).json().get("warnings")
                .get(0).asText()).isEqualTo("places, line 2: the script has no set PIER");
        // one day either way; the diner and the lot are two places, or one
        assertThat(apart.body()).contains("1 shooting day</strong>, 1 company move,");
        assertThat(together.body()).contains("1 shooting day</strong>, 0 company moves,")
                .contains("places, line 2: the script has no set PIER")
                .contains("TRUCK STOP: DINER, PARKING LOT")
                .contains("Version 1, saved by Owner on ");
        // the downloads name the files' version the board was found with
        assertThat(downloads(together.body())).containsEntry("files", "1");
        assertThat(report(together.body(), "stripboard.csv").status()).isEqualTo(200);
    }

    @Test
    void files_rulesAndUnavailableDates_areKept() {
        long pilot = pilot("Rules");
        // the parking lot on the Tuesday, when Mary cannot work (all three would fit the Monday)
        saveFiles(pilot, 0, Map.of("rules", "# the truck is only free on Tuesday\n2 on 2027-03-02\n",
                "unavailable", "MARY: 2027-03-02\n"));

        TestStudio.Reply reply = studio.call("GET",
                "/api/episodes/" + pilot + "/schedule?eighths=40&start=2027-03-01&seconds=1", owner, null);

        assertThat(reply.status()).isEqualTo(200);
        var json = reply.json();
        assertThat(json.get("files").asInt()).isEqualTo(1);
        assertThat(json.get("conflicts")).isEmpty();
        assertThat(json.get("days")).hasSize(2);
        for (var day : json.get("days")) {
            for (var scene : day.get("scenes")) {
                if (scene.asText().equals("2")) {
                    assertThat(day.get("date").asText()).isEqualTo("2027-03-02");
                } else { // scenes 1 and 3 are Mary's
                    assertThat(day.get("date").asText()).isNotEqualTo("2027-03-02");
                }
            }
        }
    }

    @Test
    void files_timingsWithHoursADay_capTheDaysByTheClock() {
        long pilot = pilot("Timings");
        String byPages = "/api/episodes/" + pilot + "/schedule?eighths=40&start=2027-03-01&seconds=1";
        assertThat(studio.call("GET", byPages, owner, null).json().get("days")).hasSize(1);

        // the two diner scenes take six hours each: a ten-hour day holds one of them
        TestStudio.Reply saved = saveFiles(pilot, 0, Map.of("timings", "1: 6h\n2: 1h15\n3: 6h\n"));
        TestStudio.Reply byClock = studio.call("GET", byPages + "&hours=10", owner, null);
        TestStudio.Reply page = studio.call("GET",
                "/episodes/" + pilot + "/schedule?draft=1&eighths=40&start=2027-03-01&hours=10.5&seconds=1", owner, null);
        TestStudio.Reply noHours = studio.call("GET", byPages, owner, null);
        TestStudio.Reply pageNoHours = studio.call("GET",
                "/episodes/" + pilot + "/schedule?draft=1&eighths=40&start=2027-03-01&seconds=1", owner, null);

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("files").get("timings").asText()).isEqualTo("1: 6h\n2: 1h15\n3: 6h\n");
        assertThat(byClock.status()).isEqualTo(200);
        assertThat(byClock.json().get("days")).hasSize(2);
        assertThat(page.body()).contains("2 shooting days</strong>").contains("id=\"files-timings\"")
                .contains("1: 6h").contains("value=\"10.5\"");
        // the downloads and the board's own address keep the day's hours
        assertThat(downloads(page.body())).containsEntry("hours", "10.5");
        assertThat(report(page.body(), "stripboard.csv").body()).contains("END OF DAY 2 of 2");
        assertThat(noHours.status()).isEqualTo(400);
        assertThat(noHours.body()).contains("hours: the timings file times scenes by the clock");
        assertThat(pageNoHours.status()).isEqualTo(200);
        assertThat(pageNoHours.body()).contains("hours: the timings file times scenes by the clock")
                .doesNotContain("id=\"stripboard\"");
        // the breakdown shows the times beside the pages
        assertThat(studio.call("GET", "/episodes/" + pilot + "/breakdown", owner, null).body())
                .contains("<th>To shoot</th>").contains("<td class=\"num\">6h</td>").contains("<td class=\"num\">1h 15m</td>");
        assertThat(studio.call("GET", "/episodes/" + episode + "/breakdown", owner, null).body())
                .doesNotContain("<th>To shoot</th>");
        assertThat(saveFiles(pilot, 1, Map.of("timings", "9: 1h\n")).body())
                .contains("timings:1:1: ").contains("9");
    }

    @Test
    void settings_moveAndDayCosts_priceTheBoardAndTravelWithIt() {
        String board = "/api/episodes/" + episode + "/schedule?eighths=40&start=2027-03-01&days=1.1.1";
        var defaults = studio.call("GET", board, owner, null).json();
        var dear = studio.call("GET", board + "&moveCost=50&dayCost=0", owner, null).json();

        long moves = defaults.get("companyMoves").asLong();
        long days = defaults.get("days").size();
        assertThat(moves).isPositive();
        assertThat(dear.get("castCost").asLong()).isEqualTo(defaults.get("castCost").asLong());
        assertThat(dear.get("cost").asLong() - defaults.get("cost").asLong()).isEqualTo((50 - 3) * moves - 20 * days);

        TestStudio.Reply page = studio.call("GET", "/episodes/" + episode
                + "/schedule?draft=1&eighths=40&start=2027-03-01&moveCost=50&dayCost=0&seconds=1&days=1.1.1", owner, null);
        assertThat(page.body()).contains("name=\"moveCost\" value=\"50\"").contains("Cost " + dear.get("cost").asLong());
        assertThat(downloads(page.body())).containsEntry("moveCost", "50").containsEntry("dayCost", "0");
    }

    @Test
    void settings_badHoursOrCosts_sayWhichFieldAndWhy() {
        String asked = "/api/episodes/" + episode + "/schedule?eighths=40&start=2027-03-01&seconds=1";
        assertThat(studio.call("GET", asked + "&hours=eleven", owner, null).body())
                .contains("hours: \\\"eleven\\\" is not a number of hours (e.g. 11 or 10.5)");
        assertThat(studio.call("GET", asked + "&hours=1E-999999999", owner, null).body())
                .contains("hours: \\\"1E-999999999\\\" is not a number of hours");
        assertThat(studio.call("GET", asked + "&hours=25", owner, null).body())
                .contains("hours: a shooting day lasts more than 0 and at most 24 hours, not 25");
        assertThat(studio.call("GET", asked + "&moveCost=-1", owner, null).body())
                .contains("moveCost: a cost from 0 to 1000000 cast-days, not -1");
        assertThat(studio.call("GET", asked + "&dayCost=lots", owner, null).body())
                .contains("dayCost: \\\"lots\\\" is not a whole number of cast-days");
        assertThat(studio.call("POST", "/api/episodes/" + episode + "/schedule/searches", owner,
                Map.of("eighths", 40, "hours", "0")).body()).contains("hours: a shooting day lasts more than 0");
    }

    @Test
    void api_search_keepsTheDaysHoursAndCosts() {
        TestStudio.Reply started = studio.call("POST", "/api/episodes/" + episode + "/schedule/searches", owner,
                Map.of("eighths", 40, "start", "2027-03-01", "hours", 10.5, "moveCost", 7, "dayCost", "0", "seconds", 1));
        assertThat(started.status()).isEqualTo(202);
        var json = started.json();
        assertThat(json.get("hours").asDouble()).isEqualTo(10.5);
        assertThat(json.get("moveCost").asLong()).isEqualTo(7);
        assertThat(json.get("dayCost").asLong()).isZero();

        String address = untilDone("/episodes/" + episode + "/schedule/searches/" + json.get("id").asText());
        assertThat(address).contains("&hours=10.5&moveCost=7&dayCost=0&");
    }

    @Test
    void saved_aBoardSavedByName_opensAsItWasSavedWhateverIsSavedSince() {
        long pilot = pilot("Saved");
        saveFiles(pilot, 0, Map.of("castCosts", "MARY: 10\n"));
        String board = "/episodes/" + pilot + "/schedule?draft=1&eighths=40&start=2027-03-01&seconds=1&files=1&days=1.2.1";
        TestStudio.Reply shown = studio.call("GET", board, owner, null);
        assertThat(shown.body()).contains("id=\"save-schedule-form\"").doesNotContain("id=\"saved-as\"");

        TestStudio.Reply saved = postForm("/episodes/" + pilot + "/schedules", "name=" + encode("Network draft")
                + "&draft=1&files=1&eighths=40&start=2027-03-01&hours=&moveCost=3&dayCost=20&days=1.2.1&locks=2");
        assertThat(saved.status()).isEqualTo(303);
        String address = saved.raw().headers().firstValue("Location").orElseThrow();
        assertThat(address).contains("&files=1&days=1.2.1&locks=2");
        // later saves of the files and the script change nothing in it
        saveFiles(pilot, 1, Map.of("castCosts", "MARY: 50\n"));
        String text = studio.call("GET", "/api/episodes/" + pilot + "/drafts/1", owner, null).json().get("text").asText();
        studio.call("POST", "/api/episodes/" + pilot + "/drafts", owner, Map.of("base", 1, "text", text + "\nINT. PIER - DAY\n\nGulls.\n"));

        TestStudio.Reply opened = studio.call("GET", address.replace("#stripboard", ""), owner, null);
        var list = studio.call("GET", "/api/episodes/" + pilot + "/schedules", owner, null).json();
        var priced = studio.call("GET", "/api/episodes/" + pilot
                + "/schedule?draft=1&eighths=40&start=2027-03-01&files=1&days=1.2.1", owner, null).json();
        TestStudio.Reply page = studio.call("GET", "/episodes/" + pilot + "/schedule", owner, null);

        assertThat(opened.body()).contains("Saved as <strong>Network draft</strong> (schedule 1), by Owner on ")
                .doesNotContain("id=\"save-schedule-form\"");
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("name").asText()).isEqualTo("Network draft");
        assertThat(list.get(0).get("locks").asText()).isEqualTo("2");
        assertThat(list.get(0).get("cost").asLong()).isEqualTo(priced.get("cost").asLong());
        assertThat(list.get(0).get("days").asInt()).isEqualTo(priced.get("days").size());
        assertThat(page.body()).contains("id=\"saved-schedules\"").contains(">Network draft</a>")
                .contains("(a later draft was saved since)");
    }

    @Test
    void api_savedSchedules_areNumberedListedAndRefuseWhatDoesNotFit() {
        long pilot = pilot("Saved API");
        String path = "/api/episodes/" + pilot + "/schedules";
        TestStudio.Reply first = studio.call("POST", path, owner,
                Map.of("name", "  Shooting schedule ", "eighths", 40, "start", "2027-03-01", "days", "1.1.1"));
        TestStudio.Reply second = studio.call("POST", path, owner, Map.of("name", "Two days", "eighths", 40,
                "start", "2027-03-01", "hours", 10, "moveCost", 5, "days", "1.2.1"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.raw().headers().firstValue("Location")).hasValue(path + "/1");
        assertThat(first.json().get("name").asText()).isEqualTo("Shooting schedule");
        assertThat(first.json().get("files").asInt()).isZero();
        assertThat(first.json().get("address").asText()).contains("&days=1.1.1");
        assertThat(second.json().get("number").asInt()).isEqualTo(2);
        assertThat(second.json().get("hours").asDouble()).isEqualTo(10.0);
        assertThat(second.json().get("address").asText()).contains("&hours=10&moveCost=5&");
        var list = studio.call("GET", path, owner, null).json();
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("number").asInt()).as("the latest first").isEqualTo(2);
        assertThat(studio.call("GET", path + "/2", owner, null).json().get("name").asText()).isEqualTo("Two days");
        assertThat(studio.call("GET", path + "/9", owner, null).status()).isEqualTo(404);
        assertThat(studio.call("GET", path + "/x", owner, null).status()).isEqualTo(404);

        assertThat(studio.call("POST", path, owner, Map.of("name", " ", "eighths", 40, "days", "1.1.1")).body())
                .contains("name: give the schedule a name");
        assertThat(studio.call("POST", path, owner, Map.of("name", "A\nB", "eighths", 40, "days", "1.1.1")).body())
                .contains("name: one line");
        assertThat(studio.call("POST", path, owner, Map.of("name", "N".repeat(121), "eighths", 40, "days", "1.1.1")).body())
                .contains("name: at most 120 characters, not 121");
        assertThat(studio.call("POST", path, owner, Map.of("name", "Short", "eighths", 40, "days", "1.1")).body())
                .contains("the board has 2 scenes, the breakdown 3");
        assertThat(studio.call("POST", path, owner, Map.of("name", "Short", "eighths", 40)).body()).contains("days: missing");
        assertThat(studio.call("POST", path, owner, Map.of("name", "Short", "eighths", 40, "days", "1.1.1", "files", 7))
                .status()).isEqualTo(404);
        assertThat(studio.call("GET", path, owner, null).json()).as("nothing refused was saved").hasSize(2);
    }

    @Test
    void saved_whatChanged_namesTheScenesOnOtherDatesAndThoseAddedOrCut() {
        long pilot = pilot("Changes");
        String path = "/api/episodes/" + pilot + "/schedules";
        studio.call("POST", path, owner, Map.of("name", "Network draft", "eighths", 40, "start", "2027-03-01", "days", "1.2.1"));
        studio.call("POST", path, owner, Map.of("name", "Shooting schedule", "eighths", 40, "start", "2027-03-01",
                "days", "1.1.2"));
        String text = studio.call("GET", "/api/episodes/" + pilot + "/drafts/1", owner, null).json().get("text").asText();
        studio.call("POST", "/api/episodes/" + pilot + "/drafts", owner,
                Map.of("base", 1, "text", text + "\nEXT. PIER - DAY\n\nGulls.\n"));
        studio.call("POST", path, owner, Map.of("name", "Blue pages", "eighths", 40, "start", "2027-03-01",
                "days", "1.1.2.2"));

        var second = studio.call("GET", path + "/2/changes", owner, null).json();
        var third = studio.call("GET", path + "/3/changes", owner, null).json();
        TestStudio.Reply page = studio.call("GET", "/episodes/" + pilot + "/schedules/2/changes", owner, null);
        TestStudio.Reply list = studio.call("GET", "/episodes/" + pilot + "/schedule", owner, null);

        assertThat(second.get("from").get("number").asInt()).as("the one saved before").isEqualTo(1);
        assertThat(second.get("moved")).hasSize(2);
        // in the earlier schedule's shooting order: scene 3 was on Monday with scene 1, scene 2 on Tuesday
        assertThat(second.get("moved").get(0).get("scene").asText()).isEqualTo("3");
        assertThat(second.get("moved").get(0).get("from").get("date").asText()).isEqualTo("2027-03-01");
        assertThat(second.get("moved").get(0).get("to").get("date").asText()).isEqualTo("2027-03-02");
        assertThat(second.get("moved").get(1).get("scene").asText()).isEqualTo("2");
        assertThat(second.get("added")).isEmpty();
        assertThat(third.get("moved")).isEmpty();
        assertThat(third.get("added")).singleElement().satisfies(a -> {
            assertThat(a.get("scene").asText()).isEqualTo("4");
            assertThat(a.get("set").asText()).isEqualTo("PIER");
            assertThat(a.get("date").asText()).isEqualTo("2027-03-02");
        });
        assertThat(studio.call("GET", path + "/3/changes?from=3", owner, null).json().get("moved")).isEmpty();
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Shooting schedule: what changed since Network draft")
                .contains("id=\"moved-3\"").contains("Day 1, Mon 1 Mar").contains("Day 2, Tue 2 Mar")
                .doesNotContain("id=\"changes-added\"");
        assertThat(list.body()).contains("href=\"/episodes/" + pilot + "/schedules/3/changes\"");
        TestStudio.Reply csv = studio.call("GET", "/episodes/" + pilot + "/schedules/3/changes?from=1&format=csv", owner, null);
        assertThat(csv.raw().headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"Changes-schedule-3-changes-since-1.csv\"");
        assertThat(csv.body()).startsWith("change,scene,int_ext,set,day_night,pages,cast,was_day,was_date,now_day,now_date\n")
                .contains("\nmoved,3,INT,DINER,NIGHT,").contains("\nadded,4,EXT,PIER,DAY,");
        assertThat(studio.call("GET", path + "/1/changes", owner, null).body())
                .contains("schedule 1 is the first saved: name one to compare it with (?from=N)");
        assertThat(studio.call("GET", path + "/2/changes?from=9", owner, null).status()).isEqualTo(404);
    }

    @Test
    void saved_carriedToANewDraft_keepsEverySurvivingScenesDayAndLock() {
        long pilot = pilot("Carry");
        String path = "/api/episodes/" + pilot + "/schedules";
        studio.call("POST", path, owner, Map.of("name", "Shooting schedule", "eighths", 40, "start", "2027-03-01",
                "days", "1.2.1", "locks", "1.2"));
        // the blue pages: the parking lot scene moves to a truck stop, and a pier scene is added
        String text = studio.call("GET", "/api/episodes/" + pilot + "/drafts/1", owner, null).json().get("text").asText();
        studio.call("POST", "/api/episodes/" + pilot + "/drafts", owner, Map.of("base", 1,
                "text", text.replace("EXT. PARKING LOT - DAY", "EXT. TRUCK STOP - DAY") + "\nEXT. PIER - DAY\n\nGulls.\n"));
        TestStudio.Reply list = studio.call("GET", "/episodes/" + pilot + "/schedule", owner, null);

        TestStudio.Reply carry = studio.call("GET", "/episodes/" + pilot + "/schedules/1/carry", owner, null);
        String address = carry.raw().headers().firstValue("Location").orElseThrow();
        TestStudio.Reply carried = studio.call("GET", address.replace("#stripboard", ""), owner, null);

        assertThat(list.body()).contains("id=\"carry-1\"");
        assertThat(carry.status()).isEqualTo(303);
        // scenes 1 and 3 keep day 1, the rewritten scene 2 (matched by content) day 2, both
        // their locks; the new scene 4 is to be scheduled, on the day after the last
        assertThat(address).contains("draft=2&").contains("&days=1.2.1.3&locks=1.2&carried=1");
        assertThat(carried.status()).isEqualTo(200);
        assertThat(carried.body()).contains("id=\"board-carried\"")
                .contains("Carried from Shooting schedule (draft 1) to Draft 2: 1 new scene to be scheduled (4, on the"
                        + " days after the last until you move their strips), 0 scenes cut, 0 scenes on another date.");
        studio.call("POST", path, owner, Map.of("name", "Revised", "eighths", 40, "start", "2027-03-01", "days", "1.2.1.2"));
        assertThat(studio.call("GET", "/episodes/" + pilot + "/schedule", owner, null).body())
                .contains("id=\"carry-1\"").doesNotContain("id=\"carry-2\"");
        assertThat(studio.call("GET", "/episodes/" + pilot + "/schedules/9/carry", owner, null).status()).isEqualTo(404);
    }

    @Test
    void locked_sceneAddedBeforeAnother_everySurfaceSaysItsLockedNumberAndTheCarriedBoardKeepsItsDays() {
        long pilot = pilot("Locked carry");
        studio.call("POST", "/api/episodes/" + pilot + "/revisions", owner, Map.of("draft", 1));
        String path = "/api/episodes/" + pilot + "/schedules";
        studio.call("POST", path, owner, Map.of("name", "Shooting schedule", "eighths", 40, "start", "2027-03-01",
                "days", "1.2.1"));
        // the parking lot (scene 2) is cut and a rooftop written in its place (2A, after the omitted 2); a pier at the end (3A)
        String text = studio.call("GET", "/api/episodes/" + pilot + "/drafts/1", owner, null).json().get("text").asText();
        String parkingLot = text.substring(text.indexOf("EXT. PARKING LOT"), text.indexOf("INT. DINER - NIGHT", 10));
        studio.call("POST", "/api/episodes/" + pilot + "/drafts", owner, Map.of("base", 1, "text",
                text.replace(parkingLot, "EXT. ROOFTOP - DAWN\n\nPigeons scatter.\n\n") + "\nEXT. PIER - DAY\n\nGulls.\n"));

        var breakdown = studio.call("GET", "/api/episodes/" + pilot + "/breakdown", owner, null).json();
        var carried = studio.call("GET", path + "/1/carry", owner, null).json();
        studio.call("POST", path, owner, Map.of("name", "Revised", "eighths", 40, "start", "2027-03-01",
                "days", carried.get("board").asText()));
        var changes = studio.call("GET", path + "/2/changes", owner, null).json();
        String calendar = studio.call("GET", "/episodes/" + pilot + "/schedules/2/reports/schedule.ics", owner, null).body();

        assertThat(breakdown.get("scenes").findValuesAsText("number")).containsExactly("1", "2A", "3", "3A");
        // scenes 1 and 3 keep day 1; the new ones go to the day after; day 2 lost the cut scene 2
        assertThat(carried.get("board").asText()).isEqualTo("1.2.1.2");
        assertThat(carried.get("added")).extracting(a -> a.get("scene").asText()).containsExactlyInAnyOrder("2A", "3A");
        assertThat(changes.get("moved")).isEmpty();
        assertThat(changes.get("dropped")).singleElement().satisfies(d -> {
            assertThat(d.get("scene").asText()).isEqualTo("2");
            assertThat(d.get("day").asInt()).isEqualTo(2);
        });
        assertThat(changes.get("added")).extracting(a -> a.get("scene").asText()).containsExactlyInAnyOrder("2A", "3A");
        assertThat(calendar).contains("2A").contains("3A");
        // the carried board offers to place the new scenes around every other strip, locked
        String address = studio.call("GET", "/episodes/" + pilot + "/schedules/1/carry", owner, null).raw().headers()
                .firstValue("Location").orElseThrow().replace("#stripboard", "");
        String page = studio.call("GET", address, owner, null).body();
        assertThat(page).contains("2 new scenes to be scheduled (2A, 3A,").contains("id=\"place-new-form\"")
                .contains("name=\"locks\" value=\"1.3\"").contains("id=\"strip-2A\"");
    }

    @Test
    void saved_carriedByTheApi_givesTheNewDraftsBoardItsLocksAndWhatChanged() {
        long pilot = pilot("Carry by API");
        String path = "/api/episodes/" + pilot + "/schedules";
        studio.call("POST", path, owner, Map.of("name", "Shooting schedule", "eighths", 40, "start", "2027-03-01",
                "hours", "11", "days", "1.2.1", "locks", "1.2"));
        String text = studio.call("GET", "/api/episodes/" + pilot + "/drafts/1", owner, null).json().get("text").asText();
        studio.call("POST", "/api/episodes/" + pilot + "/drafts", owner, Map.of("base", 1,
                "text", text.replace("EXT. PARKING LOT - DAY", "EXT. TRUCK STOP - DAY") + "\nEXT. PIER - DAY\n\nGulls.\n"));

        TestStudio.Reply carry = studio.call("GET", path + "/1/carry", owner, null);

        assertThat(carry.status()).isEqualTo(200);
        var json = carry.json();
        assertThat(json.get("carriedFrom").get("number").asInt()).isEqualTo(1);
        assertThat(json.get("draft").asInt()).isEqualTo(2);
        assertThat(json.get("hours").asDouble()).isEqualTo(11.0);
        // as the page: every surviving scene keeps its day and lock; the new scene 4 goes to the day after
        assertThat(json.get("board").asText()).isEqualTo("1.2.1.3");
        assertThat(json.get("locks").asText()).isEqualTo("1.2");
        assertThat(json.get("days")).hasSize(3);
        assertThat(json.get("added")).singleElement().satisfies(a -> assertThat(a.get("scene").asText()).isEqualTo("4"));
        assertThat(json.get("dropped")).isEmpty();
        // the rewritten scene 2 is shot on the same date, at its new set
        assertThat(json.get("moved")).isEmpty();
        assertThat(json.get("address").asText()).contains("draft=2&").contains("&days=1.2.1.3&locks=1.2&carried=1");
        // what the API gives saves as it is, its fields as they come
        TestStudio.Reply saved = studio.call("POST", path, owner, Map.of("name", "Revised", "draft", json.get("draft").asInt(),
                "files", json.get("files").asInt(), "eighths", json.get("eighths").asInt(), "start", json.get("start").asText(),
                "hours", json.get("hours").asDouble(), "moveCost", json.get("moveCost").asLong(),
                "dayCost", json.get("dayCost").asLong(), "days", json.get("board").asText(), "locks", json.get("locks").asText()));
        assertThat(saved.status()).isEqualTo(201);
        assertThat(saved.json().get("cost").asLong()).isEqualTo(json.get("cost").asLong());
        assertThat(studio.call("GET", path + "/9/carry", owner, null).status()).isEqualTo(404);
    }

    @Test
    void files_castAndElements_correctTheBreakdown() {
        long pilot = pilot("Cast");
        saveFiles(pilot, 0, Map.of("cast", "JOHN = JOHNNY\n", "elements", "2: vehicles: pickup truck\n"));

        var scenes = studio.call("GET", "/api/episodes/" + pilot + "/breakdown", owner, null).json().get("scenes");
        TestStudio.Reply page = studio.call("GET", "/episodes/" + pilot + "/breakdown", owner, null);

        assertThat(scenes.get(1).get("speakingCast").get(0).asText()).isEqualTo("JOHNNY");
        assertThat(scenes.get(1).toString()).contains("pickup truck");
        assertThat(page.body()).contains("JOHNNY").contains("pickup truck").doesNotContain("id=\"files-problem\"");
    }

    @Test
    void files_notAPlaceList_isRefusedWithTheLineAndNothingIsSaved() {
        long pilot = pilot("Bad places");

        TestStudio.Reply reply = saveFiles(pilot, 0, Map.of("places", "TRUCK STOP: DINER\nPARKING LOT\n"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("places:2:").contains("expected LOCATION: SET, SET");
        assertThat(studio.call("GET", "/api/episodes/" + pilot + "/production-files", owner, null).json()
                .get("version").asInt()).isZero();
        assertThat(saveFiles(pilot, 0, Map.of("rules", "9 before 1\n")).body()).contains("rules:1:1: the script has no scene 9");
        assertThat(saveFiles(pilot, 0, Map.of("casting", "x")).body())
                .contains("files.casting: no such file (the files are cast, elements, places, castCosts, unavailable, rules, timings)");
        assertThat(saveFiles(pilot, 0, Map.of("places", "X".repeat(200_001))).status()).isEqualTo(413);
        TestStudio.Reply form = postForm("/episodes/" + pilot + "/schedule/files", "version=0&places=" + "X".repeat(200_001));
        assertThat(form.status()).isEqualTo(413);
        assertThat(form.body()).contains("places: more than 200000 characters");
    }

    @Test
    void files_savedSinceTheFormWasOpened_showsBothTextsAndLosesNeither() {
        long pilot = pilot("Clash");
        saveFiles(pilot, 0, Map.of("castCosts", "MARY: 12\n"));

        // a form opened at version 0 is sent after that save
        TestStudio.Reply page = postForm("/episodes/" + pilot + "/schedule/files",
                "version=0&castCosts=" + encode("JOHN: 8\n") + "&places=" + encode("TRUCK STOP: DINER, PARKING LOT\n"));

        assertThat(page.status()).isEqualTo(409);
        assertThat(page.body()).contains("Owner saved the production files while you were editing them")
                .contains("JOHN: 8") // what was typed
                .contains("MARY: 12") // what was saved
                .contains("name=\"version\" value=\"1\"");
        assertThat(saveFiles(pilot, 0, Map.of("castCosts", "JOHN: 8\n")).status()).isEqualTo(409);
        // through the API, a file left out keeps its text
        assertThat(saveFiles(pilot, 1, Map.of("places", "TRUCK STOP: DINER, PARKING LOT\n")).json().get("files")
                .get("castCosts").asText()).isEqualTo("MARY: 12\n");
        // sent again from the latest version, the merge is saved
        assertThat(postForm("/episodes/" + pilot + "/schedule/files", "version=2&castCosts=" + encode("MARY: 12\nJOHN: 8\n"))
                .status()).isEqualTo(302);
        assertThat(studio.call("GET", "/api/episodes/" + pilot + "/production-files", owner, null).json()
                .get("files").get("castCosts").asText()).isEqualTo("MARY: 12\nJOHN: 8\n");
    }

    @Test
    void files_thatNoLongerFitTheDraft_arePointedOutAndKept() {
        long pilot = pilot("Cut");
        saveFiles(pilot, 0, Map.of("rules", "3 before 1\n"));
        // the next draft loses the third scene
        studio.call("POST", "/api/episodes/" + pilot + "/drafts", owner, Map.of("base", 1, "text",
                "INT. DINER - NIGHT\n\nMARY sits alone.\n\nEXT. PARKING LOT - DAY\n\nJOHN leans on a truck.\n"));

        TestStudio.Reply page = studio.call("GET", "/episodes/" + pilot + "/schedule?eighths=40&seconds=1", owner, null);
        TestStudio.Reply api = studio.call("GET", "/api/episodes/" + pilot + "/schedule?eighths=40&seconds=1", owner, null);
        TestStudio.Reply breakdown = studio.call("GET", "/episodes/" + pilot + "/breakdown", owner, null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("rules:1:1: the script has no scene 3").contains("3 before 1")
                .doesNotContain("id=\"stripboard\"");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.body()).contains("the script has no scene 3");
        assertThat(studio.call("GET", "/api/episodes/" + pilot + "/production-files", owner, null).json().get("problem")
                .asText()).contains("rules:1:1: the script has no scene 3");
        assertThat(breakdown.body()).contains("id=\"files-problem\"").contains("MARY");
        // the first draft still fits them
        assertThat(studio.call("GET", "/episodes/" + pilot + "/schedule?draft=1&eighths=40&seconds=1", owner, null).body())
                .contains("id=\"stripboard\"");
    }

    @Test
    void api_schedule_givesTheDaysTheBoundAndABoardItsReportsTake() {
        TestStudio.Reply reply = studio.call("GET",
                "/api/episodes/" + episode + "/schedule?eighths=2&start=2027-03-01&seconds=1", owner, null);

        assertThat(reply.status()).isEqualTo(200);
        var json = reply.json();
        assertThat(json.get("draft").asInt()).isEqualTo(1);
        assertThat(json.get("days").get(0).get("date").asText()).isEqualTo("2027-03-01");
        assertThat(json.get("cost").asLong()).isGreaterThanOrEqualTo(json.get("lowerBound").asLong());
        int scenes = 0;
        for (var day : json.get("days")) {
            scenes += day.get("scenes").size();
        }
        assertThat(scenes).isEqualTo(3);
        String board = json.get("board").asText();
        assertThat(board).matches("\\d+\\.\\d+\\.\\d+");
        TestStudio.Reply csv = studio.postForm("/episodes/" + episode + "/schedule/reports/stripboard.csv", owner,
                Map.of("draft", "1", "eighths", "2", "start", "2027-03-01", "days", board));
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
        assertThat(scenes.get(1).get("speakingCast").get(0).asText()).isEqualTo("JOHN");
        assertThat(studio.call("GET", "/api/episodes/" + empty + "/breakdown", owner, null).status()).isEqualTo(404);
        assertThat(studio.call("GET", "/api/episodes/" + episode + "/schedule?start=2027-03-01", owner, null).body())
                .contains("eighths: missing");
    }

    /** A new episode with the three-scene draft, as the owner: its id. */
    private static long pilot(String title) {
        long id = studio.episode(owner, season, title);
        String text = studio.call("GET", "/api/episodes/" + episode + "/drafts/1", owner, null).json().get("text").asText();
        studio.call("POST", "/api/episodes/" + id + "/drafts", owner, Map.of("base", 0, "text", text));
        return id;
    }

    private static TestStudio.Reply saveFiles(long episodeId, int version, Map<String, String> files) {
        return studio.call("PUT", "/api/episodes/" + episodeId + "/production-files", owner,
                Map.of("version", version, "files", files));
    }

    /** A form as the browser posts it (a bearer token needs no CSRF token). */
    private static TestStudio.Reply postForm(String path, String form) {
        return studio.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(studio.base + path))
                .header("Authorization", "Bearer " + owner)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The fields of the page's downloads form: the board shown and what priced it. */
    private static Map<String, String> downloads(String html) {
        Matcher form = Pattern.compile("<form method=\"post\" id=\"downloads\"[^>]*>(.*?)</form>", Pattern.DOTALL)
                .matcher(html);
        assertThat(form.find()).as("the downloads form").isTrue();
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        Matcher input = Pattern.compile("<input type=\"hidden\" name=\"(\\w+)\" value=\"([^\"]*)\">").matcher(form.group(1));
        while (input.find()) {
            fields.put(input.group(1), input.group(2).replace("&amp;", "&"));
        }
        return fields;
    }

    /** Where the downloads form posts for {@code file}. */
    private static String reportPath(String html, String file) {
        Matcher m = Pattern.compile("formaction=\"(/episodes/\\d+/schedule/reports/" + Pattern.quote(file) + ")\"")
                .matcher(html);
        assertThat(m.find()).as("a download of " + file).isTrue();
        return m.group(1);
    }

    /** The report as the page's download button asks for it. */
    private TestStudio.Reply report(String html, String file) {
        return studio.postForm(reportPath(html, file), owner, downloads(html));
    }
}
