/**
 * The screenplay model: an immutable, typed value that every other part of Showrunner reads.
 *
 * <p>A {@link dev.showrunner.screenplay.model.Screenplay} is a title page and a list of
 * {@link dev.showrunner.screenplay.model.Element}s, a sealed interface with one record per kind
 * of paragraph; consumers {@code switch} over it with record patterns, and the compiler tells
 * them when a kind is added. Rules that hold everywhere in this package:
 *
 * <ul>
 *   <li>Every value is deeply immutable; lists are copied on construction.
 *   <li>Every element carries the {@link dev.showrunner.screenplay.model.Span} of source text it
 *       was read from, so notes, revisions and the editor can point at text. A model built in
 *       code, or stripped with {@link dev.showrunner.screenplay.model.Screenplay#withoutSpans()},
 *       carries {@link dev.showrunner.screenplay.model.Span#NONE}.
 *   <li>Text that may be styled is a {@link dev.showrunner.screenplay.model.StyledText}: runs of
 *       characters with their styles, markup already removed, escapes already resolved.
 *   <li>Equality is structural and includes spans: compare {@code withoutSpans()} to ask
 *       whether two models say the same thing.
 * </ul>
 */
package dev.showrunner.screenplay.model;
