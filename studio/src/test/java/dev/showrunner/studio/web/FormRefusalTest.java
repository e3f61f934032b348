package dev.showrunner.studio.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small things a new user meets: a refused form goes back to its page, an empty episode says so, a favicon. */
class FormRefusalTest {

    @TempDir
    static Path dir;
    static TestStudio studio;
    static String owner;
    static long episode;

    @BeforeAll
    static void setUp() {
        studio = new TestStudio(dir);
        owner = studio.account("owner@example.org", "Owner", null);
        episode = studio.episode(owner, studio.season(owner, "Harbour Lights"), "Pilot");
    }

    @AfterAll
    static void tearDown() {
        studio.close();
    }

    private static TestStudio.Reply importPdf(String referer) {
        String boundary = "----refusal";
        String form = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"pilot.pdf\"\r\n\r\n"
                + "%PDF-1.7\n\r\n--" + boundary + "--\r\n";
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(studio.base + "/episodes/" + episode + "/import"))
                .header("Authorization", "Bearer " + owner)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
        if (referer != null) {
            b.header("Referer", referer);
        }
        return studio.send(b.build());
    }

    @Test
    void importingAPdf_fromTheScriptPage_goesBackToItWithTheMessageBesideTheFileField() {
        TestStudio.Reply refused = importPdf(studio.base + "/episodes/" + episode + "?from=import");
        String cookie = refused.raw().headers().firstValue("Set-Cookie").orElseThrow();

        assertThat(refused.status()).isEqualTo(303);
        assertThat(refused.raw().headers().firstValue("Location")).hasValue("/episodes/" + episode + "?from=import");
        assertThat(cookie).startsWith(Http.REFUSAL_COOKIE + "=").contains("HttpOnly");

        TestStudio.Reply page = studio.send(HttpRequest.newBuilder(URI.create(studio.base + "/episodes/" + episode))
                .header("Authorization", "Bearer " + owner).header("Cookie", cookie.substring(0, cookie.indexOf(';')))
                .GET().build());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"refusal\" data-field=\"file\"")
                .contains("file: pilot.pdf is a PDF, which holds pages, not the script's paragraphs")
                .contains("/assets/js/refusal.js");
        // read once: the cookie is cleared as the page shows it
        assertThat(page.raw().headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith(Http.REFUSAL_COOKIE + "=;"));
    }

    @Test
    void refusedForm_fromAnotherSiteOrNowhere_getsTheErrorPageNotARedirect() {
        assertThat(importPdf("https://elsewhere.example/episodes/" + episode).status()).isEqualTo(400);
        TestStudio.Reply direct = importPdf(null);
        assertThat(direct.status()).isEqualTo(400);
        assertThat(direct.body()).contains("is a PDF");
    }

    @Test
    void episodeWithNoDraft_saysSo_andEveryPageHasTheFavicon() {
        TestStudio.Reply page = studio.call("GET", "/episodes/" + episode, owner, null);
        TestStudio.Reply icon = studio.call("GET", "/assets/img/favicon.svg", null, null);

        assertThat(page.body()).contains("<span id=\"page-count\">No draft yet</span> <span id=\"running-time\"></span>")
                .doesNotContain("about 1 min").contains("<link rel=\"icon\" href=\"/assets/img/favicon.svg\"");
        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.body()).startsWith("<svg");
        assertThat(studio.call("POST", "/api/episodes/" + episode + "/preview", owner, Map.of("text", "  \n")).json()
                .get("pagesLabel").asText()).isEqualTo("Nothing written yet");
    }
}
