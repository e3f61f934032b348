/**
 * The server and nothing else: {@link dev.showrunner.studio.web.StudioServer} (configuration,
 * the one route table listing every feature's routes, the filters every request passes, and
 * the one place errors become responses), {@link dev.showrunner.studio.web.Http} (the HTTP
 * helpers every feature shares), {@link dev.showrunner.studio.web.Templates} and the page frame
 * ({@link dev.showrunner.studio.web.Chrome}, {@code layout.jte}, the error page).
 *
 * <p>Each feature's handlers, page records, templates ({@code src/main/jte/<feature>/}), SQL and
 * JSON records live in the feature's own package ({@code accounts}, {@code series},
 * {@code scripts}, {@code production}, ...), behind one {@code XxxRoutes} class; this package
 * knows the features only to list their routes. No feature calls another's handlers: what two
 * share sits in a small shared class (such as {@code series.EpisodeGuard}).
 *
 * <p>Rules: failures are {@code errors.StudioException}s mapped once, centrally, to
 * {@code {"error": ..., "detail": ...}} (or an HTML page); bodies are read through
 * {@link dev.showrunner.studio.web.Http}, which refuses oversized ones (413) before reading them
 * whole; a cookie session must send its CSRF token with every state-changing request; script
 * text reaches HTML only escaped; JSON answers are typed records whose fields are camelCase.
 */
package dev.showrunner.studio.web;
