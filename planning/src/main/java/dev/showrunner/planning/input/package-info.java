/**
 * The small line-oriented text formats a first assistant director writes by hand (unavailable
 * dates, constraints, cast costs, shooting locations, breakdown elements) share one reader:
 * {@link dev.showrunner.planning.input.InputLines} gives the lines with content, each as a
 * {@link dev.showrunner.planning.input.Field} that keeps its line and column, so every error
 * names where it is and what was expected.
 */
package dev.showrunner.planning.input;
