package dev.showrunner.studio.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.studio.accounts.Passwords;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 21 §10: the CSP header, one's password and sessions, the demo password, read-only searches, long import names. */
class AccountSettingsTest {

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

    @Test
    void changingPassword_endsTheOtherSessions_keepsThisOne_andOnlyTheNewPasswordSignsIn() {
        String elsewhere = studio.signIn("ann@example.org");

        var changed = studio.call("PUT", "/api/me/password", ann,
                Map.of("currentPassword", "correct horse", "newPassword", "battery staple"));

        assertThat(changed.status()).isEqualTo(204);
        assertThat(studio.call("GET", "/api/me", ann, null).status()).as("this session").isEqualTo(200);
        assertThat(studio.call("GET", "/api/me", elsewhere, null).status()).as("the other session").isEqualTo(401);
        assertThat(signIn("ann@example.org", "correct horse")).isEqualTo(401);
        assertThat(signIn("ann@example.org", "battery staple")).isEqualTo(200);
    }

    @Test
    void changingPassword_wrongCurrentOrWeakOrDemoNew_isRefusedNamingTheField_andChangesNothing() {
        String elsewhere = studio.signIn("ann@example.org");
        var wrong = studio.call("PUT", "/api/me/password", ann, Map.of("currentPassword", "guess", "newPassword", "battery staple"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("detail").asText()).startsWith("currentPassword:");
        var weak = studio.call("PUT", "/api/me/password", ann, Map.of("currentPassword", "correct horse", "newPassword", "short"));
        assertThat(weak.json().get("detail").asText()).startsWith("newPassword: use at least 8");
        var demo = studio.call("PUT", "/api/me/password", ann, Map.of("currentPassword", "correct horse", "newPassword", Passwords.DEMO));
        assertThat(demo.json().get("detail").asText()).startsWith("newPassword: the demo password");

        assertThat(studio.call("GET", "/api/me", elsewhere, null).status()).isEqualTo(200);
        assertThat(signIn("ann@example.org", "correct horse")).isEqualTo(200);
    }

    @Test
    void accountPage_refusal_comesBackBesideTheField_andSuccessSaysSo() {
        var refused = form("/account/password", "currentPassword=guess&newPassword=battery+staple");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("<span class=\"field-error\" id=\"current-password-error\" role=\"alert\">this is not your current password</span>");

        var done = form("/account/password", "currentPassword=correct+horse&newPassword=battery+staple");
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).contains("id=\"account-done\"").contains("other sessions have ended");
    }

    @Test
    void signOutEverywhereElse_endsEveryOtherSession_pageAndApi() {
        String second = studio.signIn("ann@example.org");
        String third = studio.signIn("ann@example.org");

        assertThat(studio.call("DELETE", "/api/me/sessions", ann, null).status()).isEqualTo(204);

        assertThat(studio.call("GET", "/api/me", ann, null).status()).isEqualTo(200);
        assertThat(studio.call("GET", "/api/me", second, null).status()).isEqualTo(401);
        assertThat(studio.call("GET", "/api/me", third, null).status()).isEqualTo(401);

        String fourth = studio.signIn("ann@example.org");
        assertThat(form("/account/sessions", "end=1").body()).contains("signed out everywhere else");
        assertThat(studio.call("GET", "/api/me", fourth, null).status()).isEqualTo(401);
        assertThat(studio.call("GET", "/api/me", ann, null).status()).isEqualTo(200);
    }

