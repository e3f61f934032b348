/**
 * Accounts and access: users, password hashing, sessions, login throttling, and the per-series
 * roles. The first account made becomes the administrator. Every check of who may do what on a
 * series goes through {@link dev.showrunner.studio.accounts.Access}.
 */
package dev.showrunner.studio.accounts;
