package dev.showrunner.studio.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21, item 6: uploads that answered 500 where a 4xx belongs. The multipart parsing is the
 * server's, before any database, so one database suffices; the text checks behind it run on
 * both in {@code StoreContract}.
 */
class UploadRefusalsTest {

    private static final String BOUNDARY = "----showrunner-test";

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
    void import_chunkedMultipartOverTheLimit_is413() {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.fountain\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        // No Content-Length: the length is known only once the body has been read.
        InputStream body = new SequenceInputStream(new ByteArrayInputStream(head),
                new ByteArrayInputStream("INT. HOUSE - DAY\n\n".repeat(600_000).getBytes(StandardCharsets.UTF_8)));
        var r = studio.send(request("multipart/form-data; boundary=" + BOUNDARY, HttpRequest.BodyPublishers.ofInputStream(() -> body)));

        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("error").asText()).isEqualTo("too_large");
    }

    @Test
    void import_malformedMultipart_is400() {
        var r = studio.send(request("multipart/form-data; boundary=" + BOUNDARY,
                HttpRequest.BodyPublishers.ofString("--" + BOUNDARY + "\r\nthis is not a part header\r\n\r\nno end")));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("detail").asText()).startsWith("body: not well-formed multipart/form-data");
    }

    @Test
    void import_multipartWithoutBoundary_is400() {
        var r = studio.send(request("multipart/form-data", HttpRequest.BodyPublishers.ofString("whatever")));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("detail").asText()).startsWith("body: not well-formed multipart/form-data");
    }

    @Test
    void import_nameWithNul_is400NamingTheField() {
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nBad\u0000name\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"pilot.fountain\"\r\n"
                + "Content-Type: text/plain\r\n\r\nINT. HOUSE - DAY\n\nHello.\n\r\n--" + BOUNDARY + "--\r\n";
        var r = studio.send(request("multipart/form-data; boundary=" + BOUNDARY, HttpRequest.BodyPublishers.ofString(body)));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("detail").asText()).startsWith("name: ");
    }

    private HttpRequest request(String contentType, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create(studio.base + "/api/episodes/" + episode + "/import"))
                .header("Authorization", "Bearer " + ann).header("Content-Type", contentType).POST(body).build();
    }
}