    @Test
    void demoPassword_beyondLoopback_signsNoOneIn_onLoopbackItDoes() {
        studio.services.accounts().register("demo@example.org", "Demo", Passwords.DEMO);
        assertThat(signIn("demo@example.org", Passwords.DEMO)).as("on loopback").isEqualTo(200);

        StudioServer exposed = new StudioServer(studio.services, new StudioServer.Options("0.0.0.0", 0, false, false)).start();
        try {
            assertThat(exposed.loopbackOnly()).isFalse();
            var refused = studio.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + exposed.port() + "/api/session"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"demo@example.org\",\"password\":\"" + Passwords.DEMO + "\"}"))
                    .build());
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().get("detail").asText()).contains("demo password");
            var form = studio.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + exposed.port() + "/signin"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://127.0.0.1:" + exposed.port())
                    .POST(HttpRequest.BodyPublishers.ofString("email=demo%40example.org&password=" + Passwords.DEMO)).build());
            assertThat(form.status()).isEqualTo(403);
            assertThat(form.raw().headers().firstValue("Set-Cookie")).isEmpty();
            var other = studio.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + exposed.port() + "/api/session"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"ann@example.org\",\"password\":\"correct horse\"}")).build());
            assertThat(other.status()).as("other passwords sign in as before").isEqualTo(200);
        } finally {
            exposed.stop();
        }
        assertThat(new StudioServer.Options("localhost", 0, false, false).loopbackOnly()).isTrue();
        assertThat(new StudioServer.Options("::1", 0, false, false).loopbackOnly()).isTrue();
    }

    @Test
    void everyPage_sendsAContentSecurityPolicy_andHoldsNoInlineScript() {
        long season = studio.season(ann, "Harbour Lights");
        long episode = studio.episode(ann, season, "Pilot");
        studio.call("POST", "/api/episodes/" + episode + "/drafts", ann, Map.of("base", 0, "text", "INT. A - DAY\n\nHello.\n"));
        long series = studio.call("GET", "/api/series", ann, null).json().get(0).get("id").asLong();
        for (String path : List.of("/signin", "/series", "/series/" + series, "/episodes/" + episode,
                "/episodes/" + episode + "/history", "/episodes/" + episode + "/breakdown", "/episodes/" + episode + "/schedule",
                "/episodes/" + episode + "/compare?from=1&to=1", "/account", "/api/me", "/no/such/page")) {
            var reply = studio.send(HttpRequest.newBuilder(URI.create(studio.base + path)).header("Authorization", "Bearer " + ann)
                    .GET().build());
            assertThat(reply.raw().headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-eval")
                            .doesNotContainPattern("script-src[^;]*unsafe-inline"));
            assertThat(reply.body()).as(path + ": scripts only from files")
                    .doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
                    .doesNotContainPattern("(?i)<[^>]+\\son[a-z]+\\s*=")
                    .doesNotContainPattern("(?i)(href|action)=\"javascript:");
        }
    }

    @Test
    void readOnlyRoles_mayNotStartScheduleSearches() {
        long season = studio.season(ann, "Harbour Lights");
        long episode = studio.episode(ann, season, "Pilot");
        studio.call("POST", "/api/episodes/" + episode + "/drafts", ann, Map.of("base", 0, "text", "INT. A - DAY\n\nHello.\n"));
        long series = studio.call("GET", "/api/series", ann, null).json().get(0).get("id").asLong();
        String exec = studio.account("casting@example.org", "Casting", ann);
        studio.join(ann, series, "casting@example.org", "casting", exec);

        var refused = studio.call("POST", "/api/episodes/" + episode + "/schedule/searches", exec, Map.of("eighths", 40, "seconds", 600));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(studio.send(HttpRequest.newBuilder(URI.create(studio.base + "/episodes/" + episode + "/schedule"))
                .header("Authorization", "Bearer " + exec).GET().build()).body())
                .doesNotContain("id=\"schedule-run\"").contains("id=\"schedule-run-refused\"");
    }

    @Test
    void import_fileWithALongName_getsAShortenedDraftName() {
        long season = studio.season(ann, "Harbour Lights");
        long episode = studio.episode(ann, season, "Pilot");
        String fileName = "The Very Long Title Of A Pilot That Someone Saved With Every Note In Its Name Revised Again And Again"
                + " Final Final FINAL v12 (copy).fountain";

        var reply = studio.send(multipart("/api/episodes/" + episode + "/import", fileName, "INT. A - DAY\n\nHello.\n"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        String name = studio.call("GET", "/api/episodes/" + episode + "/drafts", ann, null).json().get(0).get("name").asText();
        assertThat(name).startsWith("Imported from The Very Long Title").endsWith("(copy).fountain").contains("\u2026");
        assertThat(name.length()).isLessThanOrEqualTo(100);
    }

    // ---- helpers

    private int signIn(String email, String password) {
        return studio.call("POST", "/api/session", null, Map.of("email", email, "password", password)).status();
    }

    private TestStudio.Reply form(String path, String body) {
        return studio.send(HttpRequest.newBuilder(URI.create(studio.base + path)).header("Authorization", "Bearer " + ann)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpRequest multipart(String path, String filename, String content) {
        String boundary = "----long-name";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return HttpRequest.newBuilder(URI.create(studio.base + path)).header("Authorization", "Bearer " + ann)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }
}
