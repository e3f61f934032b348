package dev.showrunner.studio.notes;

import dev.showrunner.screenplay.notes.Anchor;
import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.store.Database;
import dev.showrunner.studio.store.Dialect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.core.mapper.RowMapper;

/** Notes, their answers and their threads. Callers check access and visibility. */
public final class Notes {

    /** What a new note holds; where it points is worked out by the caller from the delivered draft. */
    public record NewNote(Note.Kind kind, Note.Source source, Note.Category category, Note.Visibility visibility,
            String body, Integer scene, Anchor anchor) {}

    static final int MAX_BODY = 10_000;

    private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.removingComments();
    private static final RowMapper<Note> NOTE = (rs, ctx) -> {
        Integer start = (Integer) nullable(rs.getInt("anchor_start"), rs.wasNull());
        Anchor anchor = start == null ? null : new Anchor(start, rs.getInt("anchor_end"), rs.getString("quote"),
                rs.getString("prefix"), rs.getString("suffix"));
        return new Note(rs.getLong("id"), rs.getLong("delivery_id"), rs.getLong("episode_id"), rs.getInt("number"),
                rs.getLong("author_id"), rs.getString("author_name"),
                Note.Kind.valueOf(rs.getString("kind").toUpperCase(java.util.Locale.ROOT)),
                Note.Source.valueOf(rs.getString("source").toUpperCase(java.util.Locale.ROOT)),
                Note.Category.valueOf(rs.getString("category").toUpperCase(java.util.Locale.ROOT)),
                Note.Visibility.valueOf(rs.getString("visibility").toUpperCase(java.util.Locale.ROOT)),
                rs.getString("body"), (Integer) nullable(rs.getInt("scene"), rs.wasNull()), anchor,
                Note.Status.valueOf(rs.getString("status").toUpperCase(java.util.Locale.ROOT)), rs.getString("answer"),
                (Integer) nullable(rs.getInt("addressed_draft"), rs.wasNull()),
                (Long) nullable(rs.getLong("superseded_by"), rs.wasNull()),
                (Long) nullable(rs.getLong("contradicts"), rs.wasNull()), rs.getLong("created_at"));
    };

    private final Jdbi jdbi;
    private final boolean rowLocks;
    private final LongSupplier clock;

    public Notes(Database database) {
        this.jdbi = database.jdbi();
        this.rowLocks = database.dialect() == Dialect.POSTGRESQL;
        this.clock = System::currentTimeMillis;
    }

    /** Adds a note to the delivery, numbered next within its episode. */
    public Note add(Delivery delivery, long authorId, NewNote note) {
        String body = Deliveries.text("body", note.body(), MAX_BODY, true);
        long now = clock.getAsLong();
        Anchor a = note.anchor();
        long id = jdbi.inTransaction(h -> {
            if (rowLocks) {
                h.createQuery(SQL.locate(Notes.class, "episode-lock")).bind("episode", delivery.episodeId())
                        .mapTo(Long.class).findOne();
            }
            int number = h.createQuery(SQL.locate(Notes.class, "next-number")).bind("episode", delivery.episodeId())
                    .mapTo(Integer.class).one();
            return h.createQuery(SQL.locate(Notes.class, "insert")).bind("delivery", delivery.id())
                    .bind("episode", delivery.episodeId()).bind("number", number).bind("author", authorId)
                    .bind("kind", note.kind().key()).bind("source", note.source().key())
                    .bind("category", note.category().key()).bind("visibility", note.visibility().key())
                    .bind("body", body).bind("scene", note.scene())
                    .bind("start", a == null ? null : a.start()).bind("end", a == null ? null : a.end())
                    .bind("quote", a == null ? null : a.exact()).bind("prefix", a == null ? null : a.prefix())
                    .bind("suffix", a == null ? null : a.suffix()).bind("now", now).mapTo(Long.class).one();
        });
        return note(id).orElseThrow();
    }

    public Optional<Note> note(long id) {
        return jdbi.withHandle(h -> h.createQuery(SQL.locate(Notes.class, "one")).bind("id", id).map(NOTE).findOne());
    }

    public List<Note> forDelivery(long deliveryId) {
        return jdbi.withHandle(h -> h.createQuery(SQL.locate(Notes.class, "for-delivery")).bind("delivery", deliveryId)
                .map(NOTE).list());
    }

    public List<Note> forEpisode(long episodeId) {
        return jdbi.withHandle(h -> h.createQuery(SQL.locate(Notes.class, "for-episode")).bind("episode", episodeId)
                .map(NOTE).list());
    }

    /**
     * Records the room's answer. A declined note needs a reason (the answer); an addressed one the
     * draft it was addressed in; a superseded one the later note that supersedes it.
     */
    public Note answer(Note note, Note.Status status, String answer, Integer addressedDraft, Long supersededBy) {
        String text = Deliveries.text("answer", answer, MAX_BODY, false);
        if (status == Note.Status.DECLINED && text.isEmpty()) {
            throw StudioException.badRequest("answer: a declined note needs the reason");
        }
        if (status.addressed() && addressedDraft == null) {
            throw StudioException.badRequest("addressedDraft: name the draft the note was addressed in");
        }
        if (status == Note.Status.SUPERSEDED && supersededBy == null) {
            throw StudioException.badRequest("supersededBy: name the later note");
        }
        jdbi.useHandle(h -> h.createUpdate(SQL.locate(Notes.class, "answer")).bind("id", note.id())
                .bind("status", status.key()).bind("answer", text)
                .bind("addressed", status.addressed() ? addressedDraft : null)
                .bind("superseded", status == Note.Status.SUPERSEDED ? supersededBy : null)
                .bind("now", clock.getAsLong()).execute());
        return note(note.id()).orElseThrow();
    }

    /** Links two notes of one episode as contradicting each other, both ways. */
    public void link(Note a, Note b) {
        if (a.id() == b.id()) {
            throw StudioException.badRequest("contradicts: a note does not contradict itself");
        }
        jdbi.useTransaction(h -> {
            h.createUpdate(SQL.locate(Notes.class, "link")).bind("id", a.id()).bind("other", b.id()).execute();
            h.createUpdate(SQL.locate(Notes.class, "link")).bind("id", b.id()).bind("other", a.id()).execute();
        });
    }

    public Reply reply(Note note, long authorId, String body) {
        String text = Deliveries.text("body", body, MAX_BODY, true);
        long now = clock.getAsLong();
        jdbi.useHandle(h -> h.createUpdate(SQL.locate(Notes.class, "reply-insert")).bind("note", note.id())
                .bind("author", authorId).bind("body", text).bind("now", now).execute());
        List<Reply> thread = replies(List.of(note.id())).getOrDefault(note.id(), List.of());
        return thread.getLast();
    }

    /** The threads of the notes, by note id, oldest reply first. */
    public Map<Long, List<Reply>> replies(List<Long> noteIds) {
        if (noteIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Reply>> by = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery(SQL.locate(Notes.class, "replies")).bindList("notes", noteIds)
                .map((rs, ctx) -> new Reply(rs.getLong("id"), rs.getLong("note_id"), rs.getLong("author_id"),
                        rs.getString("author_name"), rs.getString("body"), rs.getLong("created_at")))
                .forEach(r -> by.computeIfAbsent(r.noteId(), k -> new ArrayList<>()).add(r)));
        return by;
    }

    private static Object nullable(Object value, boolean wasNull) {
        return wasNull ? null : value;
    }
}
