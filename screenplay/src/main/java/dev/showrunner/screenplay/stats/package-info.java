/**
 * Script statistics: scenes, characters, locations, and the INT/EXT and DAY/NIGHT split.
 *
 * <p>{@link dev.showrunner.screenplay.stats.ScriptStatistics#of} reads only the model. Page
 * counts and scene lengths in eighths come from pagination; callers that have paginated pass
 * the lengths in ({@link dev.showrunner.screenplay.stats.SceneLengths}) and the statistics carry
 * them, otherwise they say that lengths are unknown rather than guess.
 */
package dev.showrunner.screenplay.stats;
