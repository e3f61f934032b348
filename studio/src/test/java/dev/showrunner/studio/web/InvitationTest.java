package dev.showrunner.studio.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 21 §8: a person joins a series only by accepting an invitation, and inviting tells no one who has an account. */
class InvitationTest {

    @TempDir
    Path dir;
    TestStudio studio;
    String ann;
    String bob;
    long series;

    @BeforeEach
    void setUp() {
        studio = new TestStudio(dir);
        ann = studio.account("ann@example.org", "Ann", null);
        bob = studio.account("bob@example.org", "Bob", ann);
        series = studio.call("POST", "/api/series", ann, Map.of("title", "Harbour Lights")).json().get("id").asLong();
    }

    @AfterEach
    void tearDown() {
        studio.close();
    }

    @Test
    void invite_addressWithAndWithoutAccount_getTheSameAnswer() {
        var withAccount = invite("bob@example.org", "writer");
        var without = invite("nobody@example.org", "writer");

        assertThat(withAccount.status()).isEqualTo(202).isEqualTo(without.status());
        assertThat(fieldNames(withAccount.json())).isEqualTo(fieldNames(without.json()));
        assertThat(withAccount.json().get("sent").asBoolean()).isFalse();
        assertThat(withAccount.json().get("link").asText()).startsWith(studio.base + "/invitations/");
        assertThat(withAccount.body().replace("bob@", "X@").replaceAll("\"link\":\"[^\"]*\"", "").replaceAll("\"expiresAt\":\\d+", ""))
                .isEqualTo(without.body().replace("nobody@", "X@").replaceAll("\"link\":\"[^\"]*\"", "")
                        .replaceAll("\"expiresAt\":\\d+", ""));
    }

    @Test
    void invited_isNoMemberAndSeesNothing_untilTheyAccept() {
        String token = token(invite("bob@example.org", "writer"));

        assertThat(studio.call("GET", "/api/series", bob, null).json()).isEmpty();
        assertThat(studio.call("GET", "/api/series/" + series, bob, null).status()).isEqualTo(404);
        assertThat(studio.call("GET", "/api/series/" + series + "/members", ann, null).body()).doesNotContain("bob@");

        var joined = studio.call("POST", "/api/invitations/" + token, bob, null);

        assertThat(joined.status()).isEqualTo(200);
        assertThat(joined.json().get("seriesId").asLong()).isEqualTo(series);
        assertThat(joined.json().get("role").asText()).isEqualTo("writer");
        assertThat(studio.call("GET", "/api/series/" + series, bob, null).json().get("role").asText()).isEqualTo("writer");
        assertThat(studio.call("GET", "/api/series/" + series + "/members", ann, null).body()).contains("bob@");
        assertThat(studio.call("POST", "/api/invitations/" + token, bob, null).status()).as("used once").isEqualTo(404);
    }

    @Test
    void invitation_acceptedByAnotherAccount_isRefusedAndStillWaitsForItsPerson() {
        String token = token(invite("carol@example.org", "producer"));

        var wrong = studio.call("POST", "/api/invitations/" + token, bob, null);

        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.json().get("detail").asText()).contains("carol@example.org");
        assertThat(studio.call("GET", "/api/series", bob, null).json()).isEmpty();
        String carol = studio.account("carol@example.org", "Carol", ann);
        assertThat(studio.call("POST", "/api/invitations/" + token, carol, null).status()).isEqualTo(200);
    }

    @Test
    void reinviting_replacesTheEarlierLink() {
        String first = token(invite("bob@example.org", "writer"));
        String second = token(invite("bob@example.org", "casting"));

        assertThat(studio.call("POST", "/api/invitations/" + first, bob, null).status()).isEqualTo(404);
        assertThat(studio.call("POST", "/api/invitations/" + second, bob, null).json().get("role").asText()).isEqualTo("casting");
    }

    @Test
    void newPerson_makesTheirAccountFromTheInvitation_withTheInvitedAddressOnly_andJoins() {
        String token = token(invite("dora@example.org", "writer"));

        var page = page("/invitations/" + token);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Harbour Lights").contains("dora@example.org").contains("/signup?invitation=" + token);
        var form = page("/signup?invitation=" + token);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("value=\"dora@example.org\"").contains("readonly").contains("name=\"invitation\"");

        var made = studio.send(HttpRequest.newBuilder(URI.create(studio.base + "/signup"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", studio.base)
                .POST(HttpRequest.BodyPublishers.ofString("invitation=" + token
                        + "&email=mallory%40evil.example&name=Dora&password=correct+horse")).build());

        assertThat(made.status()).isEqualTo(302);
        assertThat(made.raw().headers().firstValue("Location")).hasValue("/series/" + series);
        String dora = studio.signIn("dora@example.org");
        assertThat(studio.call("GET", "/api/series/" + series, dora, null).json().get("role").asText()).isEqualTo("writer");
        assertThat(studio.call("POST", "/api/session", null, Map.of("email", "mallory@evil.example", "password", "correct horse"))
                .status()).as("the typed address is ignored: the invitation names it").isEqualTo(401);
    }

    @Test
    void signUpWithoutAdministrator_andWithoutAValidInvitation_isRefused() {
        var forged = studio.send(HttpRequest.newBuilder(URI.create(studio.base + "/signup"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", studio.base)
                .POST(HttpRequest.BodyPublishers.ofString("invitation=made-up&email=eve%40evil.example&name=Eve&password=correct+horse"))
                .build());
        assertThat(forged.status()).isEqualTo(404);
        assertThat(studio.call("POST", "/api/session", null, Map.of("email", "eve@evil.example", "password", "correct horse"))
                .status()).isEqualTo(401);
    }

    @Test
    void membersForm_invites_showingTheLinkToPassOn_andListsThePendingInvitation() {
        var reply = form("/series/" + series + "/members", "email=erin%40example.org&role=casting");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("id=\"invitation-link\"").contains(studio.base + "/invitations/")
                .contains("erin@example.org").contains("invited");
        assertThat(studio.call("GET", "/api/series/" + series + "/members", ann, null).body()).doesNotContain("erin@");
    }

    @Test
    void membersForm_refusal_comesBackBesideTheFieldItNames_keepingWhatWasTyped() {
        var badEmail = form("/series/" + series + "/members", "email=not-an-address&role=writer");
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.body()).contains("value=\"not-an-address\"")
                .containsPattern("id=\"member-email\"[^>]*aria-invalid=\"true\"")
                .contains("<span class=\"field-error\" id=\"member-email-error\" role=\"alert\">not an e-mail address</span>");

        var badRole = form("/series/" + series + "/members", "email=erin%40example.org&role=director");
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.body()).contains("id=\"member-role-error\"").contains("unknown role");
    }

    // ---- helpers

    private TestStudio.Reply invite(String email, String role) {
        return studio.call("PUT", "/api/series/" + series + "/members", ann, Map.of("email", email, "role", role));
    }

    private static String token(TestStudio.Reply invited) {
        String link = invited.json().get("link").asText();
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private static java.util.List<String> fieldNames(JsonNode node) {
        java.util.List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private TestStudio.Reply page(String path) {
        return studio.send(HttpRequest.newBuilder(URI.create(studio.base + path)).GET().build());
    }

    private TestStudio.Reply form(String path, String body) {
        return studio.send(HttpRequest.newBuilder(URI.create(studio.base + path)).header("Authorization", "Bearer " + ann)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
