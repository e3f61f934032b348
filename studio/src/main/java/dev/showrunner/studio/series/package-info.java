/**
 * Series, their seasons and their episodes: create, rename, reorder, archive. Nothing here is
 * ever deleted; archiving hides. Positions are 1-based and kept dense by every move.
 * Access is checked by the caller ({@code web}) through {@code accounts.Access}.
 */
package dev.showrunner.studio.series;
