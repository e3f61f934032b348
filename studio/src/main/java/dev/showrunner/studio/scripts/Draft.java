package dev.showrunner.studio.scripts;

/**
 * One saved draft.
 *
 * @param number 1, 2, 3... within the episode
 * @param name optional label such as "Network Draft 2", or null
 * @param baseNumber the draft the writer started from (0 for the first)
 * @param body the Fountain text
 */
public record Draft(long id, long episodeId, int number, String name, long authorId, String authorName,
        long createdAt, int baseNumber, String body) {

    /** "Draft 3" or "Draft 3 — Network Draft 2". */
    public String label() {
        return name == null || name.isBlank() ? "Draft " + number : "Draft " + number + " — " + name;
    }
}
