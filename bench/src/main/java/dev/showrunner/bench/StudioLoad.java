package dev.showrunner.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.showrunner.studio.store.Database;
import dev.showrunner.studio.web.Services;
import dev.showrunner.studio.web.StudioServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A load generator for the studio (not a test, not JMH): simulated writers on loopback for a
 * fixed time. Each writer opens its episode's script page, then edits: it fetches the live page
 * (preview) about once a second as a debounced editor would, keeps its work in progress every
 * two seconds, and saves a draft every five seconds or so against the draft it started from.
 * Five writers share an episode (a room), each editing its own line, so saves merge.
 *
 * <p>Run: {@code ./mvnw -q -pl bench -am package -DskipTests} then
 * {@code java -cp bench/target/benchmarks.jar dev.showrunner.bench.StudioLoad --writers 50 --seconds 60 --db sqlite}
 * ({@code --db postgres} uses a fresh database on 127.0.0.1:5432, user postgres). At the end it
 * reads every acknowledged draft back and reports any that is missing or changed.
 */
public final class StudioLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile long measureFrom;

    record Ack(long episode, int number, String text) {}

    /** Latencies of one kind of request, in microseconds. */
    static final class Series {
        final ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        final AtomicLong failures = new AtomicLong();

        String summary(String name, double seconds) {
            long[] all = micros.stream().mapToLong(Long::longValue).sorted().toArray();
            if (all.length == 0) {
                return String.format("%-8s none", name);
            }
            return String.format("%-8s %7d req %8.1f req/s  p50 %6.1f ms  p99 %6.1f ms  max %7.1f ms  failed %d",
                    name, all.length, all.length / seconds, pct(all, 50) / 1000.0, pct(all, 99) / 1000.0,
                    all[all.length - 1] / 1000.0, failures.get());
        }
    }

    static long pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    public static void main(String[] args) throws Exception {
        int writers = 50;
        int seconds = 60;
        int warmup = 10;
        String db = "sqlite";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--writers" -> writers = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--db" -> db = args[++i];
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (use --writers N --seconds S --warmup S --db sqlite|postgres)");
            }
        }
        Path dir = Files.createTempDirectory("showrunner-load");
        String pgName = "showrunner_load_" + System.nanoTime();
        String pgAdmin = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
        Database database;
        if (db.equals("postgres")) {
            try (Connection c = DriverManager.getConnection(pgAdmin); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + pgName);
            }
            database = Database.open(pgAdmin.replace("/postgres?", "/" + pgName + "?"));
        } else {
            database = Database.sqlite(dir);
        }
        Services services = Services.over(database, 4);
        StudioServer server = new StudioServer(services, new StudioServer.Options("127.0.0.1", 0, false, false)).start();
        String base = "http://127.0.0.1:" + server.port();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try {
            run(http, base, writers, seconds, warmup, db);
        } finally {
            server.stop();
            database.close();
            if (db.equals("postgres")) {
                try (Connection c = DriverManager.getConnection(pgAdmin); Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + pgName + " WITH (FORCE)");
                }
            }
        }
    }

    private static void run(HttpClient http, String base, int writers, int seconds, int warmup, String db) throws Exception {
        String script;
        try (InputStream in = StudioLoad.class.getResourceAsStream("/demo/brick-n-steel.fountain")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // Set-up (not measured): accounts, a series, one episode per five writers.
        call(http, base, "POST", "/api/users", null, Map.of("email", "admin@load.test", "name", "Admin", "password", "correct horse"));
        String admin = call(http, base, "POST", "/api/session", null, Map.of("email", "admin@load.test", "password", "correct horse"))
                .json().get("token").asText();
        long series = call(http, base, "POST", "/api/series", admin, Map.of("title", "Load")).json().get("id").asLong();
        long season = call(http, base, "POST", "/api/series/" + series + "/seasons", admin, Map.of("title", "S1")).json().get("id").asLong();
        List<Long> episodes = new ArrayList<>();
        for (int i = 0; i < (writers + 4) / 5; i++) {
            long e = call(http, base, "POST", "/api/seasons/" + season + "/episodes", admin, Map.of("title", "E" + i)).json().get("id").asLong();
            call(http, base, "POST", "/api/episodes/" + e + "/drafts", admin, Map.of("base", 0, "text", roomText(script)));
            episodes.add(e);
        }
        String[] tokens = new String[writers];
        for (int w = 0; w < writers; w++) {
            String email = "writer" + w + "@load.test";
            call(http, base, "POST", "/api/users", admin, Map.of("email", email, "name", "Writer " + w, "password", "correct horse"));
            // a member joins by accepting the showrunner's invitation
            String link = call(http, base, "PUT", "/api/series/" + series + "/members", admin, Map.of("email", email, "role", "writer"))
                    .json().get("link").asText();
            tokens[w] = call(http, base, "POST", "/api/session", null, Map.of("email", email, "password", "correct horse"))
                    .json().get("token").asText();
            call(http, base, "POST", "/api/invitations/" + link.substring(link.lastIndexOf('/') + 1), tokens[w], null);
        }

        Map<String, Series> stats = new ConcurrentHashMap<>();
        for (String k : List.of("page", "preview", "work", "save")) {
            stats.put(k, new Series());
        }
        AtomicLong conflicts = new AtomicLong();
        AtomicLong merged = new AtomicLong();
        ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
        // Requests in the warm-up (JIT, pools) run but are not counted.
        long start = System.nanoTime() + Duration.ofSeconds(warmup).toNanos();
        measureFrom = start;
        long end = start + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            long episode = episodes.get(w / 5);
            threads.add(Thread.ofVirtual().start(() -> {
                Random random = new Random(writer);
                try {
                    sleep(random.nextInt(1000));
                    timed(stats.get("page"), () -> get(http, base, "/episodes/" + episode, tokens[writer]));
                    Reply latest = call(http, base, "GET", "/api/episodes/" + episode + "/drafts", tokens[writer], null);
                    int draft = latest.json().get(0).get("number").asInt();
                    String text = call(http, base, "GET", "/api/episodes/" + episode + "/drafts/" + draft, tokens[writer], null)
                            .json().get("text").asText();
                    int edits = 0;
                    long nextSave = System.nanoTime() + Duration.ofMillis(4000 + random.nextInt(2000)).toNanos();
                    long nextWork = System.nanoTime() + Duration.ofMillis(2000).toNanos();
                    while (System.nanoTime() < end) {
                        sleep(800 + random.nextInt(400));
                    if (random.nextInt(60) == 0) {
                        timed(stats.get("page"), () -> get(http, base, "/episodes/" + episode, tokens[writer]));
                    }
                        edits++;
                        text = text.replaceFirst("(?m)^Writer " + (writer % 5) + " line.*$", "Writer " + (writer % 5) + " line, edit " + edits + " by " + writer + ".");
                        String t = text;
                        int b = draft;
                        timed(stats.get("preview"), () -> call(http, base, "POST", "/api/episodes/" + episode + "/preview", tokens[writer], Map.of("text", t)));
                        if (System.nanoTime() > nextWork) {
                            timed(stats.get("work"), () -> call(http, base, "PUT", "/api/episodes/" + episode + "/work", tokens[writer], Map.of("base", b, "text", t)));
                            nextWork = System.nanoTime() + Duration.ofMillis(2000).toNanos();
                        }
                        if (System.nanoTime() > nextSave) {
                            Reply r = timed(stats.get("save"), () -> call(http, base, "POST", "/api/episodes/" + episode + "/drafts", tokens[writer],
                                    Map.of("base", b, "text", t)));
                            if (r.status() == 201) {
                                draft = r.json().get("number").asInt();
                                if (r.json().get("mergedWith").size() > 0) {
                                    merged.incrementAndGet();
                                    text = call(http, base, "GET", "/api/episodes/" + episode + "/drafts/" + draft, tokens[writer], null)
                                            .json().get("text").asText();
                                }
                                acks.add(new Ack(episode, draft, text));
                            } else if (r.status() == 409) {
                                conflicts.incrementAndGet();
                                draft = r.json().get("latest").get("number").asInt();
                                text = call(http, base, "GET", "/api/episodes/" + episode + "/drafts/" + draft, tokens[writer], null)
                                        .json().get("text").asText();
                            }
                            nextSave = System.nanoTime() + Duration.ofMillis(4000 + random.nextInt(2000)).toNanos();
                        }
                    }
                } catch (Exception e) {
                    System.err.println("writer " + writer + " stopped: " + e);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;

        // Every acknowledged save must be there, word for word.
        long lost = 0;
        for (Ack ack : acks) {
            Reply r = call(http, base, "GET", "/api/episodes/" + ack.episode() + "/drafts/" + ack.number(), admin, null);
            if (r.status() != 200 || !r.json().get("text").asText().equals(ack.text())) {
                lost++;
            }
        }
        long total = stats.values().stream().mapToLong(s -> s.micros.size()).sum();
        long[] all = stats.values().stream().flatMap(s -> s.micros.stream()).mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%n%s, %d writers, %.0f s on loopback (%d cores)%n", db, writers, elapsed, Runtime.getRuntime().availableProcessors());
        System.out.printf("all      %7d req %8.1f req/s  p50 %6.1f ms  p99 %6.1f ms%n", total, total / elapsed,
                pct(all, 50) / 1000.0, pct(all, 99) / 1000.0);
        for (String k : List.of("page", "preview", "work", "save")) {
            System.out.println(stats.get(k).summary(k, elapsed));
        }
        System.out.printf("saves acknowledged %d (merged %d), refused with conflicts %d, lost or changed %d%n",
                acks.size(), merged.get(), conflicts.get(), lost);
    }

    /** Gives each of the five writers of a room a line of their own in the first scene. */
    private static String roomText(String script) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            lines.append("\nWriter ").append(i).append(" line.\n");
        }
        return script.replaceFirst("A gorgeous day\\.", "A gorgeous day.\n" + lines);
    }

    record Reply(int status, String body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    interface Call {
        Reply run() throws Exception;
    }

    private static Reply timed(Series series, Call call) throws Exception {
        long t0 = System.nanoTime();
        Reply r;
        try {
            r = call.run();
        } catch (IOException e) {
            series.failures.incrementAndGet();
            throw e;
        }
        if (t0 < measureFrom) {
            return r;
        }
        series.micros.add((System.nanoTime() - t0) / 1000);
        if (r.status() >= 400 && r.status() != 409) {
            series.failures.incrementAndGet();
        }
        return r;
    }

    private static Reply get(HttpClient http, String base, String path, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).GET().build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body());
    }

    private static Reply call(HttpClient http, String base, String method, String path, String token, Object body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
