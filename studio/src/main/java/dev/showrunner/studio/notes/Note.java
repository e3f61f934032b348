package dev.showrunner.studio.notes;

import dev.showrunner.screenplay.notes.Anchor;
import dev.showrunner.studio.accounts.Role;
import dev.showrunner.studio.errors.StudioException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One note on a delivery.
 *
 * @param number 1, 2, ... within the episode, in the order notes were made
 * @param scene the scene's ordinal in the delivered draft (1 for the first heading) for a scene
 *     note, and for a page note the scene its words are in (0 before the first heading); null
 *     for an overall note
 * @param anchor where a page note points in the delivered draft's Fountain text (a scene note
 *     points at its scene's heading); null for an overall note
 * @param addressedDraft the draft the room addressed it in, when addressed or partly addressed
 * @param supersededBy the id of the later note that supersedes it
 * @param contradicts the id of a note it contradicts, answered together
 */
public record Note(long id, long deliveryId, long episodeId, int number, long authorId, String authorName, Kind kind,
        Source source, Category category, Visibility visibility, String body, Integer scene, Anchor anchor,
        Status status, String answer, Integer addressedDraft, Long supersededBy, Long contradicts, long createdAt) {

    /** What a note is on. */
    public enum Kind implements Keyed { PAGE, SCENE, OVERALL }

    /** Who the note comes from. */
    public enum Source implements Keyed {
        NETWORK, STUDIO, PRODUCER, ROOM;

        /** The source of a note made by someone of {@code role}. */
        public static Source of(Role role) {
            return switch (role) {
                case NETWORK_EXECUTIVE -> NETWORK;
                case STUDIO_EXECUTIVE -> STUDIO;
                case PRODUCER -> PRODUCER;
                default -> ROOM;
            };
        }
    }

    public enum Category implements Keyed {
        STORY, CHARACTER, DIALOGUE, STRUCTURE, TONE, PRODUCTION_BUDGET, LEGAL_CLEARANCE, STANDARDS_PRACTICES;

        @Override
        public String label() {
            return switch (this) {
                case PRODUCTION_BUDGET -> "Production/budget";
                case LEGAL_CLEARANCE -> "Legal/clearance";
                case STANDARDS_PRACTICES -> "Standards and practices";
                default -> Keyed.super.label();
            };
        }
    }

    /** Shared on the delivery, or the room's own (never shown to an executive). */
    public enum Visibility implements Keyed { SHARED, ROOM }

    /** The room's answer. */
    public enum Status implements Keyed {
        OPEN, ACCEPTED, ADDRESSED, PARTLY_ADDRESSED, DISCUSSED, DECLINED, SUPERSEDED;

        /** Every status but open counts as answered. */
        public boolean answered() {
            return this != OPEN;
        }

        /** Addressed, wholly or partly: the note names the draft it was addressed in. */
        public boolean addressed() {
            return this == ADDRESSED || this == PARTLY_ADDRESSED;
        }

        @Override
        public String label() {
            return this == DISCUSSED ? "Discussed (will address later)" : Keyed.super.label();
        }
    }

    /** An enum written as a lower-case key in forms, JSON and files ({@code partly_addressed}). */
    public interface Keyed {
        String name();

        default String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        default String label() {
            String words = name().replace('_', ' ').toLowerCase(Locale.ROOT);
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }

        /** The constant of {@code type} whose key is {@code key}; 400 naming the field and the keys. */
        static <E extends Enum<E> & Keyed> E parse(Class<E> type, String field, String key) {
            if (key == null || key.isBlank()) {
                throw StudioException.badRequest(field + ": missing");
            }
            for (E e : type.getEnumConstants()) {
                if (e.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
                    return e;
                }
            }
            String keys = Arrays.stream(type.getEnumConstants()).map(Keyed::key).collect(Collectors.joining(", "));
            String shown = key.length() > 40 ? key.substring(0, 40) + "…" : key;
            throw StudioException.badRequest(field + ": unknown value '" + shown + "' (one of " + keys + ")");
        }
    }

    public boolean roomOnly() {
        return visibility == Visibility.ROOM;
    }
}
