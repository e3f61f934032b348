package dev.showrunner.studio.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** The studio as an attacker sees it (issue 21): redirects, cross-site forms, what messages tell. */
class SecurityTest {

    @TempDir
    Path dir;
    TestStudio studio;
    String ann;

    @BeforeEach
    void setUp() {
        studio = new TestStudio(dir);
        ann = studio.account("ann@example.org", "Ann", null);
    }

    @AfterEach
    void tearDown() {
        studio.close();
    }

    // ---- item 3: open redirect after sign-in

    @ParameterizedTest
    @ValueSource(strings = {"/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example", "//evil.example",
            "/\\evil.example", "\\/evil.example", "https://evil.example/", " /evil", "/\u000b/evil.example",
            "/\u00a0/evil.example", "/\u2028/evil.example", "javascript:alert(1)", "/%09/evil.example\t"})
    void signIn_nextThatABrowserReadsAsAnotherSite_goesToTheSeriesList(String next) {
        var reply = signInForm(Map.of("email", "ann@example.org", "password", "correct horse", "next", next), true);
        assertThat(reply.status()).isEqualTo(302);
        assertThat(reply.raw().headers().firstValue("Location")).hasValue("/series");
        var form = studio.send(HttpRequest.newBuilder(URI.create(studio.base + "/signin?next="
                + URLEncoder.encode(next, StandardCharsets.UTF_8))).GET().build());
        assertThat(form.body()).contains("name=\"next\" value=\"/series\"");
    }

    @Test
    void signIn_nextOnThisSite_isFollowed() {
        var reply = signInForm(Map.of("email", "ann@example.org", "password", "correct horse", "next", "/series/7?x=%09#y"), true);
        assertThat(reply.raw().headers().firstValue("Location")).hasValue("/series/7?x=%09#y");
    }

    // ---- item 4: login CSRF

    @Test
    void signInForm_postedFromAnotherSite_isRefusedAndSignsNoOneIn() {
        var reply = studio.send(form("/signin", Map.of("email", "ann@example.org", "password", "correct horse"))
                .header("Origin", "https://evil.example").build());
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.raw().headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(reply.body()).contains("sent from another site");
    }

    @Test
    void signInForm_withoutOriginOrReferer_isRefused_withAMatchingReferer_isAccepted() {
        assertThat(studio.send(form("/signin", Map.of("email", "ann@example.org", "password", "correct horse")).build())
                .status()).isEqualTo(403);
        assertThat(studio.send(form("/signin", Map.of("email", "ann@example.org", "password", "correct horse"))
                .header("Referer", "https://evil.example/?" + studio.base.substring(7)).build()).status()).isEqualTo(403);
        var ok = studio.send(form("/signin", Map.of("email", "ann@example.org", "password", "correct horse"))
                .header("Referer", studio.base + "/signin").build());
        assertThat(ok.status()).isEqualTo(302);
        assertThat(ok.raw().headers().firstValue("Set-Cookie")).isPresent();
    }

    @Test
    void signUpForm_postedFromAnotherSite_isRefused() {
        var fresh = new TestStudio(dir.resolve("fresh"));
        try {
            var reply = fresh.send(HttpRequest.newBuilder(URI.create(fresh.base + "/signup"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://evil.example")
                    .POST(HttpRequest.BodyPublishers.ofString("email=eve%40evil.example&name=Eve&password=correct+horse")).build());
            assertThat(reply.status()).isEqualTo(403);
            assertThat(fresh.services.accounts().isEmpty()).as("no first account was made by another site").isTrue();
        } finally {
            fresh.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"})
    void apiSession_bodyAnotherSiteCanSend_isRefused(String contentType) {
        var reply = studio.send(HttpRequest.newBuilder(URI.create(studio.base + "/api/session"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"ann@example.org\",\"password\":\"correct horse\"}")).build());
        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.raw().headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(reply.json().get("detail").asText()).contains("application/json");
    }

    // ---- item 7: one answer for "not there" and "not yours"

    @Test
    void nonMember_existingAndMissingSeriesSeasonsEpisodes_getTheSameAnswer() {
        long season = studio.season(ann, "Harbour Lights");
        long episode = studio.episode(ann, season, "Pilot");
        long series = studio.call("GET", "/api/series", ann, null).json().get(0).get("id").asLong();
        String eve = studio.account("eve@example.org", "Eve", ann);
        record Probe(String method, String path, String body) {}
        var probes = java.util.List.of(
                new Probe("GET", "/api/series/{series}", null),
                new Probe("PATCH", "/api/series/{series}", "{\"title\":\"X\"}"),
                new Probe("GET", "/api/series/{series}/members", null),
                new Probe("POST", "/api/series/{series}/seasons", "{\"title\":\"X\"}"),
                new Probe("PATCH", "/api/seasons/{season}", "{\"title\":\"X\"}"),
                new Probe("POST", "/api/seasons/{season}/episodes", "{\"title\":\"X\"}"),
                new Probe("GET", "/api/episodes/{episode}", null),
                new Probe("PATCH", "/api/episodes/{episode}", "{\"title\":\"X\"}"),
                new Probe("GET", "/api/episodes/{episode}/drafts", null),
                new Probe("GET", "/series/{series}", null),
                new Probe("POST", "/series/{series}/seasons", "title=X"),
                new Probe("POST", "/seasons/{season}", "action=rename&title=X"),
                new Probe("POST", "/seasons/{season}/episodes", "title=X"),
                new Probe("POST", "/episodes/{episode}", "action=rename&title=X"),
                new Probe("GET", "/episodes/{episode}", null),
                new Probe("GET", "/episodes/{episode}/history", null));
        for (Probe p : probes) {
            TestStudio.Reply[] replies = new TestStudio.Reply[2];
            long[][] idSets = {{series, season, episode}, {99_999, 99_999, 99_999}};
            for (int i = 0; i < 2; i++) {
                String path = p.path().replace("{series}", "" + idSets[i][0]).replace("{season}", "" + idSets[i][1])
                        .replace("{episode}", "" + idSets[i][2]);
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(studio.base + path)).header("Authorization", "Bearer " + eve);
                if (p.body() == null) {
                    b.method(p.method(), HttpRequest.BodyPublishers.noBody());
                } else {
                    b.header("Content-Type", path.startsWith("/api/") ? "application/json" : "application/x-www-form-urlencoded")
                            .method(p.method(), HttpRequest.BodyPublishers.ofString(p.body()));
                }
                replies[i] = studio.send(b.build());
            }
            assertThat(replies[0].status()).as(p.method() + " " + p.path()).isEqualTo(404);
            assertThat(replies[0].status()).as(p.method() + " " + p.path()).isEqualTo(replies[1].status());
            assertThat(replies[0].body()).as(p.method() + " " + p.path() + ": the same words for not there and not yours")
                    .isEqualTo(replies[1].body());
        }
    }

    // ---- helpers

    private TestStudio.Reply signInForm(Map<String, String> fields, boolean sameOrigin) {
        HttpRequest.Builder b = form("/signin", fields);
        if (sameOrigin) {
            b.header("Origin", studio.base);
        }
        return studio.send(b.build());
    }

    private HttpRequest.Builder form(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(studio.base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }
}
