/**
 * The web server: every route in {@link dev.showrunner.studio.web.StudioServer#routes}, thin
 * handlers for HTML pages ({@code PageHandlers}, JTE templates with one page record each) and
 * the JSON API ({@code ApiHandlers}, described at {@code /api/openapi.json}).
 *
 * <p>Rules: failures are {@code errors.StudioException}s mapped once, centrally, to
 * {@code {"error": ..., "detail": ...}} (or an HTML page); bodies are read through
 * {@link dev.showrunner.studio.web.Http}, which refuses oversized ones (413) before reading them
 * whole; a cookie session must send its CSRF token with every state-changing request; script
 * text reaches HTML only escaped.
 */
package dev.showrunner.studio.web;
