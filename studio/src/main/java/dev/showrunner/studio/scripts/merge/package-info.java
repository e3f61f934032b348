/**
 * Three-way merge of script texts, line by line and aware of scenes.
 *
 * <p>{@link dev.showrunner.studio.scripts.merge.LineDiff} matches lines with patience diff
 * (unique lines, such as most scene headings, anchor the match) and an exact LCS inside the
 * small gaps between anchors. {@link dev.showrunner.studio.scripts.merge.ThreeWayMerge} is
 * diff3 over two such matchings. Pure functions, no I/O.
 */
package dev.showrunner.studio.scripts.merge;
