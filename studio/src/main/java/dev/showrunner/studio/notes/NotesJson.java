package dev.showrunner.studio.notes;

import dev.showrunner.screenplay.notes.Anchor;
import java.util.List;
import java.util.Map;

/** The notes feature's JSON shapes: requests in, typed answers out (camelCase; enums as lower-case keys). */
public final class NotesJson {

    private NotesJson() {}

    /**
     * Deliver draft {@code draft} to the members {@code recipients} (user ids) and, when the
     * showrunner delivers, to people not on the series yet ({@code invite}), who are invited with it.
     */
    record DeliverRequest(Integer draft, String title, String coverNote, String notesDue, List<Long> recipients,
            List<InviteRequest> invite) {}

    /** Someone to invite with a delivery: their address and their role (an executive's or a producer's). */
    record InviteRequest(String email, String role) {}

    /** A delivery made, with the invitation links to pass on to those invited with it (each works once, for 7 days). */
    public record Delivered(Delivery delivery, List<InvitationLink> invitations) {}

    public record InvitationLink(String email, String role, String link, long expiresAt) {}

    /**
     * A new note. {@code kind} page, scene or overall. A page note names its words by
     * {@code start}/{@code end} (code points of the delivered draft's Fountain text) or by the
     * {@code quote} selected on the pages and the source {@code line} it began on; a scene note by
     * {@code scene}, the scene's ordinal.
     */
    record NoteRequest(String kind, String category, String visibility, String body, Integer scene, Integer start,
            Integer end, String quote, Integer line) {}

    /** The room's answer; {@code supersededBy} is the later note's number. */
    record AnswerRequest(String status, String answer, Integer addressedDraft, Integer supersededBy) {}

    record ReplyRequest(String body) {}

    /** Links the note with note number {@code note} as contradicting it. */
    record LinkRequest(Integer note) {}

    /** A note as the API shows it, with its thread, its place in the latest draft and, when addressed, the changed lines. */
    public record NoteView(long id, int number, long deliveryId, String kind, String source, String category,
            String visibility, long authorId, String authorName, String body, Integer scene, Anchor anchor, int line,
            String status, String statusLabel, String answer, Integer addressedDraft, Integer supersededBy,
            Integer contradicts, long createdAt, List<Reply> replies, Places.Place latest,
            List<Places.ChangedLine> changes) {

        static NoteView of(Note n, int line, List<Reply> replies, Places.Place latest, List<Places.ChangedLine> changes,
                Map<Long, Integer> numbers) {
            return new NoteView(n.id(), n.number(), n.deliveryId(), n.kind().key(), n.source().key(), n.category().key(),
                    n.visibility().key(), n.authorId(), n.authorName(), n.body(), n.scene(), n.anchor(), line,
                    n.status().key(), n.status().label(), n.answer(), n.addressedDraft(),
                    n.supersededBy() == null ? null : numbers.get(n.supersededBy()),
                    n.contradicts() == null ? null : numbers.get(n.contradicts()), n.createdAt(), replies, latest,
                    changes);
        }

        /** The label of a key of {@code type}, for the page. */
        public String label(String field) {
            return switch (field) {
                case "source" -> Note.Keyed.parse(Note.Source.class, field, source).label();
                case "category" -> Note.Keyed.parse(Note.Category.class, field, category).label();
                default -> Note.Keyed.parse(Note.Kind.class, field, kind).label();
            };
        }

        public boolean roomOnly() {
            return "room".equals(visibility);
        }
    }

    /** A delivery with the notes the reader may see; the download log only for the room. */
    public record DeliveryDetail(Delivery delivery, List<NoteView> notes, List<Deliveries.Download> downloads) {}
}
