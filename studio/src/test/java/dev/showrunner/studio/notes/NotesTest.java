package dev.showrunner.studio.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.showrunner.print.Watermark;
import dev.showrunner.studio.web.TestStudio;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deliveries, notes and answers through the studio's API, over a real server and database. */
class NotesTest {

    static final String DRAFT_1 = """
            Title: Harbour Lights

            INT. HARBOUR OFFICE - NIGHT

            Mara counts the crates, *one by one*, and does not look up.

            MARA
            They are late again.

            EXT. PIER - DAWN

            Gulls over the water. A rusted swing creaks on the empty pier.

            INT. WAREHOUSE - DAY

            Tomas hides the ledger behind a loose brick in the wall.
            """;

    /** Draft 2: Mara's line rewritten, the pier scene cut, the warehouse kept. */
    static final String DRAFT_2 = """
            Title: Harbour Lights

            INT. HARBOUR OFFICE - NIGHT

            Mara counts the crates, *one by one*, and does not look up.

            MARA
            Nobody is ever on time in this town.

            INT. WAREHOUSE - DAY

            Tomas hides the ledger behind a loose brick in the wall.
            """;

    @TempDir
    static Path dir;
    static TestStudio studio;
    static String owner;
    static String network;
    static String studioExec;
    static String writer;
    static long series;
    static long episode;
    static long networkId;
    static long studioExecId;
    static long delivery;

    @BeforeAll
    static void setUp() {
        studio = new TestStudio(dir);
        owner = studio.account("ann@example.org", "Ann Showrunner", null);
        long season = studio.season(owner, "Harbour Lights");
        JsonNode all = studio.call("GET", "/api/series", owner, null).json();
        series = all.get(0).get("id").asLong();
        episode = studio.episode(owner, season, "Pilot");
        studio.call("POST", "/api/episodes/" + episode + "/drafts", owner, Map.of("base", 0, "text", DRAFT_1));
        network = studio.account("dana@example.org", "Dana Whitfield", owner);
        studio.join(owner, series, "dana@example.org", "network_executive", network);
        studioExec = studio.account("sol@example.org", "Sol Ortega", owner);
        studio.join(owner, series, "sol@example.org", "studio_executive", studioExec);
        writer = studio.account("wen@example.org", "Wen Writer", owner);
        studio.join(owner, series, "wen@example.org", "writer", writer);
        networkId = studio.call("GET", "/api/me", network, null).json().get("id").asLong();
        studioExecId = studio.call("GET", "/api/me", studioExec, null).json().get("id").asLong();
        delivery = studio.call("POST", "/api/episodes/" + episode + "/deliveries", owner, Map.of("draft", 1,
                "title", "Network draft", "coverNote", "Here it is.", "notesDue", "2027-03-01",
                "recipients", List.of(networkId))).json().get("delivery").get("id").asLong();
    }

    @AfterAll
    static void tearDown() {
        studio.close();
    }

