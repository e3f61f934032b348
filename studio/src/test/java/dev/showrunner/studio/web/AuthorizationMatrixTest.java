package dev.showrunner.studio.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.studio.accounts.Role;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every endpoint × every role × member or not (and signed out) → the status code. Read
 * endpoints answer members and hide the series from others (404); script and structure edits
 * are for the showrunner and writers (others 403); the production files for the showrunner,
 * producers and production; ownership for the showrunner alone.
 */
class AuthorizationMatrixTest {

    /** Who may use an endpoint. */
    enum Need {
        SIGNED_IN, READ, WRITE, PLAN, OWN,
        /** Locking the production draft and issuing revisions: the showrunner and producers. */
        ISSUE,
        /** A member's own work in progress: those who write have some (ok), the other members none (404). */
        OWN_WORK,
        /** The room's working drafts and their source: every member but the executives (403). */
        ROOM,
        /** A room-only note: the room's members; executives are told it does not exist (404). */
        ROOM_NOTE
    }


    /** One endpoint: how to call it, who may, and the status it gives them. */
    record Endpoint(String method, String path, Need need, int ok, Function<Ids, Object> body, boolean page) {
        static Endpoint api(String method, String path, Need need, int ok, Function<Ids, Object> body) {
            return new Endpoint(method, path, need, ok, body, false);
        }

        static Endpoint page(String method, String path, Need need, int ok, Function<Ids, Object> form) {
            return new Endpoint(method, path, need, ok, form, true);
        }
    }

    record Ids(long series, long season, long episode, String search, TestStudio studio, String owner, long ownerId,
            long delivery, long note, long roomNote) {
        int latest() {
            return studio.call("GET", "/api/episodes/" + episode + "/drafts", owner, null).json().get(0).get("number").asInt();
        }

        int filesVersion() {
            return studio.call("GET", "/api/episodes/" + episode + "/production-files", owner, null).json().get("version").asInt();
        }
    }

    static final Object MULTIPART = new Object();
    /** A Fountain copy of the delivered draft with one [[note]], sent as a file. */
    static final Object NOTES_FILE = new Object();

