/**
 * Accounts and access: users, password hashing, sessions, login throttling, and the per-series
 * roles. The first account made becomes the administrator. Every check of who may do what on a
 * series goes through {@link dev.showrunner.studio.accounts.Access}.
 *
 * <p>HTTP: {@link dev.showrunner.studio.accounts.AccountRoutes} (the sign-in and sign-up pages,
 * the API's session, {@code /api/me}, {@code /api/users}) and the filter that finds a request's
 * session; templates in {@code jte/accounts/}.
 */
package dev.showrunner.studio.accounts;
