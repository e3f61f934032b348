/**
 * Network notes (issue 23): a draft delivered to named members of the series (immutable, a
 * watermarked PDF for each recipient, every download logged), the notes taken on its pages
 * (anchored to the draft's Fountain text as the engine's {@code notes.Anchor}), on a scene or on
 * the whole draft, the room's answers and the threads under them, the memos out, and where
 * things stand.
 *
 * <p>Rules kept here: executives (network and studio) read only deliveries addressed to them,
 * as pages, never a working draft nor Fountain source; a room-only note, and anything under it,
 * never reaches an executive; a person off the series is told nothing exists (404). Anchors
 * are carried to later drafts by the engine ({@code NoteCarry}), computed when shown, so they
 * follow every draft saved or delivered without a copy to keep in step.
 */
package dev.showrunner.studio.notes;