    static JsonNode note(String token, Map<String, Object> body) {
        TestStudio.Reply r = studio.call("POST", "/api/deliveries/" + delivery + "/notes", token, body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    @Test
    void pageNote_bySelectedQuote_anchorsTheExactCodePointsOfTheFountainText() {
        // the pages print "one by one" without the emphasis marks, and break lines where they wrap
        JsonNode n = note(network, Map.of("kind", "page", "category", "dialogue", "body", "Too quiet?",
                "quote", "crates, one by\n one, and", "line", 5));
        JsonNode anchor = n.get("anchor");
        int start = anchor.get("start").asInt();
        int end = anchor.get("end").asInt();
        assertThat(DRAFT_1.substring(start, end)).isEqualTo("crates, *one by one*, and");
        assertThat(anchor.get("exact").asText()).isEqualTo("crates, *one by one*, and");
        assertThat(anchor.get("prefix").asText()).endsWith("Mara counts the ");
        assertThat(n.get("source").asText()).isEqualTo("network");
        assertThat(n.get("scene").asInt()).isEqualTo(1);
        assertThat(n.get("visibility").asText()).isEqualTo("shared");
    }

    @Test
    void pageNote_quoteNotInTheDraft_isRefusedNamingTheQuote() {
        TestStudio.Reply r = studio.call("POST", "/api/deliveries/" + delivery + "/notes", network,
                Map.of("kind", "page", "category", "story", "body", "?", "quote", "words nobody wrote", "line", 3));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("detail").asText()).startsWith("quote: not found");
    }

    @Test
    void executive_cannotMakeARoomOnlyNote_andNeverSeesOne() {
        TestStudio.Reply refused = studio.call("POST", "/api/deliveries/" + delivery + "/notes", network,
                Map.of("kind", "overall", "category", "tone", "visibility", "room", "body", "mine"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asText()).startsWith("visibility:");
        JsonNode secret = note(owner, Map.of("kind", "overall", "category", "tone", "visibility", "room",
                "body", "The network will hate the swing"));
        assertThat(secret.get("source").asText()).isEqualTo("room");

        String asNetwork = studio.call("GET", "/api/deliveries/" + delivery, network, null).body();
        assertThat(asNetwork).doesNotContain("hate the swing");
        assertThat(studio.call("GET", "/api/deliveries/" + delivery, writer, null).body()).contains("hate the swing");
        for (String format : List.of("md", "csv", "pdf")) {
            String memo = new String(studio.download("/deliveries/" + delivery + "/memo?format=" + format, network),
                    StandardCharsets.ISO_8859_1);
            assertThat(memo).as(format).doesNotContain("hate the swing");
        }
        assertThat(studio.call("POST", "/api/notes/" + secret.get("id").asLong() + "/replies", network,
                Map.of("body", "let me see")).status()).isEqualTo(404);
        JsonNode standing = studio.call("GET", "/api/episodes/" + episode + "/notes/standing", network, null).json();
        JsonNode roomStanding = studio.call("GET", "/api/episodes/" + episode + "/notes/standing", owner, null).json();
        assertThat(standing.get("total").asInt()).isLessThan(roomStanding.get("total").asInt());
    }

    @Test
    void executive_notARecipient_seesNoDelivery_andNoWorkingDraft() {
        assertThat(studio.call("GET", "/api/deliveries/" + delivery, studioExec, null).status()).isEqualTo(404);
        assertThat(studio.call("GET", "/deliveries/" + delivery + "/pdf", studioExec, null).status()).isEqualTo(404);
        assertThat(studio.call("GET", "/api/episodes/" + episode + "/deliveries", studioExec, null).json()).isEmpty();
        assertThat(studio.call("GET", "/api/episodes/" + episode + "/drafts/1/fountain", network, null).status()).isEqualTo(403);
        assertThat(studio.call("GET", "/api/episodes/" + episode + "/drafts/1", network, null).status()).isEqualTo(403);
        String stranger = studio.account("zed@example.org", "Zed", owner);
        assertThat(studio.call("GET", "/api/deliveries/" + delivery, stranger, null).status()).isEqualTo(404);
    }

    @Test
    void recipientsPdf_carriesTheirName_andTheDownloadIsLogged() throws IOException {
        byte[] pdf = studio.download("/api/deliveries/" + delivery + "/pdf", network);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getCustomMetadataValue(Watermark.RECIPIENT_KEY)).isEqualTo("Dana Whitfield");
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", "")).contains("DanaWhitfield");
        }
        JsonNode downloads = studio.call("GET", "/api/deliveries/" + delivery, owner, null).json().get("downloads");
        List<String> who = new ArrayList<>();
        downloads.forEach(d -> who.add(d.get("name").asText()));
        assertThat(who).contains("Dana Whitfield");
        assertThat(studio.call("GET", "/api/deliveries/" + delivery, network, null).json().get("downloads")).isEmpty();
    }

    @Test
    void answers_declinedNeedsAReason_addressedNeedsADraft() {
        long id = note(network, Map.of("kind", "overall", "category", "story", "body", "Raise the stakes")).get("id").asLong();
        TestStudio.Reply declined = studio.call("PATCH", "/api/notes/" + id, owner, Map.of("status", "declined"));
        assertThat(declined.status()).isEqualTo(400);
        assertThat(declined.json().get("detail").asText()).startsWith("answer:");
        TestStudio.Reply addressed = studio.call("PATCH", "/api/notes/" + id, owner, Map.of("status", "addressed"));
        assertThat(addressed.json().get("detail").asText()).startsWith("addressedDraft:");
        assertThat(studio.call("PATCH", "/api/notes/" + id, owner, Map.of("status", "maybe")).json().get("detail").asText())
                .startsWith("status: unknown value 'maybe'");
        assertThat(studio.call("PATCH", "/api/notes/" + id, network, Map.of("status", "accepted")).status()).isEqualTo(403);
        JsonNode ok = studio.call("PATCH", "/api/notes/" + id, owner, Map.of("status", "declined", "answer", "The stakes are the point"))
                .json();
        assertThat(ok.get("status").asText()).isEqualTo("declined");
        JsonNode replied = studio.call("POST", "/api/notes/" + id + "/replies", network, Map.of("body", "Fair.")).json();
        assertThat(replied.get("replies").get(0).get("authorName").asText()).isEqualTo("Dana Whitfield");
    }

