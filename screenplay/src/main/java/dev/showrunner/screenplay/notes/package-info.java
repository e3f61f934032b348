/**
 * Note anchors carried across drafts: {@link dev.showrunner.screenplay.notes.NoteCarry} finds a
 * note's words again in a later draft and says whether they were kept, changed or orphaned.
 *
 * <p>Rules of this package:
 *
 * <ul>
 *   <li>An {@link dev.showrunner.screenplay.notes.Anchor} points into a draft's Fountain text
 *       twice over, as the W3C Web Annotation model does: by position (Unicode code points, end
 *       exclusive) and by quote (the exact words with some text before and after). Either may be
 *       stale; the quote wins over the position when they disagree.
 *   <li>Scenes are paired by the engine's draft comparison ({@link
 *       dev.showrunner.screenplay.revision.Comparison}), through its public API only; inside a
 *       paired scene the words are aligned with {@link dev.showrunner.screenplay.revision.WordDiff}.
 *   <li>Carrying never throws for any pair of texts and any anchor, and is deterministic. A note
 *       is never reported kept unless its exact words stand at the reported place in the new text.
 *   <li>Nothing here reads files or knows about the studio; the notes' file format (W3C Web
 *       Annotation JSON) is read by the application.
 * </ul>
 *
 * <p>The rules are written down in {@code docs/notes.md}.
 */
package dev.showrunner.screenplay.notes;
