/**
 * Page layout: page formats, line breaking and pagination into {@link dev.showrunner.screenplay.layout.Pages}.
 *
 * <p>The rules are written down first in {@code docs/pagination.md}; this package implements
 * them and its tests check them against Final Draft's own page breaks. Rules that hold here:
 *
 * <ul>
 *   <li>All measures follow Final Draft: Courier 12 pt, 10 characters and 6 lines to the inch;
 *       indents in inches from the paper's left edge; vertical space in whole rows.
 *   <li>One layout serves every consumer: PDF, HTML preview, page counts and eighths read the
 *       same {@code Pages}.
 *   <li>Layout is total and never throws for any screenplay; every printed line points back at
 *       the model element and the character range it came from.
 *   <li>Public types are immutable values; the machinery ({@code Blocks}, {@code Paginator},
 *       {@code LineBreaker}) is package-private.
 * </ul>
 */
package dev.showrunner.screenplay.layout;
