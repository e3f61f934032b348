package dev.showrunner.studio.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.showrunner.studio.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

/** A real studio on a free loopback port over a SQLite file, and a small JSON client for it. */
public final class TestStudio implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    final Database database;
    final Services services;
    final StudioServer server;
    final String base;
    private final HttpClient http = HttpClient.newHttpClient();
    /** Bodies longer than this ask the server first ({@code Expect: 100-continue}). */
    private static final int LARGE_BODY = 1024 * 1024;

    public TestStudio(Path dataDir) {
        this(dataDir, false);
    }

    /** With {@code trustProxy}, as a studio behind a reverse proxy that forwards the client's address. */
    public TestStudio(Path dataDir, boolean trustProxy) {
        database = Database.sqlite(dataDir);
        services = Services.over(database, 4);
        server = new StudioServer(services, new StudioServer.Options("127.0.0.1", 0, false, trustProxy)).start();
        base = "http://127.0.0.1:" + server.port();
    }

    /** Where the studio listens: {@code http://127.0.0.1:port}. */
    public String base() {
        return base;
    }

    /** A response: status and body (parsed when JSON). */
    public record Reply(int status, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    public Reply call(String method, String path, String token, Object body) {
        try {
            String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                    .method(method, text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text));
            if (text != null) {
                b.header("Content-Type", "application/json");
                // as curl does for large bodies: the server may refuse by the headers alone (413),
                // and a client still sending would race the server closing the connection
                b.expectContinue(text.length() > LARGE_BODY);
            }
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body of {@code GET path} as bytes, for a download such as a PDF; fails unless 200. */
    public byte[] download(String path, String token) {
        return bytes(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).GET().build());
    }

    /** {@code POST path} with {@code fields} form-encoded, as a page's form sends them. */
    public Reply postForm(String path, String token, Map<String, String> fields) {
        return send(formRequest(path, token, fields));
    }

    /** The same, for a download: the body's bytes; fails unless 200. */
    public byte[] postFormForBytes(String path, String token, Map<String, String> fields) {
        return bytes(formRequest(path, token, fields));
    }

    private byte[] bytes(HttpRequest request) {
        try {
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(request.method() + " " + request.uri().getPath() + ": " + r.statusCode()
                        + " " + new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
            }
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest formRequest(String path, String token, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8) + "="
                        + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    public Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Makes an account (the first is the administrator) and returns its bearer token. */
    public String account(String email, String name, String adminToken) {
        Reply made = call("POST", "/api/users", adminToken, Map.of("email", email, "name", name, "password", "correct horse"));
        if (made.status() != 201) {
            throw new IllegalStateException("could not make " + email + ": " + made.body());
        }
        return signIn(email);
    }

    /** A new series of that title with a first season, made by {@code owner}: the season's id. */
    public long season(String owner, String seriesTitle) {
        long series = call("POST", "/api/series", owner, Map.of("title", seriesTitle)).json().get("id").asLong();
        return call("POST", "/api/series/" + series + "/seasons", owner, Map.of("title", "Season 1")).json().get("id").asLong();
    }

    /** A new episode of that title in the season, made by {@code owner}: its id. */
    public long episode(String owner, long season, String title) {
        return call("POST", "/api/seasons/" + season + "/episodes", owner, Map.of("title", title)).json().get("id").asLong();
    }

    /**
     * Makes {@code email} a member of the series as {@code role}: the owner invites, and the
     * person (signed in as {@code memberToken}) accepts, as in the studio.
     */
    public void join(String owner, long series, String email, String role, String memberToken) {
        Reply invited = call("PUT", "/api/series/" + series + "/members", owner, Map.of("email", email, "role", role));
        if (invited.status() != 202) {
            throw new IllegalStateException("could not invite " + email + ": " + invited.body());
        }
        String link = invited.json().get("link").asText();
        Reply accepted = call("POST", "/api/invitations/" + link.substring(link.lastIndexOf('/') + 1), memberToken, null);
        if (accepted.status() != 200) {
            throw new IllegalStateException(email + " could not accept: " + accepted.body());
        }
    }

    public String signIn(String email) {
        Reply in = call("POST", "/api/session", null, Map.of("email", email, "password", "correct horse"));
        if (in.status() != 200) {
            throw new IllegalStateException("could not sign in " + email + ": " + in.body());
        }
        return in.json().get("token").asText();
    }

    @Override
    public void close() {
        server.stop();
        database.close();
    }
}