    @Test
    void contradictingNotes_areLinkedBothWays() {
        long a = note(network, Map.of("kind", "overall", "category", "tone", "body", "Darker")).get("id").asLong();
        JsonNode b = note(owner, Map.of("kind", "overall", "category", "tone", "body", "Lighter"));
        int aNumber = number(a);
        JsonNode linked = studio.call("PUT", "/api/notes/" + b.get("id").asLong() + "/contradicts", owner,
                Map.of("note", aNumber)).json();
        assertThat(linked.get("contradicts").asInt()).isEqualTo(aNumber);
        assertThat(view(a).get("contradicts").asInt()).isEqualTo(b.get("number").asInt());
    }

    static int number(long id) {
        return view(id).get("number").asInt();
    }

    static JsonNode view(long id) {
        for (JsonNode n : studio.call("GET", "/api/deliveries/" + delivery, owner, null).json().get("notes")) {
            if (n.get("id").asLong() == id) {
                return n;
            }
        }
        throw new AssertionError("no note " + id);
    }

    @Test
    void addressedInANewDraft_showsTheChangedLinesOfItsScene_andNotesAreCarried() throws IOException {
        long line = note(network, Map.of("kind", "page", "category", "dialogue", "body", "Flat line",
                "quote", "They are late again.", "line", 8)).get("id").asLong();
        long swing = note(network, Map.of("kind", "page", "category", "production_budget", "body", "A pier costs",
                "quote", "A rusted swing creaks", "line", 12)).get("id").asLong();
        long ledger = note(network, Map.of("kind", "page", "category", "story", "body", "Why a brick?",
                "quote", "behind a loose brick", "line", 16)).get("id").asLong();
        TestStudio.Reply saved = studio.call("POST", "/api/episodes/" + episode + "/drafts", writer,
                Map.of("base", 1, "text", DRAFT_2));
        int draft2 = saved.json().get("number").asInt();
        studio.call("PATCH", "/api/notes/" + line, writer, Map.of("status", "addressed", "answer", "Sharper now",
                "addressedDraft", draft2));

        JsonNode addressed = view(line);
        List<String> changes = new ArrayList<>();
        addressed.get("changes").forEach(c -> changes.add(c.get("sign").asText() + " " + c.get("text").asText()));
        assertThat(changes).containsExactly("- They are late again.", "+ Nobody is ever on time in this town.");
        assertThat(addressed.get("latest").get("status").asText()).isEqualTo("changed");
        assertThat(view(swing).get("latest").get("status").asText()).isEqualTo("orphaned");
        JsonNode kept = view(ledger).get("latest");
        assertThat(kept.get("status").asText()).isEqualTo("kept");
        assertThat(DRAFT_2.substring(kept.get("anchor").get("start").asInt(), kept.get("anchor").get("end").asInt()))
                .isEqualTo("behind a loose brick");

        // the executive sees the answer and the changed lines, and the response memo lists it
        String asNetwork = studio.call("GET", "/api/deliveries/" + delivery, network, null).body();
        assertThat(asNetwork).contains("Sharper now").contains("Nobody is ever on time in this town.");
        String md = new String(studio.download("/deliveries/" + delivery + "/response?format=md", network), StandardCharsets.UTF_8);
        assertThat(md).contains("Flat line").contains("Addressed in draft " + draft2).contains("+ Nobody is ever on time");
        try (PDDocument doc = Loader.loadPDF(studio.download("/deliveries/" + delivery + "/response", network))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Response to notes").contains("They are late again.").contains("Sharper now");
        }
    }