    static List<Endpoint> endpoints() {
        List<Endpoint> e = new ArrayList<>();
        e.add(Endpoint.api("GET", "/api/me", Need.SIGNED_IN, 200, null));
        // a wrong current password: every signed-in caller is refused (400) and no password changes
        e.add(Endpoint.api("PUT", "/api/me/password", Need.SIGNED_IN, 400,
                ids -> Map.of("currentPassword", "not the password", "newPassword", "another horse")));
        // each actor has one session: ending the others leaves theirs
        e.add(Endpoint.api("DELETE", "/api/me/sessions", Need.SIGNED_IN, 204, null));
        e.add(Endpoint.page("GET", "/account", Need.SIGNED_IN, 200, null));
        e.add(Endpoint.page("POST", "/account/password", Need.SIGNED_IN, 400, ids -> "currentPassword=wrong&newPassword=another+horse"));
        e.add(Endpoint.page("POST", "/account/sessions", Need.SIGNED_IN, 200, ids -> "end=1"));
        e.add(Endpoint.api("GET", "/api/series", Need.SIGNED_IN, 200, null));
        e.add(Endpoint.api("POST", "/api/series", Need.SIGNED_IN, 201, ids -> Map.of("title", "Another")));
        e.add(Endpoint.api("GET", "/api/series/{series}", Need.READ, 200, null));
        e.add(Endpoint.api("PATCH", "/api/series/{series}", Need.OWN, 200, ids -> Map.of("title", "Harbour Lights")));
        e.add(Endpoint.api("GET", "/api/series/{series}/members", Need.READ, 200, null));
        // guest is no member: the showrunner's PUT invites them (202)
        e.add(Endpoint.api("PUT", "/api/series/{series}/members", Need.OWN, 202, ids -> Map.of("email", "guest@example.org", "role", "producer")));
        // no one holds this token: every signed-in caller is told it is not valid
        e.add(Endpoint.api("POST", "/api/invitations/{token}", Need.SIGNED_IN, 404, null));
        e.add(Endpoint.page("POST", "/invitations/{token}", Need.SIGNED_IN, 404, ids -> "accept=1"));
        e.add(Endpoint.api("POST", "/api/series/{series}/seasons", Need.WRITE, 201, ids -> Map.of("title", "Season 2")));
        e.add(Endpoint.api("PATCH", "/api/seasons/{season}", Need.WRITE, 200, ids -> Map.of("title", "Season 1")));
        e.add(Endpoint.api("POST", "/api/seasons/{season}/episodes", Need.WRITE, 201, ids -> Map.of("title", "Another")));
        e.add(Endpoint.api("GET", "/api/episodes/{episode}", Need.ROOM, 200, null));
        e.add(Endpoint.api("PATCH", "/api/episodes/{episode}", Need.WRITE, 200, ids -> Map.of("title", "Pilot")));
        e.add(Endpoint.api("GET", "/api/episodes/{episode}/drafts", Need.ROOM, 200, null));
        e.add(Endpoint.api("POST", "/api/episodes/{episode}/drafts", Need.WRITE, 201,
                ids -> Map.of("base", ids.latest(), "text", "INT. A - DAY\n\n" + System.nanoTime() + "\n")));
        e.add(Endpoint.api("GET", "/api/episodes/{episode}/drafts/1", Need.ROOM, 200, null));
        e.add(Endpoint.api("GET", "/api/episodes/{episode}/drafts/1/fountain", Need.ROOM, 200, null));
        e.add(Endpoint.api("GET", "/api/episodes/{episode}/drafts/1/fdx", Need.ROOM, 200, null));
        e.add(Endpoint.api("GET", "/api/episodes/{episode}/drafts/1/pdf", Need.ROOM, 200, null));
        e.add(Endpoint.api("GET", "/api/episodes/{episode}/compare?from=1&to=1", Need.ROOM, 200, null));
        e.add(Endpoint.api("GET", "/api/episodes/{episode}/breakdown", Need.ROOM, 200, null));
        e.add(Endpoint.api("GET", "/api/episodes/{episode}/schedule?eighths=40&start=2027-03-01&seconds=1", Need.ROOM, 200, null));
        e.add(Endpoint.api("GET", "/api/episodes/{episode}/production-files", Need.ROOM, 200, null));
        // a search is started with a day of no pages (400 once access is granted), so the matrix
        // fills no processor; {search} is one started and finished before. Only the roles that
        // plan start one: a search holds a processor for up to ten minutes
        e.add(Endpoint.api("POST", "/api/episodes/{episode}/schedule/searches", Need.PLAN, 400, ids -> Map.of("eighths", 0)));
        e.add(Endpoint.api("GET", "/api/episodes/{episode}/schedule/searches/{search}", Need.ROOM, 200, null));
        e.add(Endpoint.api("DELETE", "/api/episodes/{episode}/schedule/searches/{search}", Need.ROOM, 202, null));
        e.add(Endpoint.api("PUT", "/api/episodes/{episode}/production-files", Need.PLAN, 200,
                ids -> Map.of("version", ids.filesVersion(), "files", Map.of("places", "# " + System.nanoTime() + "\nHOUSE: A, B"))));
        e.add(Endpoint.api("GET", "/api/episodes/{episode}/schedules", Need.ROOM, 200, null));
        e.add(Endpoint.api("POST", "/api/episodes/{episode}/schedules", Need.PLAN, 201,
                ids -> Map.of("name", "Plan A", "draft", 1, "eighths", 40, "start", "2027-03-01", "days", "1")));
        e.add(Endpoint.api("GET", "/api/episodes/{episode}/schedules/1", Need.ROOM, 200, null));
        e.add(Endpoint.api("GET", "/api/episodes/{episode}/schedules/1/changes?from=1", Need.ROOM, 200, null));
        e.add(Endpoint.api("GET", "/api/episodes/{episode}/schedules/1/carry", Need.ROOM, 200, null));
        e.add(Endpoint.api("POST", "/api/episodes/{episode}/import", Need.WRITE, 201, ids -> MULTIPART));
        e.add(Endpoint.api("POST", "/api/episodes/{episode}/revisions", Need.ISSUE, 201, ids -> Map.of("draft", 1)));
        e.add(Endpoint.api("GET", "/api/episodes/{episode}/revisions", Need.ROOM, 200, null));
        e.add(Endpoint.api("GET", "/api/episodes/{episode}/revisions/1/pages", Need.ROOM, 200, null));
        e.add(Endpoint.api("GET", "/api/episodes/{episode}/revisions/1/pages?pages=all&marks=this&tint=1", Need.ROOM, 200, null));
        e.add(Endpoint.api("GET", "/api/episodes/{episode}/revisions/1/pages?format=txt", Need.ROOM, 200, null));
        e.add(Endpoint.api("PUT", "/api/episodes/{episode}/work", Need.WRITE, 204, ids -> Map.of("base", 1, "text", "work")));
        e.add(Endpoint.api("GET", "/api/episodes/{episode}/work", Need.OWN_WORK, 200, null));
        e.add(Endpoint.api("DELETE", "/api/episodes/{episode}/work", Need.ROOM, 204, null));
        e.add(Endpoint.api("POST", "/api/episodes/{episode}/preview", Need.ROOM, 200, ids -> Map.of("text", "INT. A - DAY\n")));
        e.add(Endpoint.page("GET", "/series", Need.SIGNED_IN, 200, null));
        e.add(Endpoint.page("POST", "/series", Need.SIGNED_IN, 302, ids -> "title=Another"));
        e.add(Endpoint.page("GET", "/series/{series}", Need.READ, 200, null));
        e.add(Endpoint.page("POST", "/series/{series}", Need.OWN, 302, ids -> "action=rename&title=Harbour+Lights"));
        // the page comes back with the invitation's link to pass on
        e.add(Endpoint.page("POST", "/series/{series}/members", Need.OWN, 200, ids -> "email=guest%40example.org&role=casting"));
        e.add(Endpoint.page("POST", "/series/{series}/seasons", Need.WRITE, 302, ids -> "title=Season+3"));
        e.add(Endpoint.page("POST", "/seasons/{season}", Need.WRITE, 302, ids -> "action=rename&title=Season+1"));
        e.add(Endpoint.page("POST", "/seasons/{season}/episodes", Need.WRITE, 302, ids -> "title=More"));
        e.add(Endpoint.page("POST", "/episodes/{episode}", Need.WRITE, 302, ids -> "action=rename&title=Pilot"));
        e.add(Endpoint.page("GET", "/episodes/{episode}", Need.ROOM, 200, null));
        e.add(Endpoint.page("GET", "/episodes/{episode}/history", Need.ROOM, 200, null));
        e.add(Endpoint.page("GET", "/episodes/{episode}/breakdown", Need.ROOM, 200, null));
        e.add(Endpoint.page("GET", "/episodes/{episode}/breakdown?draft=1&format=csv", Need.ROOM, 200, null));
        e.add(Endpoint.page("GET", "/episodes/{episode}/schedule", Need.ROOM, 200, null));
        e.add(Endpoint.page("POST", "/episodes/{episode}/schedule/reports/stripboard.csv", Need.ROOM, 200,
                ids -> "draft=1&eighths=40&start=2027-03-01&days=1"));
        e.add(Endpoint.page("POST", "/episodes/{episode}/schedule/searches", Need.PLAN, 400, ids -> "eighths=0"));
        e.add(Endpoint.page("GET", "/episodes/{episode}/schedule/searches/{search}", Need.ROOM, 303, null));
        e.add(Endpoint.page("POST", "/episodes/{episode}/schedule/searches/{search}/cancel", Need.ROOM, 303, ids -> "stop=1"));
        e.add(Endpoint.page("POST", "/episodes/{episode}/schedule/files", Need.PLAN, 302,
                ids -> "version=" + ids.filesVersion() + "&places=HOUSE%3A+A%2C+B&castCosts=A%3A+" + System.nanoTime() % 1000));
        e.add(Endpoint.page("GET", "/episodes/{episode}/schedules/1/changes?from=1", Need.ROOM, 200, null));
        e.add(Endpoint.page("GET", "/episodes/{episode}/schedules/1/carry", Need.ROOM, 303, null));
        e.add(Endpoint.page("GET", "/episodes/{episode}/schedules/1/reports/stripboard.pdf", Need.ROOM, 200, null));
        e.add(Endpoint.page("POST", "/episodes/{episode}/schedules", Need.PLAN, 303,
                ids -> "name=Plan+B&draft=1&eighths=40&start=2027-03-01&days=1"));
        e.add(Endpoint.page("POST", "/episodes/{episode}/revisions", Need.ISSUE, 302, ids -> "draft=1&label=More&color=next"));
        e.add(Endpoint.page("GET", "/episodes/{episode}/revisions/1/pages", Need.ROOM, 200, null));
        e.add(Endpoint.page("GET", "/episodes/{episode}/revisions/1/pages?pages=all&tint=1", Need.ROOM, 200, null));
        e.add(Endpoint.page("POST", "/episodes/{episode}/import", Need.WRITE, 302, ids -> MULTIPART));
        e.add(Endpoint.page("GET", "/episodes/{episode}/compare?from=1&to=1", Need.ROOM, 200, null));
        e.add(Endpoint.page("GET", "/episodes/{episode}/compare?from=1&to=1&view=lines", Need.ROOM, 200, null));
        e.add(Endpoint.page("GET", "/episodes/{episode}/drafts/1/download", Need.ROOM, 200, null));
        e.add(Endpoint.page("GET", "/episodes/{episode}/drafts/1/download?format=fdx", Need.ROOM, 200, null));
        e.add(Endpoint.page("GET", "/episodes/{episode}/drafts/1/download?format=pdf", Need.ROOM, 200, null));
        // ---- notes: executives read the deliveries addressed to them (each is a recipient here)
        e.add(Endpoint.page("GET", "/inbox", Need.SIGNED_IN, 200, null));
        e.add(Endpoint.api("GET", "/api/inbox", Need.SIGNED_IN, 200, null));
        e.add(Endpoint.page("GET", "/episodes/{episode}/notes", Need.READ, 200, null));
        e.add(Endpoint.page("POST", "/episodes/{episode}/deliveries", Need.WRITE, 302,
                ids -> "draft=1&title=Studio+draft&recipients=" + ids.ownerId()));
        e.add(Endpoint.page("GET", "/deliveries/{delivery}", Need.READ, 200, null));
        e.add(Endpoint.page("GET", "/deliveries/{delivery}/pdf", Need.READ, 200, null));
        e.add(Endpoint.page("GET", "/deliveries/{delivery}/memo", Need.READ, 200, null));
        e.add(Endpoint.page("GET", "/deliveries/{delivery}/memo?format=md", Need.READ, 200, null));
        e.add(Endpoint.page("GET", "/deliveries/{delivery}/memo?format=csv", Need.READ, 200, null));
        e.add(Endpoint.page("GET", "/deliveries/{delivery}/response", Need.READ, 200, null));
        e.add(Endpoint.page("GET", "/deliveries/{delivery}/response?format=md", Need.READ, 200, null));
        e.add(Endpoint.page("POST", "/deliveries/{delivery}/notes", Need.READ, 302, ids -> "kind=overall&category=story&body=More"));
        e.add(Endpoint.page("POST", "/deliveries/{delivery}/imports", Need.READ, 302, ids -> NOTES_FILE));
        e.add(Endpoint.api("POST", "/api/deliveries/{delivery}/imports", Need.READ, 201, ids -> NOTES_FILE));
        e.add(Endpoint.page("POST", "/notes/{note}/answer", Need.WRITE, 302, ids -> "status=discussed&answer=Soon"));
        e.add(Endpoint.page("POST", "/notes/{note}/replies", Need.READ, 302, ids -> "body=Noted"));
        e.add(Endpoint.page("POST", "/notes/{roomNote}/replies", Need.ROOM_NOTE, 302, ids -> "body=Noted"));
        e.add(Endpoint.page("POST", "/notes/{note}/contradicts", Need.WRITE, 302, ids -> "note=3"));
        e.add(Endpoint.api("GET", "/api/episodes/{episode}/deliveries", Need.READ, 200, null));
        e.add(Endpoint.api("POST", "/api/episodes/{episode}/deliveries", Need.WRITE, 201,
                ids -> Map.of("draft", 1, "title", "Studio draft", "recipients", List.of(ids.ownerId()))));
        e.add(Endpoint.api("GET", "/api/episodes/{episode}/notes/standing", Need.READ, 200, null));
        e.add(Endpoint.api("GET", "/api/deliveries/{delivery}", Need.READ, 200, null));
        e.add(Endpoint.api("GET", "/api/deliveries/{delivery}/pdf", Need.READ, 200, null));
        e.add(Endpoint.api("POST", "/api/deliveries/{delivery}/notes", Need.READ, 201,
                ids -> Map.of("kind", "scene", "scene", 1, "category", "structure", "body", "Shorter")));
        e.add(Endpoint.api("PATCH", "/api/notes/{note}", Need.WRITE, 200, ids -> Map.of("status", "accepted")));
        e.add(Endpoint.api("POST", "/api/notes/{note}/replies", Need.READ, 201, ids -> Map.of("body", "Noted")));
        e.add(Endpoint.api("POST", "/api/notes/{roomNote}/replies", Need.ROOM_NOTE, 201, ids -> Map.of("body", "Noted")));
        e.add(Endpoint.api("PUT", "/api/notes/{note}/contradicts", Need.WRITE, 200, ids -> Map.of("note", 3)));
        return e;
    }

