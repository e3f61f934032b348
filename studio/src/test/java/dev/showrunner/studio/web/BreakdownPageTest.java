package dev.showrunner.studio.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The studio's breakdown of a draft: the page a producer reads and the CSV they download. */
class BreakdownPageTest {

    @TempDir
    static Path dir;
    static TestStudio studio;
    static String owner;
    static long episode;
    static long empty;

    @BeforeAll
    static void setUp() {
        studio = new TestStudio(dir);
        owner = studio.account("owner@example.org", "Owner", null);
        long season = studio.season(owner, "Harbour Lights");
        episode = studio.episode(owner, season, "Pilot");
        empty = studio.episode(owner, season, "Unwritten");
        studio.call("POST", "/api/episodes/" + episode + "/drafts", owner, Map.of("base", 0, "text", """
                INT. DINER - NIGHT

                MARY sits alone. A CROWD of regulars watches.

                MARY
                More coffee.

                EXT. PARKING LOT - DAY

                JOHN SMITH (40s) leans on a truck. MARY watches from the window.

                JOHN SMITH
                She's late.
                """));
        studio.call("POST", "/api/episodes/" + episode + "/drafts", owner, Map.of("base", 1, "text", """
                EXT. PARKING LOT - DAY

                JOHN SMITH leans on a truck.

                JOHN SMITH
                Still late.
                """));
    }

    @AfterAll
    static void tearDown() {
        studio.close();
    }

    @Test
    void page_chosenDraft_rowPerSceneColouredAsItsStripWithCastAndExtras() {
        TestStudio.Reply page = studio.call("GET", "/episodes/" + episode + "/breakdown?draft=1", owner, null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("<tr class=\"strip-blue\" id=\"scene-1\">")
                .contains("<span class=\"speaks\">MARY</span>")
                .contains("extras: CROWD")
                .contains("<tr class=\"strip-yellow\" id=\"scene-2\">")
                .contains("<span class=\"speaks\">JOHN SMITH</span>, <span class=\"seen\">MARY</span>")
                .contains("Cast on set: 2")
                .contains("<td>MARY</td><td class=\"num\">2</td><td class=\"quiet\">1 2</td>");
    }

    @Test
    void page_noDraftChosen_showsTheLatest() {
        TestStudio.Reply page = studio.call("GET", "/episodes/" + episode + "/breakdown", owner, null);

        assertThat(page.body()).contains("id=\"scene-1\"").doesNotContain("id=\"scene-2\"").contains("Cast on set: 1")
                .doesNotContain("DINER").containsPattern("1 scene, [0-9/ ]+ page\\.").doesNotContain(" pages.");
    }

    @Test
    void csv_chosenDraft_downloadsTheBreakdownFile() {
        TestStudio.Reply csv = studio.call("GET", "/episodes/" + episode + "/breakdown?draft=1&format=csv", owner, null);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.raw().headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.raw().headers().firstValue("Content-Disposition")).contains("attachment; filename=\"Pilot-draft-1-breakdown.csv\"");
        assertThat(csv.body().lines().toList()).hasSize(3).element(1).asString()
                .startsWith("1,INTERIOR,DINER,NIGHT,NIGHT,").contains(",MARY,,,CROWD,");
    }

    @Test
    void episodeWithoutDrafts_pageSaysSoAndCsvIsNotFound() {
        assertThat(studio.call("GET", "/episodes/" + empty + "/breakdown", owner, null).body()).contains("No draft saved yet");
        assertThat(studio.call("GET", "/episodes/" + empty + "/breakdown?format=csv", owner, null).status()).isEqualTo(404);
        assertThat(studio.call("GET", "/episodes/" + episode + "/breakdown?draft=9", owner, null).status()).isEqualTo(404);
    }
}
