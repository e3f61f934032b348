package dev.showrunner.studio.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the studio process with SIGKILL while writers save drafts, starts it again on the same
 * data, and checks that every save the server acknowledged (201) is there, word for word.
 */
class CrashTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WRITERS = 6;

    record Ack(long episode, int number, String text) {}

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void server_killedWhileWritersSave_keepsEveryAcknowledgedDraft() throws Exception {
        int port = freePort();
        String base = "http://127.0.0.1:" + port;
        Process server = start(port);
        try {
            awaitReady(base, server);
            post(base, "/api/users", null, Map.of("email", "ann@example.org", "name", "Ann", "password", "correct horse"));
            String token = post(base, "/api/session", null, Map.of("email", "ann@example.org", "password", "correct horse"))
                    .get("token").asText();
            long series = post(base, "/api/series", token, Map.of("title", "Crash")).get("id").asLong();
            long season = post(base, "/api/series/" + series + "/seasons", token, Map.of("title", "S1")).get("id").asLong();
            List<Long> episodes = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                episodes.add(post(base, "/api/seasons/" + season + "/episodes", token, Map.of("title", "E" + i)).get("id").asLong());
            }

            ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                long episode = episodes.get(w);
                int writer = w;
                writers.add(Thread.ofPlatform().start(() -> {
                    int latest = 0;
                    for (int k = 0; !stop.get() && k < 10_000; k++) {
                        String text = "INT. ROOM " + writer + " - DAY\n\nSave " + k + " of writer " + writer + ".\n" + "Line.\n".repeat(k % 50);
                        try {
                            HttpResponse<String> r = send(base, "POST", "/api/episodes/" + episode + "/drafts", token,
                                    Map.of("base", latest, "text", text));
                            if (r.statusCode() == 201) {
                                latest = JSON.readTree(r.body()).get("number").asInt();
                                acks.add(new Ack(episode, latest, text));
                            }
                        } catch (Exception killed) {
                            if (!stop.get()) { System.out.println("writer " + writer + ": " + killed); }
                            return; // the server is gone: this save was never acknowledged
                        }
                    }
                }));
            }
            long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (acks.size() < 60 && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            System.out.println("crash test: " + acks.size() + " saves acknowledged before the kill");
            server.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no flush
            server.waitFor();
            stop.set(true);
            for (Thread t : writers) {
                t.join(10_000);
            }
            assertThat(acks).hasSizeGreaterThanOrEqualTo(WRITERS);

            server = start(port);
            awaitReady(base, server);
            String again = post(base, "/api/session", null, Map.of("email", "ann@example.org", "password", "correct horse"))
                    .get("token").asText();
            for (Ack ack : acks) {
                HttpResponse<String> r = send(base, "GET", "/api/episodes/" + ack.episode() + "/drafts/" + ack.number(), again, null);
                assertThat(r.statusCode()).as("draft %d of episode %d", ack.number(), ack.episode()).isEqualTo(200);
                assertThat(JSON.readTree(r.body()).get("text").asText()).isEqualTo(ack.text());
            }
            for (long episode : episodes) {
                JsonNode drafts = JSON.readTree(send(base, "GET", "/api/episodes/" + episode + "/drafts", again, null).body());
                for (int i = 0; i < drafts.size(); i++) {
                    assertThat(drafts.get(i).get("number").asInt()).isEqualTo(drafts.size() - i); // no gaps, no doubles
                }
            }
        } finally {
            server.destroyForcibly();
            server.waitFor();
        }
    }

    private Process start(int port) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = dir.resolve("server-" + System.nanoTime() + ".log");
        return new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "dev.showrunner.studio.cli.Showrunner", "serve", "--no-demo",
                "--host", "127.0.0.1", "--port", String.valueOf(port), "--data", dir.resolve("data").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private void awaitReady(String base, Process server) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server exited: " + logs());
            }
            try {
                if (send(base, "GET", "/api/openapi.json", null, null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("the server did not start: " + logs());
    }

    private String logs() throws IOException {
        StringBuilder out = new StringBuilder();
        try (var files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".log")).toList()) {
                out.append(Files.readString(p));
            }
        }
        return out.toString();
    }

    private JsonNode post(String base, String path, String token, Object body) throws Exception {
        HttpResponse<String> r = send(base, "POST", path, token, body);
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(path + " → " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    private HttpResponse<String> send(String base, String method, String path, String token, Object body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
