/**
 * Comparing drafts and issuing production revisions.
 *
 * <p>Two halves share one difference engine ({@link dev.showrunner.screenplay.revision.LineDiff},
 * Myers' algorithm in linear space):
 *
 * <ul>
 *   <li><b>Comparison</b> of any two drafts: {@link dev.showrunner.screenplay.revision.Comparison#of}
 *       aligns scenes (added, removed, moved, changed) and, inside changed scenes, elements and
 *       words; {@link dev.showrunner.screenplay.revision.DiffReport} and
 *       {@link dev.showrunner.screenplay.revision.DiffHtml} render it.
 *   <li><b>Locked production scripts</b>: a lock records scene numbers and pages; later drafts
 *       keep every locked number (12A, A1, "12 OMITTED", pages 23A and 23-24) and carry revision
 *       marks on changed lines. The rules are written down in {@code docs/revisions.md}; change
 *       the rule there first, then the test, then the code.
 * </ul>
 *
 * <p>Rules that hold in this package: every public value is an immutable record or a final class
 * with static methods; no method throws for a well-formed model (bad sidecar files are reported
 * with a {@link dev.showrunner.screenplay.ScriptFormatException} naming line and column);
 * results are deterministic, so golden tests can pin them; nothing here touches files.
 */
package dev.showrunner.screenplay.revision;
