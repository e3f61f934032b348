package dev.showrunner.studio.notes;

import java.util.List;

/**
 * A draft delivered to named people, immutable once made.
 *
 * @param notesDue the date notes are due (ISO, {@code 2027-03-01}), or null
 */
public record Delivery(long id, long episodeId, int draftNumber, String title, String coverNote, String notesDue,
        long deliveredBy, String deliveredByName, long deliveredAt, List<Recipient> recipients) {

    /** One person a delivery went to. */
    public record Recipient(long userId, String name, String email) {}

    public Delivery {
        recipients = List.copyOf(recipients);
    }

    public boolean deliveredTo(long userId) {
        return recipients.stream().anyMatch(r -> r.userId() == userId);
    }

    Delivery withRecipients(List<Recipient> list) {
        return new Delivery(id, episodeId, draftNumber, title, coverNote, notesDue, deliveredBy, deliveredByName,
                deliveredAt, list);
    }
}
