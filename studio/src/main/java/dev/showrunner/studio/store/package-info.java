/**
 * Storage: one {@link dev.showrunner.studio.store.Database} per process, opened on SQLite (the
 * default, a file in the data directory) or PostgreSQL, migrated by Flyway on open.
 *
 * <p>Rules: handles are opened only through {@code withHandle} / {@code inTransaction}; SQL
 * longer than a line lives in a {@code .sql} file beside the class that runs it
 * ({@link dev.showrunner.studio.store.Sql}); both dialects' migrations change together; times
 * are epoch milliseconds.
 */
package dev.showrunner.studio.store;