    @Test
    void noteText_isEscapedInThePage_theMarkdown_andTheCsv() {
        note(network, Map.of("kind", "overall", "category", "legal_clearance",
                "body", "=HYPERLINK(\"http://x\") <script>alert(1)</script> [link](http://x)"));
        String page = studio.call("GET", "/deliveries/" + delivery, network, null).body();
        assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        String md = new String(studio.download("/deliveries/" + delivery + "/memo?format=md", network), StandardCharsets.UTF_8);
        assertThat(md).doesNotContain("<script>").doesNotContain("[link](").contains("\\<script\\>");
        String csv = new String(studio.download("/deliveries/" + delivery + "/memo?format=csv", network), StandardCharsets.UTF_8);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")").doesNotContain(",=HYPERLINK");
    }

    @Test
    void delivery_toSomeoneOffTheSeries_orOfNoDraft_isRefused() {
        String stranger = studio.account("out@example.org", "Outsider", owner);
        long strangerId = studio.call("GET", "/api/me", stranger, null).json().get("id").asLong();
        TestStudio.Reply r = studio.call("POST", "/api/episodes/" + episode + "/deliveries", owner,
                Map.of("draft", 1, "title", "Leak", "recipients", List.of(strangerId)));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("detail").asText()).startsWith("recipients:");
        assertThat(studio.call("POST", "/api/episodes/" + episode + "/deliveries", owner,
                Map.of("draft", 99, "title", "None", "recipients", List.of(networkId))).json().get("detail").asText())
                .startsWith("draft:");
        assertThat(studio.call("POST", "/api/episodes/" + episode + "/deliveries", owner,
                Map.of("draft", 1, "title", "Bad date", "notesDue", "next week", "recipients", List.of(networkId)))
                .json().get("detail").asText()).startsWith("notesDue:");
    }

    @Test
    void inbox_countsWhatOthersDidSinceTheDeliveryWasOpened_andNeverARoomOnlyNoteForAnExecutive() {
        String exec = studio.account("ivy@example.org", "Ivy Inbox", owner);
        studio.join(owner, series, "ivy@example.org", "network_executive", exec);
        long ivy = studio.call("GET", "/api/me", exec, null).json().get("id").asLong();
        long other = studio.call("POST", "/api/episodes/" + episode + "/deliveries", owner, Map.of("draft", 1,
                "title", "Inbox draft", "notesDue", "2027-04-01", "recipients", List.of(ivy))).json().get("delivery").get("id").asLong();
        JsonNode item = inboxItem(exec, other);
        assertThat(item.get("unseen").asBoolean()).isTrue();
        assertThat(item.get("notesDue").asText()).isEqualTo("2027-04-01");
        int before = studio.call("GET", "/api/inbox", exec, null).json().get("unread").asInt();

        studio.call("GET", "/api/deliveries/" + other, exec, null);
        long mine = studio.call("POST", "/api/deliveries/" + other + "/notes", exec,
                Map.of("kind", "overall", "category", "story", "body", "Where is act two?")).json().get("id").asLong();
        assertThat(inboxItem(exec, other).get("unseen").asBoolean()).isFalse();
        assertThat(studio.call("GET", "/api/inbox", exec, null).json().get("unread").asInt()).isEqualTo(before - 1);

        sleepAMillisecond();
        studio.call("PATCH", "/api/notes/" + mine, owner, Map.of("status", "discussed", "answer", "Coming"));
        studio.call("POST", "/api/notes/" + mine + "/replies", owner, Map.of("body", "Tuesday?"));
        studio.call("POST", "/api/deliveries/" + other + "/notes", owner,
                Map.of("kind", "overall", "category", "story", "visibility", "room", "body", "Act two is thin"));
        JsonNode after = inboxItem(exec, other);
        assertThat(after.get("newAnswers").asInt()).isEqualTo(1);
        assertThat(after.get("newReplies").asInt()).isEqualTo(1);
        assertThat(after.get("newNotes").asInt()).as("the room's own note is not the executive's news").isZero();
        JsonNode roomSide = inboxItem(writer, other);
        assertThat(roomSide.get("newNotes").asInt()).isEqualTo(2);
        assertThat(roomSide.get("notesDue").isNull()).as("notes are due from the recipients").isTrue();
        String page = studio.call("GET", "/inbox", exec, null).body();
        assertThat(page).contains("Inbox draft").contains("1 new reply").contains("1 of your notes answered");
    }

    static JsonNode inboxItem(String token, long deliveryId) {
        for (JsonNode i : studio.call("GET", "/api/inbox", token, null).json().get("items")) {
            if (i.get("deliveryId").asLong() == deliveryId) {
                return i;
            }
        }
        throw new AssertionError("delivery " + deliveryId + " is not in the inbox");
    }

    /** The inbox compares millisecond stamps: what happens next must not share the opening's millisecond. */
    static void sleepAMillisecond() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void finalDraftScriptNotes_andFountainNotes_comeInAnchoredToTheirWords() {
        String annotated = DRAFT_1.replace("Gulls over the water.", "Gulls over the water. [[Cut the gulls?]]")
                .replace("Tomas hides the ledger", "Tomas hides the ledger [[Why hide it?]]");
        byte[] fdx = dev.showrunner.studio.scripts.ScriptFiles.toFdx(annotated);
        JsonNode fromFdx = upload(network, "copy.fdx", fdx);
        assertThat(fromFdx.get("notes").asInt()).isEqualTo(2);
        assertThat(fromFdx.get("anchored").asInt()).isEqualTo(2);
        JsonNode gulls = viewByNumber(fromFdx.get("numbers").get(0).asInt());
        assertThat(gulls.get("body").asText()).isEqualTo("Cut the gulls?");
        assertThat(gulls.get("anchor").get("exact").asText()).startsWith("Gulls over the water.");
        assertThat(gulls.get("source").asText()).isEqualTo("network");
        JsonNode fromFountain = upload(network, "copy.fountain", annotated.getBytes(StandardCharsets.UTF_8));
        assertThat(fromFountain.get("anchored").asInt()).isEqualTo(2);
        TestStudio.Reply refused = uploadReply(network, "notes.docx", "PK".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asText()).startsWith("file:");
    }

    static JsonNode viewByNumber(int number) {
        for (JsonNode n : studio.call("GET", "/api/deliveries/" + delivery, owner, null).json().get("notes")) {
            if (n.get("number").asInt() == number) {
                return n;
            }
        }
        throw new AssertionError("no note " + number);
    }

    static JsonNode upload(String token, String filename, byte[] content) {
        TestStudio.Reply r = uploadReply(token, filename, content);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    static TestStudio.Reply uploadReply(String token, String filename, byte[] content) {
        String boundary = "----notes";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return studio.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(studio.base() + "/api/deliveries/"
                        + delivery + "/imports")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    @Test
    void deliveryToSomeoneNotOnTheSeries_invitesThem_andIsTheirsOnceTheyJoin() {
        TestStudio.Reply refused = studio.call("POST", "/api/episodes/" + episode + "/deliveries", writer, Map.of("draft", 1,
                "title", "Studio draft", "recipients", List.of(), "invite",
                List.of(Map.of("email", "kim@example.org", "role", "studio_executive"))));
        assertThat(refused.status()).as("inviting to the series is the showrunner's").isEqualTo(403);
        assertThat(studio.call("POST", "/api/episodes/" + episode + "/deliveries", owner, Map.of("draft", 1,
                "title", "Studio draft", "invite", List.of(Map.of("email", "kim@example.org", "role", "writer"))))
                .json().get("detail").asText()).startsWith("invite:");

        JsonNode made = studio.call("POST", "/api/episodes/" + episode + "/deliveries", owner, Map.of("draft", 1,
                "title", "Studio draft", "invite", List.of(Map.of("email", "Kim@Example.org", "role", "studio_executive"))))
                .json();
        long id = made.get("delivery").get("id").asLong();
        assertThat(made.get("delivery").get("recipients")).isEmpty();
        String link = made.get("invitations").get(0).get("link").asText();
        assertThat(made.get("invitations").get(0).get("email").asText()).isEqualTo("kim@example.org");

        // Kim makes an account, accepts, and the delivery is hers: in her inbox, then on its page
        String kim = studio.account("kim@example.org", "Kim Park", owner);
        assertThat(studio.call("GET", "/api/deliveries/" + id, kim, null).status()).isEqualTo(404);
        assertThat(studio.call("POST", "/api/invitations/" + link.substring(link.lastIndexOf('/') + 1), kim, null).status())
                .isEqualTo(200);
        assertThat(inboxItem(kim, id).get("notesDue").isNull()).isTrue();
        JsonNode opened = studio.call("GET", "/api/deliveries/" + id, kim, null).json();
        assertThat(opened.get("delivery").get("recipients").findValuesAsText("name")).containsExactly("Kim Park");
        assertThat(studio.call("GET", "/api/episodes/" + episode + "/deliveries", kim, null).json().findValuesAsText("title"))
                .containsExactly("Studio draft");
        // another executive of the series still sees nothing of it
        assertThat(studio.call("GET", "/api/deliveries/" + id, studioExec, null).status()).isEqualTo(404);
    }
}