    static List<String> apiPaths() {
        return endpoints().stream().filter(e -> !e.page()).map(e -> e.path().replaceAll("\\?.*", "")
                        .replace("/revisions/1", "/revisions/{level}").replace("/1", "/{number}").replace("{roomNote}", "{note}"))
                .distinct().toList();
    }

    @TempDir
    static Path dir;
    static TestStudio studio;
    static Ids ids;
    static final Map<String, String> tokens = new LinkedHashMap<>();

    @BeforeAll
    static void setUp() {
        studio = new TestStudio(dir);
        String owner = studio.account("owner@example.org", "Owner", null);
        tokens.put("showrunner", owner);
        long series = studio.call("POST", "/api/series", owner, Map.of("title", "Harbour Lights")).json().get("id").asLong();
        long season = studio.call("POST", "/api/series/" + series + "/seasons", owner, Map.of("title", "Season 1")).json().get("id").asLong();
        long episode = studio.call("POST", "/api/seasons/" + season + "/episodes", owner, Map.of("title", "Pilot")).json().get("id").asLong();
        studio.call("POST", "/api/episodes/" + episode + "/drafts", owner, Map.of("base", 0, "text", "INT. A - DAY\n"));
        studio.call("POST", "/api/episodes/" + episode + "/revisions", owner, Map.of("draft", 1, "label", "Production Draft"));
        studio.account("guest@example.org", "Guest", owner);
        for (Role role : Role.values()) {
            if (role == Role.SHOWRUNNER) {
                continue;
            }
            String email = role.key() + "@example.org";
            tokens.put(role.key(), studio.account(email, role.label(), owner));
            studio.join(owner, series, email, role.key(), tokens.get(role.key()));
        }
        tokens.put("non-member", studio.account("stranger@example.org", "Stranger", owner));
        tokens.put("signed out", null);
        String search = studio.call("POST", "/api/episodes/" + episode + "/schedule/searches", owner,
                Map.of("eighths", 40, "seconds", 1)).json().get("id").asText();
        for (int i = 0; i < 100 && !studio.call("GET", "/api/episodes/" + episode + "/schedule/searches/" + search, owner, null)
                .json().get("state").asText().equals("done"); i++) {
            sleep(100);
        }
        // a delivery of draft 1 to every member; a shared page note, a room-only note and a shared overall note on it
        long ownerId = studio.call("GET", "/api/me", owner, null).json().get("id").asLong();
        List<Long> members = new ArrayList<>();
        studio.call("GET", "/api/series/" + series + "/members", owner, null).json()
                .forEach(m -> members.add(m.get("user").get("id").asLong()));
        long delivery = studio.call("POST", "/api/episodes/" + episode + "/deliveries", owner, Map.of("draft", 1,
                "title", "Network draft", "coverNote", "", "recipients", members)).json().get("delivery").get("id").asLong();
        long note = studio.call("POST", "/api/deliveries/" + delivery + "/notes", tokens.get("network_executive"),
                Map.of("kind", "page", "category", "story", "body", "Why here?", "quote", "INT. A - DAY", "line", 1))
                .json().get("id").asLong();
        long roomNote = studio.call("POST", "/api/deliveries/" + delivery + "/notes", owner,
                Map.of("kind", "overall", "category", "tone", "visibility", "room", "body", "Ours alone")).json().get("id").asLong();
        studio.call("POST", "/api/deliveries/" + delivery + "/notes", owner,
                Map.of("kind", "overall", "category", "tone", "body", "Shared"));
        ids = new Ids(series, season, episode, search, studio, owner, ownerId, delivery, note, roomNote);
    }

