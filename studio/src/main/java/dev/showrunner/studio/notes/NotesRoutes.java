package dev.showrunner.studio.notes;

import dev.showrunner.print.Watermark;
import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.model.Element;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.notes.Anchor;
import dev.showrunner.screenplay.revision.Scene;
import dev.showrunner.studio.accounts.Access;
import dev.showrunner.studio.accounts.Invitations;
import dev.showrunner.studio.accounts.Role;
import dev.showrunner.studio.accounts.User;
import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.scripts.Draft;
import dev.showrunner.studio.scripts.LivePages;
import dev.showrunner.studio.scripts.ScriptFiles;
import dev.showrunner.studio.scripts.Scripts;
import dev.showrunner.studio.series.Catalog;
import dev.showrunner.studio.series.Episode;
import dev.showrunner.studio.series.EpisodeGuard;
import dev.showrunner.studio.web.Http;
import dev.showrunner.studio.web.Templates;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Network notes: deliveries of a draft, the notes taken on them, the room's answers and the
 * threads, the memos out and where things stand; as pages and through the API. Executives see
 * only deliveries addressed to them and never a room-only note; anyone off the series sees
 * nothing (404).
 */
public final class NotesRoutes {

    /** A delivery the caller may read, with the episode and the caller's role. */
    record Seen(Delivery delivery, Episode episode, Role role, User user) {
        boolean sees(Note note) {
            return !(note.roomOnly() && role.executive());
        }
    }

    private final Catalog catalog;
    private final EpisodeGuard episodes;
    private final Access access;
    private final Scripts scripts;
    private final Deliveries deliveries;
    private final Notes notes;
    private final Inbox inbox;
    private final Invitations invitations;
    private final Invitations.Courier courier;
    private final Templates templates;

    public NotesRoutes(Catalog catalog, Access access, Invitations invitations, Invitations.Courier courier,
            Scripts scripts, Deliveries deliveries, Notes notes, Inbox inbox, Templates templates) {
        this.catalog = catalog;
        this.episodes = new EpisodeGuard(catalog);
        this.access = access;
        this.scripts = scripts;
        this.deliveries = deliveries;
        this.notes = notes;
        this.inbox = inbox;
        this.invitations = invitations;
        this.courier = courier;
        this.templates = templates;
    }

    // ---- pages

    /** The episode's notes: its deliveries (and the form to deliver), where the notes stand, the chart. */
    public void episodePage(Context ctx) {
        Catalog.EpisodeAccess found = episodes.member(ctx);
        Episode episode = found.episode();
        User user = Http.user(ctx);
        List<Delivery> list = visibleDeliveries(episode, found.role(), user);
        List<Note> seen = visibleNotes(episode.id(), list, found.role());
        templates.render(ctx, "notes/episode-notes.jte", new EpisodeNotesPage(Http.chrome(ctx, episode.title() + " — notes"),
                catalog.series(episode.seriesId()), episode, found.role(), list, Standing.of(list, seen),
                found.role().writes() ? scripts.drafts(episode.id()) : List.of(),
                found.role().writes() ? access.members(episode.seriesId()) : List.of()));
    }

    /** The signed-in person's inbox: deliveries, new notes, replies, answers, notes due; with unread counts. */
    public void inboxPage(Context ctx) {
        User user = Http.user(ctx);
        templates.render(ctx, "notes/inbox.jte", new InboxPage(Http.chrome(ctx, "Inbox"), inbox.of(user.id())));
    }

    public void apiInbox(Context ctx) {
        Http.json(ctx, 200, inbox.of(Http.user(ctx).id()));
    }

