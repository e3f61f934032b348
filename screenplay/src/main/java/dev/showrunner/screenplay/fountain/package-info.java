/**
 * Fountain, the plain-text screenplay format: {@link dev.showrunner.screenplay.fountain.Fountain}
 * reads it into the model and writes the model back.
 *
 * <p>Rules of this package:
 *
 * <ul>
 *   <li>{@code Fountain} is the only public type; the reader and writer machinery is
 *       package-private.
 *   <li>Reading text never fails: anything that matches no rule is action. Reading bytes fails
 *       only on invalid UTF-8, with a {@link dev.showrunner.screenplay.ScriptFormatException}
 *       naming the byte offset and line.
 *   <li>Every pass is linear in the input: no regular expressions, no backtracking; a search for a
 *       closing mark that fails once is not repeated.
 *   <li>The rules and every resolved ambiguity are written down in {@code docs/fountain.md}; change
 *       the rule there, then its golden test, then the code.
 * </ul>
 */
package dev.showrunner.screenplay.fountain;
