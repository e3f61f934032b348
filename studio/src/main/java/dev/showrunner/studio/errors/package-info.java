/**
 * The failures a studio operation may report to its caller, each with the HTTP status the web
 * layer maps it to. Features throw these; only {@code web} turns them into responses.
 */
package dev.showrunner.studio.errors;
