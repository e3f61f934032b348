/**
 * Storage: one {@link dev.showrunner.studio.store.Database} per process, opened on SQLite (the
 * default, a file in the data directory) or PostgreSQL, migrated by Flyway on open.
 *
 * <p>Rules: handles are opened only through {@code withHandle} / {@code inTransaction}; every
 * statement lives in a {@code .sql} file that the feature owning it keeps in its resources,
 * {@code src/main/resources/dev/showrunner/studio/<feature>/<Class>/<name>.sql}, read with
 * Jdbi's {@code ClasspathSqlLocator.removingComments().locate(Class.class, "name")}; a
 * statement that only one dialect runs says so in a comment at its top. Both dialects'
 * migrations change together; times are epoch milliseconds.
 */
package dev.showrunner.studio.store;
