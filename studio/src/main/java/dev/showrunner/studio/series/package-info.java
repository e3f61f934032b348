/**
 * Series, their seasons and their episodes: create, rename, reorder, archive. Nothing here is
 * ever deleted; archiving hides. Positions are 1-based and kept dense by every move.
 *
 * <p>HTTP: {@link dev.showrunner.studio.series.SeriesRoutes} (the series list and page, and the
 * same through the API), templates in {@code jte/series/}. Access is checked there through
 * {@code accounts.Access}; {@link dev.showrunner.studio.series.EpisodeGuard} asks it the same way
 * for every feature whose routes hang below an episode.
 */
package dev.showrunner.studio.series;
