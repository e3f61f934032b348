/**
 * Final Draft XML ({@code .fdx}): {@link dev.showrunner.screenplay.fdx.Fdx} reads a file into an
 * {@link dev.showrunner.screenplay.fdx.FdxDocument} (the screenplay, the page layout as
 * {@link dev.showrunner.screenplay.fdx.FdxLayout}, revisions, locks, warnings) and writes one back.
 *
 * <p>Rules of this package:
 * <ul>
 *   <li>Only the JDK's StAX parser, streaming (no DOM), with DTDs and external entities refused:
 *       a file with a DOCTYPE is rejected before any entity is expanded.
 *   <li>Reading never drops text: a paragraph type the model lacks becomes a
 *       {@link dev.showrunner.screenplay.model.General} with the type's name, and is reported.
 *   <li>What Final Draft cannot say is written in attributes named {@code Showrunner...}, which
 *       Final Draft ignores; reading falls back on Final Draft's own structure when they are absent.
 *   <li>Write then read gives back an equal model (spans aside) for every model the format can
 *       carry; the tests hold this on the corpus and on generated models.
 * </ul>
 */
package dev.showrunner.screenplay.fdx;
