package dev.showrunner.studio.notes;

import dev.showrunner.studio.store.Database;
import java.util.List;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/**
 * Each person's inbox: the deliveries they may read, newest first, with what others did since
 * they last opened each (new notes, replies, answers to their own notes), and the date notes
 * are due on those delivered to them. Opening a delivery marks it read.
 */
public final class Inbox {

    /**
     * One delivery in a person's inbox.
     *
     * @param unseen never opened by them
     * @param newNotes notes by others since they last opened it (executives: shared notes only)
     * @param newReplies replies by others since then
     * @param newAnswers their own notes answered since then
     * @param notesDue the date notes are due when it was delivered to them, else null
     */
    public record Item(long deliveryId, String title, int draft, long episodeId, String episodeTitle, String seriesTitle,
            long deliveredAt, boolean unseen, int newNotes, int newReplies, int newAnswers, String notesDue) {

        /** What is unread: the delivery itself when never opened, and each new note, reply and answer. */
        public int unread() {
            return (unseen ? 1 : 0) + newNotes + newReplies + newAnswers;
        }
    }

    /** The inbox with its total of unread things. */
    public record View(List<Item> items, int unread) {}

    private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.removingComments();

    private final Jdbi jdbi;
    private final LongSupplier clock;

    public Inbox(Database database) {
        this.jdbi = database.jdbi();
        this.clock = System::currentTimeMillis;
    }

    public View of(long userId) {
        List<Item> items = jdbi.withHandle(h -> h.createQuery(SQL.locate(Inbox.class, "items")).bind("user", userId)
                .map((rs, ctx) -> {
                    rs.getLong("seen_at");
                    boolean unseen = rs.wasNull();
                    boolean recipient = rs.getInt("recipient") > 0;
                    return new Item(rs.getLong("id"), rs.getString("title"), rs.getInt("draft_number"),
                            rs.getLong("episode_id"), rs.getString("episode_title"), rs.getString("series_title"),
                            rs.getLong("delivered_at"), unseen && rs.getLong("delivered_by") != userId,
                            rs.getInt("new_notes"), rs.getInt("new_replies"), rs.getInt("new_answers"),
                            recipient ? rs.getString("notes_due") : null);
                }).list());
        return new View(items, items.stream().mapToInt(Item::unread).sum());
    }

    /** Marks the delivery read by the person, as of now. */
    public void seen(long deliveryId, long userId) {
        jdbi.useHandle(h -> h.createUpdate(SQL.locate(Inbox.class, "seen")).bind("delivery", deliveryId)
                .bind("user", userId).bind("now", clock.getAsLong()).execute());
    }
}