    @AfterAll
    static void tearDown() {
        studio.close();
    }

    @TestFactory
    Stream<DynamicTest> everyEndpoint_everyRole_getsTheExpectedStatus() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (var actor : tokens.entrySet()) {
                int expected = expected(endpoint, actor.getKey());
                tests.add(DynamicTest.dynamicTest(endpoint.method() + " " + endpoint.path() + " as " + actor.getKey() + " → " + expected,
                        () -> {
                            TestStudio.Reply reply = call(endpoint, actor.getValue());
                            assertThat(reply.status()).as(endpoint.method() + " " + endpoint.path() + " as " + actor.getKey())
                                    .isEqualTo(expected);
                            if (!endpoint.page() && reply.raw().headers().firstValue("Content-Type").orElse("")
                                    .startsWith("application/json")) {
                                assertThat(keys(reply.json(), "")).as("the JSON of " + endpoint.path() + " names its fields"
                                        + " in camelCase, as the whole API does").allMatch(k -> CAMEL.matcher(k).matches());
                            }
                        }));
            }
        }
        return tests.stream();
    }

    /** Routes anyone may use, signed in or not: the sign-in pages, the session, the first account, the API's description. */
    static final List<String> OPEN_ROUTES = List.of("GET /", "GET /signin", "POST /signin", "POST /signout", "GET /signup",
            "POST /signup", "POST /api/session", "DELETE /api/session", "POST /api/users", "GET /api/openapi.json",
            "GET /invitations/{token}");

    @org.junit.jupiter.api.Test
    void everyRouteOfTheServer_hasARowInTheMatrix() {
        List<String> rows = endpoints().stream().map(e -> e.method() + " " + e.path().replaceFirst("\\?.*", "")).toList();
        List<String> missing = new ArrayList<>();
        for (String route : studio.server.routes()) {
            java.util.regex.Pattern template = java.util.regex.Pattern.compile(
                    java.util.regex.Pattern.quote(route).replaceAll("\\{[a-z]+\\}", "\\\\E[^/]+\\\\Q"));
            if (!OPEN_ROUTES.contains(route) && rows.stream().noneMatch(r -> template.matcher(r).matches())) {
                missing.add(route);
            }
        }
        assertThat(missing).as("routes without a row in the authorisation matrix").isEmpty();
    }

    static final java.util.regex.Pattern CAMEL = java.util.regex.Pattern.compile("[a-z][a-zA-Z0-9]*");

    /** Every field name in a JSON value, but not the keys of the maps the API keys by data (files, elements). */
    static List<String> keys(com.fasterxml.jackson.databind.JsonNode node, String parent) {
        List<String> out = new ArrayList<>();
        if (node.isObject()) {
            boolean dataKeyed = parent.equals("elements");
            node.fieldNames().forEachRemaining(name -> {
                if (!dataKeyed) {
                    out.add(name);
                }
                out.addAll(keys(node.get(name), name));
            });
        } else if (node.isArray()) {
            node.forEach(item -> out.addAll(keys(item, parent)));
        }
        return out;
    }

    static int expected(Endpoint endpoint, String actor) {
        if (actor.equals("signed out")) {
            return endpoint.page() ? 302 : 401; // pages send you to sign in
        }
        if (endpoint.need() == Need.SIGNED_IN) {
            return endpoint.ok();
        }
        if (actor.equals("non-member")) {
            return 404;
        }
        Role role = Role.parse(actor);
        return switch (endpoint.need()) {
            case READ, SIGNED_IN -> endpoint.ok();
            case WRITE -> role.writes() ? endpoint.ok() : 403;
            case PLAN -> role.plans() ? endpoint.ok() : 403;
            case OWN -> role.owns() ? endpoint.ok() : 403;
            case ISSUE -> role.issues() ? endpoint.ok() : 403;
            case OWN_WORK -> role.writes() ? endpoint.ok() : role.executive() ? 403 : 404;
            case ROOM -> role.room() ? endpoint.ok() : 403;
            case ROOM_NOTE -> role.room() ? endpoint.ok() : 404;
        };
    }

    private static TestStudio.Reply call(Endpoint endpoint, String token) {
        String path = endpoint.path().replace("{series}", "" + ids.series()).replace("{season}", "" + ids.season())
                .replace("{episode}", "" + ids.episode()).replace("{search}", ids.search()).replace("{token}", "not-a-token")
                .replace("{delivery}", "" + ids.delivery()).replace("{roomNote}", "" + ids.roomNote())
                .replace("{note}", "" + ids.note());
        Object body = endpoint.body() == null ? null : endpoint.body().apply(ids);
        if (body == MULTIPART || body == NOTES_FILE) {
            String boundary = "----matrix";
            String content = body == NOTES_FILE ? "INT. A - DAY [[Why day?]]\n" : "INT. B - NIGHT\n\n" + System.nanoTime() + "\n";
            String form = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.fountain\"\r\n\r\n"
                    + content + "\r\n--" + boundary + "--\r\n";
            return studio.send(withToken(HttpRequest.newBuilder(URI.create(studio.base + path)), token)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build());
        }
        if (endpoint.page() && body instanceof String form) {
            return studio.send(withToken(HttpRequest.newBuilder(URI.create(studio.base + path)), token)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        }
        return studio.call(endpoint.method(), path, token, body);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder withToken(HttpRequest.Builder b, String token) {
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }
}
