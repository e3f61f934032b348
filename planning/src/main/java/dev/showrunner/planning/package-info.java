/**
 * Production planning: script breakdown, talent scheduling and shooting schedules.
 *
 * <p>Rules for the whole module: it depends on the screenplay engine only; it reads and
 * writes streams, never files by name; every long computation takes a cancellation signal
 * and reports progress; outside input that cannot be read yields an exception naming the
 * line, never a stack trace from deep inside.
 */
package dev.showrunner.planning;
