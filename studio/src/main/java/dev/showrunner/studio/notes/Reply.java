package dev.showrunner.studio.notes;

/** One message in a note's thread: the room's or the executive's. */
public record Reply(long id, long noteId, long authorId, String authorName, String body, long createdAt) {}
