/**
 * Script breakdown: one sheet per scene with what the production must provide for it.
 *
 * <p>Public surface: {@link dev.showrunner.planning.breakdown.Breakdown},
 * {@link dev.showrunner.planning.breakdown.Sheet}, {@link dev.showrunner.planning.breakdown.Category}
 * and {@link dev.showrunner.planning.breakdown.Elements} (what the user adds by hand). Scene
 * lengths come from the screenplay engine's page layout through
 * {@link dev.showrunner.screenplay.layout.SceneLengths}; a breakdown never invents a length.
 * The rules are in {@code docs/breakdown.md}.
 */
package dev.showrunner.planning.breakdown;
