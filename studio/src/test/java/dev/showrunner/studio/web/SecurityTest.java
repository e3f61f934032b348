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
    void signInForm_behindATrustedProxy_comparesTheOriginWithTheForwardedHost_andOtherwiseIgnoresIt() {
        String fields = "email=ann%40example.org&password=correct+horse";
        var proxied = new TestStudio(dir.resolve("proxied"), true);
        try {
            proxied.account("ann@example.org", "Ann", null);
            var viaProxy = proxied.send(HttpRequest.newBuilder(URI.create(proxied.base + "/signin"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://studio.example.org")
                    .header("X-Forwarded-Host", "studio.example.org").POST(HttpRequest.BodyPublishers.ofString(fields)).build());
            assertThat(viaProxy.status()).isEqualTo(302);
        } finally {
            proxied.close();
        }
        var untrusted = studio.send(HttpRequest.newBuilder(URI.create(studio.base + "/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://evil.example")
                .header("X-Forwarded-Host", "evil.example").POST(HttpRequest.BodyPublishers.ofString(fields)).build());
        assertThat(untrusted.status()).as("no proxy trusted: the header proves nothing").isEqualTo(403);
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

    // ---- what held up in the probe, kept (issue 21): CSRF variants, cookie flags, escaping

    record Cookie(String session, String csrf) {}

    private Cookie cookieSession(String email) {
        var in = studio.call("POST", "/api/session", null, Map.of("email", email, "password", "correct horse"));
        String cookie = in.raw().headers().firstValue("Set-Cookie").orElseThrow();
        return new Cookie(cookie.substring(0, cookie.indexOf(';')), in.json().get("csrf").asText());
    }

    @Test
    void cookieSession_everyCsrfVariant_isRefusedAndChangesNothing() {
        Cookie mine = cookieSession("ann@example.org");
        Cookie other = cookieSession("ann@example.org");
        studio.account("bea@example.org", "Bea", ann);
        Cookie beas = cookieSession("bea@example.org");
        String json = "{\"title\":\"Forged\"}";
        java.util.List<HttpRequest> forged = java.util.List.of(
                // no token at all, as JSON, as a form, as text
                HttpRequest.newBuilder(URI.create(studio.base + "/api/series")).header("Cookie", mine.session())
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpRequest.newBuilder(URI.create(studio.base + "/series")).header("Cookie", mine.session())
                        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("title=Forged")).build(),
                HttpRequest.newBuilder(URI.create(studio.base + "/api/series")).header("Cookie", mine.session())
                        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                // an empty token, a wrong one, one of the same person's other session, one of another person
                withToken(mine, "", json), withToken(mine, "x" + mine.csrf(), json), withToken(mine, other.csrf(), json),
                withToken(mine, beas.csrf(), json), withToken(mine, mine.csrf().toUpperCase(java.util.Locale.ROOT), json),
                // the token in the query string, not in the header or the form
                HttpRequest.newBuilder(URI.create(studio.base + "/api/series?_csrf=" + mine.csrf())).header("Cookie", mine.session())
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpRequest.newBuilder(URI.create(studio.base + "/series?_csrf=" + mine.csrf())).header("Cookie", mine.session())
                        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("title=Forged")).build(),
                // the token as a form field of a JSON body, and of another method
                HttpRequest.newBuilder(URI.create(studio.base + "/api/series")).header("Cookie", mine.session())
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                                "{\"title\":\"Forged\",\"_csrf\":\"" + mine.csrf() + "\"}")).build(),
                HttpRequest.newBuilder(URI.create(studio.base + "/api/session")).header("Cookie", mine.session())
                        .method("DELETE", HttpRequest.BodyPublishers.noBody()).build(),
                HttpRequest.newBuilder(URI.create(studio.base + "/signout")).header("Cookie", mine.session())
                        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("")).build());
        for (HttpRequest r : forged) {
            assertThat(studio.send(r).status()).as(r.method() + " " + r.uri()).isIn(403, 415);
        }
        assertThat(studio.call("GET", "/api/series", ann, null).json()).as("no series was made").isEmpty();
        var me = studio.send(HttpRequest.newBuilder(URI.create(studio.base + "/api/me")).header("Cookie", mine.session()).GET().build());
        assertThat(me.status()).as("the session was not signed out").isEqualTo(200);
        assertThat(studio.send(withToken(mine, mine.csrf(), json)).status()).as("the right token").isEqualTo(201);
    }

    private HttpRequest withToken(Cookie c, String token, String json) {
        return HttpRequest.newBuilder(URI.create(studio.base + "/api/series")).header("Cookie", c.session())
                .header("Content-Type", "application/json").header(Http.CSRF_HEADER, token)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    @Test
    void sessionCookie_isHttpOnlyLax_andSecureOverHttpsThroughATrustedProxy() {
        var plain = studio.call("POST", "/api/session", null, Map.of("email", "ann@example.org", "password", "correct horse"));
        assertThat(plain.raw().headers().firstValue("Set-Cookie").orElseThrow())
                .contains("HttpOnly").contains("SameSite=Lax").contains("Path=/").doesNotContain("Secure");
        var proxied = new TestStudio(dir.resolve("proxied"), true);
        try {
            proxied.account("ann@example.org", "Ann", null);
            var https = proxied.send(HttpRequest.newBuilder(URI.create(proxied.base + "/api/session"))
                    .header("Content-Type", "application/json").header("X-Forwarded-Proto", "https")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"ann@example.org\",\"password\":\"correct horse\"}")).build());
            assertThat(https.raw().headers().firstValue("Set-Cookie").orElseThrow()).contains("HttpOnly").contains("; Secure");
        } finally {
            proxied.close();
        }
        var forgedProto = studio.send(HttpRequest.newBuilder(URI.create(studio.base + "/api/session"))
                .header("Content-Type", "application/json").header("X-Forwarded-Proto", "https")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"ann@example.org\",\"password\":\"correct horse\"}")).build());
        assertThat(forgedProto.raw().headers().firstValue("Set-Cookie").orElseThrow()).as("no proxy trusted: the header proves nothing")
                .doesNotContain("Secure");
    }

    @Test
    void payloadsInEveryNamedField_areEscapedOnEveryPageThatShowsThem() {
        String payload = "<img src=x onerror=alert(1)>\"'><script>alert(2)</script>";
        var series = studio.call("POST", "/api/series", ann, Map.of("title", "S " + payload, "logline", "L " + payload)).json();
        long id = series.get("id").asLong();
        long season = studio.call("POST", "/api/series/" + id + "/seasons", ann, Map.of("title", "Se " + payload)).json().get("id").asLong();
        long episode = studio.episode(ann, season, "E " + payload);
        studio.call("POST", "/api/episodes/" + episode + "/drafts", ann,
                Map.of("base", 0, "text", "INT. " + payload + " - DAY\n\n" + payload + "\n\nMAE\n" + payload + "\n", "name", "D " + payload));
        studio.account("x@example.org", "N " + payload, ann);
        studio.call("PUT", "/api/series/" + id + "/members", ann, Map.of("email", "x@example.org", "role", "writer"));
        for (String path : java.util.List.of("/series", "/series/" + id, "/episodes/" + episode, "/episodes/" + episode + "/history",
                "/episodes/" + episode + "/breakdown", "/episodes/" + episode + "/schedule", "/episodes/" + episode + "/compare?from=1&to=1")) {
            var page = studio.send(HttpRequest.newBuilder(URI.create(studio.base + path)).header("Authorization", "Bearer " + ann).GET().build());
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).doesNotContain("<img src=x").doesNotContain("<script>alert")
                    .doesNotContain("\"'><");
        }
    }

    @Test
    void signIn_unknownAddressAndWrongPassword_getTheSameAnswer() {
        var unknown = studio.call("POST", "/api/session", null, Map.of("email", "nobody@example.org", "password", "correct horse"));
        var wrong = studio.call("POST", "/api/session", null, Map.of("email", "ann@example.org", "password", "wrong horse"));
        assertThat(unknown.status()).isEqualTo(401).isEqualTo(wrong.status());
        assertThat(unknown.body()).isEqualTo(wrong.body());
    }

    @Test
    void passwords_shorterThan8OrLongerThan72Bytes_areRefusedNotCut() {
        var shortOne = studio.call("POST", "/api/users", ann, Map.of("email", "c@example.org", "name", "C", "password", "1234567"));
        assertThat(shortOne.status()).isEqualTo(400);
        assertThat(shortOne.json().get("detail").asText()).startsWith("password: use at least 8");
        String seventyThree = "é".repeat(36) + "x"; // 73 bytes in UTF-8, 37 characters
        var longOne = studio.call("POST", "/api/users", ann, Map.of("email", "c@example.org", "name", "C", "password", seventyThree));
        assertThat(longOne.status()).isEqualTo(400);
        assertThat(longOne.json().get("detail").asText()).startsWith("password: use at most 72 bytes");
        assertThat(studio.call("POST", "/api/users", ann, Map.of("email", "c@example.org", "name", "C",
                "password", seventyThree.substring(1))).status()).as("72 bytes").isEqualTo(201);
    }

    @Test
    void everyAnswer_carriesTheHeadersThatKeepPagesUnframedAndUnsniffed() {
        for (String path : java.util.List.of("/signin", "/series", "/api/me", "/no/such/page")) {
            var reply = studio.send(HttpRequest.newBuilder(URI.create(studio.base + path)).header("Authorization", "Bearer " + ann)
                    .GET().build());
            var headers = reply.raw().headers();
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("frame-ancestors 'none'").contains("object-src 'none'").contains("base-uri 'none'"));
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
