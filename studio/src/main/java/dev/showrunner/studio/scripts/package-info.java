/**
 * An episode's script: its drafts and each writer's work in progress.
 *
 * <p>Rules: a draft is an immutable snapshot, numbered 1, 2, 3... per episode; nothing saved is
 * ever changed or removed (the schema's triggers refuse it too). A save names the draft it
 * started from; when another draft was saved since, the save is merged three ways
 * ({@code scripts.merge}) and, if lines clash, refused with the conflicts so the writer can
 * resolve them - never a silent overwrite.
 *
 * <p>HTTP: {@link dev.showrunner.studio.scripts.ScriptRoutes} (the editor with its live pages,
 * history, comparison, downloads, import, the lock and revisions, work in progress, and the same
 * through the API), templates in {@code jte/scripts/}, JSON records in {@code ScriptJson}.
 */
package dev.showrunner.studio.scripts;
