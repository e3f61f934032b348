package dev.showrunner.studio.notes;

import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.store.Database;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.core.mapper.RowMapper;

/** Deliveries: made once and never changed; their recipients; the log of their downloads. Callers check access. */
public final class Deliveries {

    /** One download of a recipient's PDF. */
    public record Download(long userId, String name, long at) {}

    static final int MAX_TITLE = 100;
    static final int MAX_COVER = 5000;
    static final int MAX_RECIPIENTS = 200;

    private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.removingComments();
    private static final RowMapper<Delivery> DELIVERY = (rs, ctx) -> new Delivery(rs.getLong("id"),
            rs.getLong("episode_id"), rs.getInt("draft_number"), rs.getString("title"), rs.getString("cover_note"),
            rs.getString("notes_due"), rs.getLong("delivered_by"), rs.getString("by_name"), rs.getLong("delivered_at"),
            List.of());

    private final Jdbi jdbi;
    private final LongSupplier clock;

    public Deliveries(Database database) {
        this.jdbi = database.jdbi();
        this.clock = System::currentTimeMillis;
    }

    /**
     * Delivers draft {@code draft} of the episode to {@code recipients} (user ids the caller has
     * checked are members of the series). Title, cover note and due date are checked here.
     */
    public Delivery deliver(long episodeId, int draft, String title, String cover, String due, long by,
            List<Long> recipients) {
        return deliver(episodeId, draft, title, cover, due, by, recipients, false);
    }

    /** The same; with {@code invitees}, the recipients may be none yet (those invited with it come after). */
    Delivery deliver(long episodeId, int draft, String title, String cover, String due, long by, List<Long> recipients,
            boolean invitees) {
        String t = text("title", title, MAX_TITLE, true);
        String c = text("coverNote", cover, MAX_COVER, false);
        String d = due(due);
        if (recipients.isEmpty() && !invitees) {
            throw StudioException.badRequest("recipients: name at least one member of the series");
        }
        if (recipients.size() > MAX_RECIPIENTS) {
            throw StudioException.badRequest("recipients: at most " + MAX_RECIPIENTS);
        }
        long now = clock.getAsLong();
        long id = jdbi.inTransaction(h -> {
            long made = h.createQuery(SQL.locate(Deliveries.class, "insert")).bind("episode", episodeId)
                    .bind("draft", draft).bind("title", t).bind("cover", c).bind("due", d).bind("by", by)
                    .bind("now", now).mapTo(Long.class).one();
            for (long user : new LinkedHashSet<>(recipients)) {
                h.createUpdate(SQL.locate(Deliveries.class, "recipient-insert")).bind("delivery", made)
                        .bind("user", user).execute();
            }
            return made;
        });
        return delivery(id).orElseThrow();
    }

    public Optional<Delivery> delivery(long id) {
        return jdbi.withHandle(h -> h.createQuery(SQL.locate(Deliveries.class, "one")).bind("id", id).map(DELIVERY)
                .findOne().map(found -> withRecipients(h, List.of(found)).getFirst()));
    }

    /** The episode's deliveries, newest first. */
    public List<Delivery> forEpisode(long episodeId) {
        return jdbi.withHandle(h -> withRecipients(h, h.createQuery(SQL.locate(Deliveries.class, "for-episode"))
                .bind("episode", episodeId).map(DELIVERY).list()));
    }

    /** Records that the delivery went to {@code email} (normalised), who has been invited to the series with it. */
    public void invite(long deliveryId, String email) {
        jdbi.useHandle(h -> h.createUpdate(SQL.locate(Deliveries.class, "invite-insert")).bind("delivery", deliveryId)
                .bind("email", email).execute());
    }

    /** The addresses the delivery went to that have not opened it yet as members. */
    public List<String> invited(long deliveryId) {
        return jdbi.withHandle(h -> h.createQuery(SQL.locate(Deliveries.class, "invited")).bind("delivery", deliveryId)
                .mapTo(String.class).list());
    }

    /**
     * Makes the delivery the person's when it went to their address before they had joined;
     * true when it did.
     */
    public boolean claim(long deliveryId, long userId, String email) {
        String normal = email.strip().toLowerCase(java.util.Locale.ROOT);
        return jdbi.inTransaction(h -> {
            int gone = h.createUpdate(SQL.locate(Deliveries.class, "invite-delete")).bind("delivery", deliveryId)
                    .bind("email", normal).execute();
            if (gone == 0) {
                return false;
            }
            h.createUpdate(SQL.locate(Deliveries.class, "recipient-claim")).bind("delivery", deliveryId)
                    .bind("user", userId).execute();
            return true;
        });
    }

    public void logDownload(long deliveryId, long userId) {
        jdbi.useHandle(h -> h.createUpdate(SQL.locate(Deliveries.class, "download-insert"))
                .bind("delivery", deliveryId).bind("user", userId).bind("now", clock.getAsLong()).execute());
    }

    public List<Download> downloads(long deliveryId) {
        return jdbi.withHandle(h -> h.createQuery(SQL.locate(Deliveries.class, "downloads"))
                .bind("delivery", deliveryId)
                .map((rs, ctx) -> new Download(rs.getLong("user_id"), rs.getString("name"), rs.getLong("downloaded_at")))
                .list());
    }

    private static List<Delivery> withRecipients(Handle h, List<Delivery> found) {
        if (found.isEmpty()) {
            return found;
        }
        Map<Long, List<Delivery.Recipient>> by = new HashMap<>();
        h.createQuery(SQL.locate(Deliveries.class, "recipients"))
                .bindList("deliveries", found.stream().map(Delivery::id).toList())
                .map((rs, ctx) -> Map.entry(rs.getLong("delivery_id"),
                        new Delivery.Recipient(rs.getLong("id"), rs.getString("name"), rs.getString("email"))))
                .forEach(e -> by.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return found.stream().map(d -> d.withRecipients(by.getOrDefault(d.id(), List.of()))).toList();
    }

    static String text(String field, String value, int max, boolean required) {
        String v = value == null ? "" : value.strip();
        if (required && v.isEmpty()) {
            throw StudioException.badRequest(field + ": missing");
        }
        if (v.codePointCount(0, v.length()) > max) {
            throw StudioException.badRequest(field + ": at most " + max + " characters");
        }
        if (v.indexOf('\0') >= 0) {
            throw StudioException.badRequest(field + ": holds a NUL character");
        }
        return v;
    }

    private static String due(String due) {
        if (due == null || due.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(due.strip()).toString();
        } catch (DateTimeParseException e) {
            throw StudioException.badRequest("notesDue: not a date like 2027-03-01");
        }
    }
}
