package dev.showrunner.studio.scripts;

/**
 * One issue of a locked script: level 0 is the lock (White), then Blue, Pink... each issued
 * from a draft.
 *
 * @param pagesText the revised pages as text (empty for the lock itself)
 */
public record Issue(long episodeId, int level, int draftNumber, String color, String label, String authorName,
        long createdAt, String pagesText) {

    /** "White (locked) — Production Draft" or "Blue revision". */
    public String title() {
        String what = level == 0 ? color + " (locked)" : color + " revision";
        return label.isBlank() ? what : what + " — " + label;
    }
}
