/**
 * Script statistics: scenes, characters, locations, and the INT/EXT and DAY/NIGHT split.
 *
 * <p>{@link dev.showrunner.screenplay.stats.ScriptStatistics#of} reads only the model. Page
 * counts and scene lengths in eighths come from pagination; {@link
 * dev.showrunner.screenplay.stats.ScriptStatistics#paginated} lays the script out (the same
 * layout the PDF uses, so a scene's eighths agree with its printed pages), and statistics
 * made without pagination say that lengths are unknown rather than guess.
 */
package dev.showrunner.screenplay.stats;
