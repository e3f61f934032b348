/**
 * The talent scheduling problem (Cheng, Diamond &amp; Lin 1993): order the scenes of a shoot so
 * that the actors, each paid from their first scene to their last, cost least.
 *
 * <p>Public surface: {@link dev.showrunner.planning.talent.TalentInstance} (an immutable
 * instance), {@link dev.showrunner.planning.talent.StuckeyFormat} (the benchmark text format),
 * {@link dev.showrunner.planning.talent.TalentSolver} (the exact, anytime solver) with its
 * {@link dev.showrunner.planning.talent.SolveOptions} and
 * {@link dev.showrunner.planning.talent.TalentSolution}, and
 * {@link dev.showrunner.planning.talent.RandomInstances} (the benchmark generator).
 * Everything else is package-private machinery. The algorithm is described in
 * {@code TalentSolver}'s opening comment and in {@code docs/scheduling.md}.
 */
package dev.showrunner.planning.talent;
