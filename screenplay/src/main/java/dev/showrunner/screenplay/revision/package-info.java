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
 *   <li><b>Locked production scripts</b>: {@link dev.showrunner.screenplay.revision.Revision#lock}
 *       records scene numbers and pages in a {@link dev.showrunner.screenplay.revision.Lock}
 *       (kept on disk by {@link dev.showrunner.screenplay.revision.LockFile});
 *       {@link dev.showrunner.screenplay.revision.Revision#revise} issues a later draft so that
 *       it keeps every locked number (12A, A1, "12 OMITTED", pages 23A and 23-24) and carries
 *       revision marks on changed lines. The rules are written down in {@code docs/revisions.md};
 *       change the rule there first, then the test, then the code.
 *   <li><b>Pages</b> come from the layout engine through the small
 *       {@link dev.showrunner.screenplay.revision.PageLayout} interface;
 *       {@link dev.showrunner.screenplay.revision.LayoutPages} is the real one, and tests use
 *       hand-made layouts whose pages can be worked out by hand.
 * </ul>
 *
 * <p>Rules that hold in this package: every public value is an immutable record or a final class
 * with static methods; no method throws for a well-formed model (bad sidecar files are reported
 * with a {@link dev.showrunner.screenplay.ScriptFormatException} naming line and column);
 * results are deterministic, so golden tests can pin them; nothing here touches files.
 */
package dev.showrunner.screenplay.revision;
