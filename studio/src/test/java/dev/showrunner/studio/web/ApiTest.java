package dev.showrunner.studio.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiTest {

    @TempDir
    Path dir;
    TestStudio studio;
    String ann;
    long episode;

    @BeforeEach
    void setUp() {
        studio = new TestStudio(dir);
        ann = studio.account("ann@example.org", "Ann", null);
        long series = studio.call("POST", "/api/series", ann, Map.of("title", "Harbour Lights")).json().get("id").asLong();
        long season = studio.call("POST", "/api/series/" + series + "/seasons", ann, Map.of("title", "Season 1")).json().get("id").asLong();
        episode = studio.call("POST", "/api/seasons/" + season + "/episodes", ann, Map.of("title", "Pilot")).json().get("id").asLong();
    }

    @AfterEach
    void tearDown() {
        studio.close();
    }

    @Test
    void register_secondAccountWithoutAdmin_isRefused() {
        assertThat(studio.call("POST", "/api/users", null, Map.of("email", "x@example.org", "name", "X", "password", "correct horse")).status())
                .isEqualTo(401);
    }

    @Test
    void saveDraft_unknownField_is400NamingIt() {
        var r = studio.call("POST", "/api/episodes/" + episode + "/drafts", ann, "{\"base\":0,\"text\":\"x\",\"colour\":\"blue\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).isEqualTo("bad_request");
        assertThat(r.json().get("detail").asText()).startsWith("colour: unknown field");
    }

    @Test
    void saveDraft_wrongType_is400NamingTheField() {
        var r = studio.call("POST", "/api/episodes/" + episode + "/drafts", ann, "{\"base\":\"zero\",\"text\":\"x\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("detail").asText()).startsWith("base: wrong type");
    }

    @Test
    void saveDraft_missingField_is400NamingTheField() {
        var r = studio.call("POST", "/api/episodes/" + episode + "/drafts", ann, "{\"base\":0}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("detail").asText()).startsWith("text: missing");
    }

    @Test
    void saveDraft_malformedJson_is400WithPosition() {
        var r = studio.call("POST", "/api/episodes/" + episode + "/drafts", ann, "{\"base\": 0, \"text\": ");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("detail").asText()).startsWith("body: malformed JSON");
    }

    @Test
    void anyEndpoint_oversizedBody_is413BeforeReading() {
        String huge = "{\"text\":\"" + "a".repeat(Http.MAX_BODY) + "\"}";
        var r = studio.call("POST", "/api/episodes/" + episode + "/preview", ann, huge);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("error").asText()).isEqualTo("too_large");
    }

    @Test
    void preview_scriptHoldingScriptTag_showsItAsText() {
        var r = studio.call("POST", "/api/episodes/" + episode + "/preview", ann,
                Map.of("text", "INT. LAB - NIGHT\n\n<script>alert('x')</script> <b>bold?</b>\n"));
        assertThat(r.status()).isEqualTo(200);
        String html = r.json().get("html").asText();
        assertThat(html).doesNotContain("<script>").doesNotContain("<b>bold?</b>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(r.json().get("scenes").get(0).get("heading").asText()).isEqualTo("INT. LAB - NIGHT");
    }

    @Test
    void saveDraft_staleBaseWithClash_is409WithConflictsAndNothingSaved() {
        studio.call("POST", "/api/episodes/" + episode + "/drafts", ann, Map.of("base", 0, "text", "INT. A - DAY\n\nOne.\n"));
        studio.call("POST", "/api/episodes/" + episode + "/drafts", ann, Map.of("base", 1, "text", "INT. A - DAY\n\nTwo.\n"));
        var r = studio.call("POST", "/api/episodes/" + episode + "/drafts", ann, Map.of("base", 1, "text", "INT. A - DAY\n\nThree.\n"));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("error").asText()).isEqualTo("conflict");
        assertThat(r.json().get("conflicts").get(0).get("scene").asText()).isEqualTo("INT. A - DAY");
        assertThat(r.json().get("merged").asText()).contains("<<<<<<< yours\nThree.\n=======\nTwo.\n>>>>>>> draft 2");
        assertThat(studio.call("GET", "/api/episodes/" + episode + "/drafts", ann, null).json().size()).isEqualTo(2);
        var markers = studio.call("POST", "/api/episodes/" + episode + "/drafts", ann,
                Map.of("base", 2, "text", r.json().get("merged").asText()));
        assertThat(markers.status()).isEqualTo(400);
    }

    @Test
    void import_fountainFile_becomesNewDraftAndBinaryIsRefused() {
        var ok = studio.send(multipart("/api/episodes/" + episode + "/import", "pilot.fountain",
                "INT. HOUSE - DAY\n\nHello.\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(ok.status()).isEqualTo(201);
        var png = studio.send(multipart("/api/episodes/" + episode + "/import", "photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        assertThat(png.status()).isEqualTo(400);
        assertThat(png.json().get("detail").asText()).contains("not a script file");
        var disguised = studio.send(multipart("/api/episodes/" + episode + "/import", "photo.fountain", new byte[] {(byte) 0x89, 'P', 0, (byte) 0xff}));
        assertThat(disguised.status()).isEqualTo(400);
        var fdx = studio.send(multipart("/api/episodes/" + episode + "/import", "pilot.fdx", ("<?xml version=\"1.0\"?><FinalDraft><Content>"
                + "<Paragraph Type=\"Scene Heading\"><Text>INT. OFFICE - DAY</Text></Paragraph>"
                + "<Paragraph Type=\"Character\"><Text>MAE</Text></Paragraph>"
                + "<Paragraph Type=\"Dialogue\"><Text>Hi.</Text></Paragraph></Content></FinalDraft>").getBytes(StandardCharsets.UTF_8)));
        assertThat(fdx.status()).isEqualTo(201);
        var text = studio.call("GET", "/api/episodes/" + episode + "/drafts/2", ann, null).json().get("text").asText();
        assertThat(text).isEqualTo("INT. OFFICE - DAY\n\nMAE\nHi.\n");
        var xxe = studio.send(multipart("/api/episodes/" + episode + "/import", "evil.fdx", ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<FinalDraft><Content><Paragraph><Text>&e;</Text></Paragraph></Content></FinalDraft>").getBytes(StandardCharsets.UTF_8)));
        assertThat(xxe.status()).isEqualTo(400);
    }

    @Test
    void exports_draft_asFountainFdxAndPdf() {
        studio.call("POST", "/api/episodes/" + episode + "/drafts", ann,
                Map.of("base", 0, "text", "INT. HOUSE - DAY\n\nMAE\nHello.\n"));
        var fountain = studio.call("GET", "/api/episodes/" + episode + "/drafts/1/fountain", ann, null);
        assertThat(fountain.body()).isEqualTo("INT. HOUSE - DAY\n\nMAE\nHello.\n");
        assertThat(fountain.raw().headers().firstValue("Content-Disposition")).get().asString().contains("Pilot-draft-1.fountain");
        var fdx = studio.call("GET", "/api/episodes/" + episode + "/drafts/1/fdx", ann, null);
        assertThat(fdx.body()).contains("<FinalDraft").contains("INT. HOUSE - DAY");
        var pdf = studio.call("GET", "/api/episodes/" + episode + "/drafts/1/pdf", ann, null);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.raw().headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");
    }

    @Test
    void openApi_isServedAndNamesEveryApiRoute() {
        var r = studio.call("GET", "/api/openapi.json", null, null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("paths").has("/api/episodes/{episode}/drafts")).isTrue();
        for (String path : AuthorizationMatrixTest.apiPaths()) {
            assertThat(r.json().get("paths").has(path)).as(path).isTrue();
        }
    }

    @Test
    void cookieSession_stateChangeWithoutCsrf_isRefused() {
        var in = studio.call("POST", "/api/session", null, Map.of("email", "ann@example.org", "password", "correct horse"));
        String cookie = in.raw().headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
        String session = cookie.substring(0, cookie.indexOf(';'));
        String csrf = in.json().get("csrf").asText();
        HttpRequest without = HttpRequest.newBuilder(URI.create(studio.base + "/api/series"))
                .header("Cookie", session).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"X\"}")).build();
        assertThat(studio.send(without).status()).isEqualTo(403);
        HttpRequest with = HttpRequest.newBuilder(URI.create(studio.base + "/api/series"))
                .header("Cookie", session).header("Content-Type", "application/json").header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"X\"}")).build();
        assertThat(studio.send(with).status()).isEqualTo(201);
    }

    private HttpRequest multipart(String path, String filename, byte[] content) {
        String boundary = "----showrunner-test";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return HttpRequest.newBuilder(URI.create(studio.base + path))
                .header("Authorization", "Bearer " + ann)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }
}