    /** A delivery: the delivered draft's pages with the notes beside them, the forms to add, answer and reply. */
    public void deliveryPage(Context ctx) {
        Seen seen = seen(ctx, Http.idParam(ctx, "delivery"));
        inbox.seen(seen.delivery().id(), seen.user().id());
        NotesJson.DeliveryDetail detail = detail(seen);
        Draft draft = scripts.draft(seen.episode().id(), seen.delivery().draftNumber());
        List<Draft> drafts = seen.role().writes() ? scripts.drafts(seen.episode().id()) : List.of();
        templates.render(ctx, "notes/delivery.jte", new DeliveryPage(Http.chrome(ctx, seen.delivery().title()),
                catalog.series(seen.episode().seriesId()), seen.episode(), seen.role(), detail,
                LivePages.renderSafely(draft.body()), drafts));
    }

    /** The delivered draft as the caller's own watermarked PDF; the download is logged. */
    public void pdf(Context ctx) {
        Seen seen = seen(ctx, Http.idParam(ctx, "delivery"));
        Draft draft = scripts.draft(seen.episode().id(), seen.delivery().draftNumber());
        byte[] marked;
        try {
            marked = Watermark.apply(ScriptFiles.toPdf(draft.body()), seen.user().name(),
                    seen.delivery().title() + " \u00b7 " + seen.user().email() + " \u00b7 "
                            + Instant.now().toString().substring(0, 10));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        deliveries.logDownload(seen.delivery().id(), seen.user().id());
        Http.attachment(ctx, Http.downloadName(seen.episode().title(), seen.delivery().title()) + ".pdf",
                "application/pdf", marked);
    }

    /** The notes memo: {@code ?format=pdf} (the default), {@code md} or {@code csv}. */
    public void memo(Context ctx) {
        Seen seen = seen(ctx, Http.idParam(ctx, "delivery"));
        List<Note> list = notes.forDelivery(seen.delivery().id()).stream().filter(seen::sees).toList();
        Memos.Memo memo = Memos.notes(seen.episode().title(), seen.delivery(), list);
        String name = Http.downloadName(seen.episode().title(), seen.delivery().title() + "-notes");
        switch (Optional.ofNullable(ctx.queryParam("format")).orElse("pdf")) {
            case "md" -> Http.attachment(ctx, name + ".md", "text/markdown; charset=utf-8",
                    Memos.markdown(memo).getBytes(StandardCharsets.UTF_8));
            case "csv" -> Http.attachment(ctx, name + ".csv", "text/csv; charset=utf-8",
                    Memos.csv(list).getBytes(StandardCharsets.UTF_8));
            case "pdf" -> Http.attachment(ctx, name + ".pdf", "application/pdf", Memos.pdf(memo));
            default -> throw StudioException.badRequest("format: one of pdf, md, csv");
        }
    }

    /** "Response to notes" for a redelivery: {@code ?format=pdf} (the default) or {@code md}. */
    public void response(Context ctx) {
        Seen seen = seen(ctx, Http.idParam(ctx, "delivery"));
        NotesJson.DeliveryDetail detail = detail(seen);
        List<Note> list = notes.forDelivery(seen.delivery().id()).stream().filter(seen::sees).toList();
        Map<Long, List<Places.ChangedLine>> changes = new HashMap<>();
        for (NotesJson.NoteView v : detail.notes()) {
            changes.put(v.id(), v.changes());
        }
        Memos.Memo memo = Memos.response(seen.episode().title(), seen.delivery(), list, changes);
        String name = Http.downloadName(seen.episode().title(), seen.delivery().title() + "-response");
        switch (Optional.ofNullable(ctx.queryParam("format")).orElse("pdf")) {
            case "md" -> Http.attachment(ctx, name + ".md", "text/markdown; charset=utf-8",
                    Memos.markdown(memo).getBytes(StandardCharsets.UTF_8));
            case "pdf" -> Http.attachment(ctx, name + ".pdf", "application/pdf", Memos.pdf(memo));
            default -> throw StudioException.badRequest("format: one of pdf, md");
        }
    }

    public void deliverForm(Context ctx) {
        Episode episode = episodes.write(ctx);
        List<Long> recipients = new ArrayList<>();
        for (String id : ctx.formParams("recipients")) {
            try {
                recipients.add(Long.parseLong(id));
            } catch (NumberFormatException e) {
                throw StudioException.badRequest("recipients: not a member's id");
            }
        }
        List<NotesJson.InviteRequest> invite = new ArrayList<>();
        String email = ctx.formParam("inviteEmail");
        if (email != null && !email.isBlank()) {
            invite.add(new NotesJson.InviteRequest(email, ctx.formParam("inviteRole")));
        }
        NotesJson.Delivered made = deliver(ctx, episode, new NotesJson.DeliverRequest(number(ctx.formParam("draft"), "draft"),
                ctx.formParam("title"), ctx.formParam("coverNote"), ctx.formParam("notesDue"), recipients, invite));
        if (made.invitations().isEmpty()) {
            ctx.redirect("/deliveries/" + made.delivery().id());
        } else {
            templates.render(ctx, "notes/delivered.jte", new DeliveredPage(Http.chrome(ctx, made.delivery().title()), made));
        }
    }

    public void noteForm(Context ctx) {
        Seen seen = seen(ctx, Http.idParam(ctx, "delivery"));
        Note made = add(seen, new NotesJson.NoteRequest(ctx.formParam("kind"), ctx.formParam("category"),
                ctx.formParam("visibility"), ctx.formParam("body"), number(ctx.formParam("scene"), "scene"),
                number(ctx.formParam("start"), "start"), number(ctx.formParam("end"), "end"), ctx.formParam("quote"),
                number(ctx.formParam("line"), "line")));
        ctx.redirect("/deliveries/" + seen.delivery().id() + "#note-" + made.number());
    }

    /** Notes from a file: an annotated PDF of the delivery, or a Fountain copy of it with [[notes]]. */
    public void importForm(Context ctx) {
        Seen seen = seen(ctx, Http.idParam(ctx, "delivery"));
        Imported result = importFile(ctx, seen);
        ctx.redirect("/deliveries/" + seen.delivery().id() + (result.numbers().isEmpty() ? "" : "#note-" + result.numbers().getFirst()));
    }

    public void apiImport(Context ctx) {
        Seen seen = seen(ctx, Http.idParam(ctx, "delivery"));
        Http.json(ctx, 201, importFile(ctx, seen));
    }

    /** What a file brought: the new notes' numbers, and how many of them were anchored to words of the draft. */
    record Imported(int notes, int anchored, List<Integer> numbers) {}

    private Imported importFile(Context ctx, Seen seen) {
        if (!Http.isForm(ctx)) {
            throw StudioException.badRequest("file: send it as multipart/form-data in the field 'file'");
        }
        io.javalin.http.UploadedFile file = ctx.uploadedFile("file");
        if (file == null) {
            throw StudioException.badRequest("file: missing");
        }
        if (file.size() > PdfNotes.MAX_BYTES) {
            throw StudioException.tooLarge("file: larger than " + PdfNotes.MAX_BYTES / (1024 * 1024) + " MB");
        }
        byte[] bytes;
        try (java.io.InputStream in = file.content()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw StudioException.badRequest("file: could not be read");
        }
        Note.Category category = Note.Keyed.parse(Note.Category.class, "category",
                ctx.formParam("category") == null || ctx.formParam("category").isBlank() ? "story" : ctx.formParam("category"));
        String text = scripts.draft(seen.episode().id(), seen.delivery().draftNumber()).body();
        String name = file.filename() == null ? "" : file.filename().toLowerCase(java.util.Locale.ROOT);
        List<PdfNotes.Found> found;
        if (name.endsWith(".pdf") || bytes.length > 4 && new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            found = PdfNotes.read(bytes, text, ScriptFiles.layout(Fountain.read(text)));
        } else if (name.endsWith(".fountain") || name.endsWith(".txt") || name.endsWith(".fdx")) {
            if (bytes.length > Scripts.MAX_TEXT * 4L) {
                throw StudioException.tooLarge("file: too large for a script");
            }
            // the engine reads an FDX's ScriptNotes into the script as inline notes, which its
            // Fountain text writes as [[notes]] where Final Draft anchored them
            found = FountainNotes.read(ScriptFiles.read(file.filename(), bytes), text);
        } else {
            throw StudioException.badRequest("file: send an annotated PDF of the delivery, a Final Draft file with"
                    + " ScriptNotes or a Fountain file with [[notes]]");
        }
        List<Scene> scenes = Scene.of(Fountain.read(text));
        List<Integer> numbers = new ArrayList<>();
        int anchored = 0;
        for (PdfNotes.Found f : found) {
            boolean page = f.anchor() != null;
            anchored += page ? 1 : 0;
            Note made = notes.add(seen.delivery(), seen.user().id(), new Notes.NewNote(page ? Note.Kind.PAGE : Note.Kind.OVERALL,
                    Note.Source.of(seen.role()), category, Note.Visibility.SHARED, f.body(),
                    page ? sceneAt(scenes, text.offsetByCodePoints(0, f.anchor().start())) : null, f.anchor()));
            numbers.add(made.number());
        }
        return new Imported(numbers.size(), anchored, numbers);
    }

    public void answerForm(Context ctx) {
        Note note = answer(ctx, new NotesJson.AnswerRequest(ctx.formParam("status"), ctx.formParam("answer"),
                number(ctx.formParam("addressedDraft"), "addressedDraft"),
                number(ctx.formParam("supersededBy"), "supersededBy")));
        ctx.redirect("/deliveries/" + note.deliveryId() + "#note-" + note.number());
    }

    public void replyForm(Context ctx) {
        Note note = reply(ctx, ctx.formParam("body"));
        ctx.redirect("/deliveries/" + note.deliveryId() + "#note-" + note.number());
    }

    public void linkForm(Context ctx) {
        Note note = link(ctx, number(ctx.formParam("note"), "note"));
        ctx.redirect("/deliveries/" + note.deliveryId() + "#note-" + note.number());
    }

    // ---- API

    public void apiDeliveries(Context ctx) {
        Catalog.EpisodeAccess found = episodes.member(ctx);
        Http.json(ctx, 200, visibleDeliveries(found.episode(), found.role(), Http.user(ctx)));
    }

    public void apiDeliver(Context ctx) {
        Episode episode = episodes.write(ctx);
        Http.json(ctx, 201, deliver(ctx, episode, Http.json(ctx, NotesJson.DeliverRequest.class)));
    }

    public void apiDelivery(Context ctx) {
        Seen seen = seen(ctx, Http.idParam(ctx, "delivery"));
        inbox.seen(seen.delivery().id(), seen.user().id());
        Http.json(ctx, 200, detail(seen));
    }

    public void apiAddNote(Context ctx) {
        Seen seen = seen(ctx, Http.idParam(ctx, "delivery"));
        Note made = add(seen, Http.json(ctx, NotesJson.NoteRequest.class));
        Http.json(ctx, 201, view(seen, made));
    }

    public void apiAnswer(Context ctx) {
        Note note = answer(ctx, Http.json(ctx, NotesJson.AnswerRequest.class));
        Http.json(ctx, 200, view(seen(ctx, note.deliveryId()), note));
    }

    public void apiReply(Context ctx) {
        NotesJson.ReplyRequest req = Http.json(ctx, NotesJson.ReplyRequest.class);
        Note note = reply(ctx, req.body());
        Http.json(ctx, 201, view(seen(ctx, note.deliveryId()), note));
    }

    public void apiLink(Context ctx) {
        NotesJson.LinkRequest req = Http.json(ctx, NotesJson.LinkRequest.class);
        Note note = link(ctx, Http.required(req.note(), "note"));
        Http.json(ctx, 200, view(seen(ctx, note.deliveryId()), note));
    }

    /** Where the episode's notes stand, as the episode's notes page shows it. */
    public void apiStanding(Context ctx) {
        Catalog.EpisodeAccess found = episodes.member(ctx);
        List<Delivery> list = visibleDeliveries(found.episode(), found.role(), Http.user(ctx));
        Http.json(ctx, 200, Standing.of(list, visibleNotes(found.episode().id(), list, found.role())));
    }

    // ---- the work behind both

    private NotesJson.Delivered deliver(Context ctx, Episode episode, NotesJson.DeliverRequest req) {
        int draft = Http.required(req.draft(), "draft");
        scripts.drafts(episode.id()).stream().filter(d -> d.number() == draft).findFirst()
                .orElseThrow(() -> StudioException.badRequest("draft: no draft " + draft + " of this episode"));
        List<Long> members = access.members(episode.seriesId()).stream().map(m -> m.user().id()).toList();
        List<Long> recipients = req.recipients() == null ? List.of() : req.recipients();
        for (Long r : recipients) {
            if (r == null || !members.contains(r)) {
                throw StudioException.badRequest("recipients: " + r + " is not a member of this series; invite them first");
            }
        }
        List<NotesJson.InviteRequest> invite = req.invite() == null ? List.of() : req.invite();
        User user = Http.user(ctx);
        if (!invite.isEmpty()) {
            access.own(user, episode.seriesId()); // inviting people to the series is the showrunner's
            if (invite.size() > 20) {
                throw StudioException.badRequest("invite: at most 20 people at once");
            }
        }
        List<Role> roles = new ArrayList<>();
        for (NotesJson.InviteRequest i : invite) {
            if (i == null || i.email() == null || i.email().isBlank() || !i.email().contains("@")) {
                throw StudioException.badRequest("invite: an email address is missing");
            }
            Role role = Role.parse(i.role() == null ? "" : i.role());
            if (role != Role.NETWORK_EXECUTIVE && role != Role.STUDIO_EXECUTIVE && role != Role.PRODUCER) {
                throw StudioException.badRequest("invite: a delivery invites a network_executive, a studio_executive"
                        + " or a producer; add others to the series from its page");
            }
            roles.add(role);
        }
        if (recipients.isEmpty() && invite.isEmpty()) {
            throw StudioException.badRequest("recipients: name at least one member of the series");
        }
        Delivery made = deliveries.deliver(episode.id(), draft, req.title(), req.coverNote(), req.notesDue(), user.id(),
                recipients, !invite.isEmpty());
        List<NotesJson.InvitationLink> links = new ArrayList<>();
        for (int k = 0; k < invite.size(); k++) {
            Invitations.Invitation invitation = invitations.invite(episode.seriesId(), invite.get(k).email(), roles.get(k),
                    user.id());
            deliveries.invite(made.id(), invitation.email());
            String link = Http.siteAddress(ctx) + "/invitations/" + invitation.token();
            boolean sent = courier.send(invitation, link);
            links.add(new NotesJson.InvitationLink(invitation.email(), roles.get(k).key(), sent ? null : link,
                    invitation.expiresAt()));
        }
        return new NotesJson.Delivered(made, links);
    }

    private Note add(Seen seen, NotesJson.NoteRequest req) {
        Note.Kind kind = Note.Keyed.parse(Note.Kind.class, "kind", req.kind() == null ? "page" : req.kind());
        Note.Category category = Note.Keyed.parse(Note.Category.class, "category", req.category());
        Note.Visibility visibility = Note.Keyed.parse(Note.Visibility.class, "visibility",
                req.visibility() == null || req.visibility().isBlank() ? "shared" : req.visibility());
        if (visibility == Note.Visibility.ROOM && seen.role().executive()) {
            throw StudioException.badRequest("visibility: room-only notes are the room's; yours are shared on the delivery");
        }
        String text = scripts.draft(seen.episode().id(), seen.delivery().draftNumber()).body();
        Screenplay script = Fountain.read(text);
        List<Scene> scenes = Scene.of(script);
        Anchor anchor = null;
        Integer scene = null;
        switch (kind) {
            case PAGE -> {
                if (req.start() != null || req.end() != null) {
                    anchor = Selections.range(text, Http.required(req.start(), "start"), Http.required(req.end(), "end"));
                } else {
                    anchor = Selections.locate(text, req.quote(), req.line() == null ? 0 : req.line());
                }
                scene = sceneAt(scenes, text.offsetByCodePoints(0, anchor.start()));
            }
            case SCENE -> {
                int ordinal = Http.required(req.scene(), "scene");
                Scene s = scenes.stream().filter(x -> x.ordinal() == ordinal && !x.isOpening()).findFirst()
                        .orElseThrow(() -> StudioException.badRequest("scene: no scene " + ordinal + " in the delivered draft"));
                Element heading = s.elements().getFirst();
                int end = heading.span().end();
                while (end > heading.span().start() && Character.isWhitespace(text.charAt(end - 1))) {
                    end--; // the heading's words, not the line break after them
                }
                anchor = Anchor.in(text, text.codePointCount(0, heading.span().start()), text.codePointCount(0, end));
                scene = ordinal;
            }
            case OVERALL -> { }
        }
        return notes.add(seen.delivery(), seen.user().id(), new Notes.NewNote(kind, Note.Source.of(seen.role()), category,
                visibility, req.body(), scene, anchor));
    }

    private Note answer(Context ctx, NotesJson.AnswerRequest req) {
        Note note = note(ctx);
        Seen seen = seen(ctx, note.deliveryId());
        Access.writes(seen.role());
        Note.Status status = Note.Keyed.parse(Note.Status.class, "status", req.status());
        Integer addressed = req.addressedDraft();
        if (status.addressed() && addressed != null) {
            int n = addressed;
            scripts.drafts(seen.episode().id()).stream().filter(d -> d.number() == n).findFirst()
                    .orElseThrow(() -> StudioException.badRequest("addressedDraft: no draft " + n + " of this episode"));
            if (n < seen.delivery().draftNumber()) {
                throw StudioException.badRequest("addressedDraft: draft " + n + " is older than the delivered draft "
                        + seen.delivery().draftNumber());
            }
        }
        Long superseded = null;
        if (status == Note.Status.SUPERSEDED && req.supersededBy() != null) {
            Note later = byNumber(seen, req.supersededBy(), "supersededBy");
            if (later.id() == note.id()) {
                throw StudioException.badRequest("supersededBy: a note does not supersede itself");
            }
            superseded = later.id();
        }
        return notes.answer(note, status, req.answer(), addressed, superseded);
    }

    private Note reply(Context ctx, String body) {
        Note note = note(ctx);
        Seen seen = seen(ctx, note.deliveryId());
        notes.reply(note, seen.user().id(), body);
        return note;
    }

    private Note link(Context ctx, int other) {
        Note note = note(ctx);
        Seen seen = seen(ctx, note.deliveryId());
        Access.writes(seen.role());
        notes.link(note, byNumber(seen, other, "note"));
        return notes.note(note.id()).orElseThrow();
    }

    private Note byNumber(Seen seen, int number, String field) {
        return notes.forEpisode(seen.episode().id()).stream().filter(n -> n.number() == number && seen.sees(n))
                .findFirst().orElseThrow(() -> StudioException.badRequest(field + ": no note " + number + " on this episode"));
    }

    /** The note the path names, when the caller may see it (else 404). */
    private Note note(Context ctx) {
        Note note = notes.note(Http.idParam(ctx, "note")).orElseThrow(() -> StudioException.notFound("no such note"));
        Seen seen = seen(ctx, note.deliveryId());
        if (!seen.sees(note)) {
            throw StudioException.notFound("no such note");
        }
        return note;
    }

    /** The delivery, when the caller is on its series and, for an executive, it was delivered to them; else 404. */
    private Seen seen(Context ctx, long deliveryId) {
        User user = Http.user(ctx);
        Delivery d = deliveries.delivery(deliveryId).orElseThrow(() -> StudioException.notFound("no such delivery"));
        Catalog.EpisodeAccess found;
        try {
            found = catalog.episodeFor(d.episodeId(), user.id());
        } catch (StudioException e) {
            throw StudioException.notFound("no such delivery");
        }
        // delivered to their address before they joined: it becomes theirs when they first open it
        if (!d.deliveredTo(user.id()) && deliveries.invited(d.id()).contains(normal(user.email()))
                && deliveries.claim(d.id(), user.id(), user.email())) {
            d = deliveries.delivery(deliveryId).orElseThrow();
        }
        if (found.role().executive() && !d.deliveredTo(user.id())) {
            throw StudioException.notFound("no such delivery");
        }
        return new Seen(d, found.episode(), found.role(), user);
    }

    private List<Delivery> visibleDeliveries(Episode episode, Role role, User user) {
        return deliveries.forEpisode(episode.id()).stream().filter(d -> role.room() || d.deliveredTo(user.id())
                || deliveries.invited(d.id()).contains(normal(user.email()))).toList();
    }

    private List<Note> visibleNotes(long episodeId, List<Delivery> visible, Role role) {
        List<Long> ids = visible.stream().map(Delivery::id).toList();
        return notes.forEpisode(episodeId).stream()
                .filter(n -> ids.contains(n.deliveryId()) && !(n.roomOnly() && role.executive())).toList();
    }

    /** The delivery with its visible notes, each placed in the latest draft and, when addressed, in its draft. */
    private NotesJson.DeliveryDetail detail(Seen seen) {
        List<Note> list = notes.forDelivery(seen.delivery().id()).stream().filter(seen::sees).toList();
        Map<Long, List<Reply>> threads = notes.replies(list.stream().map(Note::id).toList());
        Map<Long, Integer> numbers = new HashMap<>();
        for (Note n : notes.forEpisode(seen.episode().id())) {
            numbers.put(n.id(), n.number());
        }
        String delivered = scripts.draft(seen.episode().id(), seen.delivery().draftNumber()).body();
        Optional<Draft> latest = scripts.latest(seen.episode().id());
        Places toLatest = latest.filter(d -> d.number() != seen.delivery().draftNumber())
                .map(d -> Places.between(delivered, d.body(), d.number())).orElse(null);
        Map<Integer, Places> addressedIn = new HashMap<>();
        List<NotesJson.NoteView> views = new ArrayList<>();
        for (Note n : list) {
            Places.Place place = toLatest == null ? null : toLatest.place(n).orElse(null);
            List<Places.ChangedLine> changes = List.of();
            if (n.status().addressed() && n.addressedDraft() != null && n.addressedDraft() != seen.delivery().draftNumber()) {
                Places in = addressedIn.computeIfAbsent(n.addressedDraft(), number -> Places.between(delivered,
                        scripts.draft(seen.episode().id(), number).body(), number));
                changes = in.changes(n);
            }
            views.add(NotesJson.NoteView.of(n, lineOf(delivered, n), threads.getOrDefault(n.id(), List.of()), place,
                    changes, numbers));
        }
        return new NotesJson.DeliveryDetail(seen.delivery(), views,
                seen.role().room() ? deliveries.downloads(seen.delivery().id()) : List.of());
    }

    private NotesJson.NoteView view(Seen seen, Note note) {
        return detail(seen).notes().stream().filter(v -> v.id() == note.id()).findFirst().orElseThrow();
    }

    /** The 1-based source line a note's words begin on, 0 for an overall note. */
    private static int lineOf(String text, Note n) {
        if (n.anchor() == null) {
            return 0;
        }
        int cps = text.codePointCount(0, text.length());
        int at = text.offsetByCodePoints(0, Math.min(n.anchor().start(), cps));
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The ordinal of the scene holding UTF-16 index {@code at}: 0 before the first heading. */
    private static int sceneAt(List<Scene> scenes, int at) {
        int ordinal = 0;
        for (Scene s : scenes) {
            if (!s.elements().isEmpty() && s.elements().getFirst().span().start() <= at) {
                ordinal = s.ordinal();
            }
        }
        return ordinal;
    }

    private static String normal(String email) {
        return email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static Integer number(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw StudioException.badRequest(field + ": not a number");
        }
    }
}
