/**
 * Three-way merge of script texts, line by line and aware of scenes.
 *
 * <p>{@link dev.showrunner.studio.scripts.merge.ThreeWayMerge} is diff3 over two matchings
 * made by the engine's diff ({@link dev.showrunner.screenplay.revision.LineDiff}, Myers'
 * shortest edit script): one diff in the product, for draft comparison, revision marks and
 * the merge. Pure functions, no I/O.
 */
package dev.showrunner.studio.scripts.merge;
