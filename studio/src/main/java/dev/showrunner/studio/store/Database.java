package dev.showrunner.studio.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;

/**
 * An open, migrated database: the connection pool and the {@link Jdbi} over it.
 *
 * <p>SQLite runs in WAL mode with {@code synchronous=NORMAL} (a committed transaction survives
 * the process being killed; only a power cut may lose the last ones) and every transaction
 * begins {@code IMMEDIATE}, so that two writers queue on the busy timeout instead of one
 * failing when it upgrades a read lock. They queue first in a Java lock ({@link WriterLane}), so
 * that no request thread ever waits for SQLite's write lock inside native code, and SQLite's
 * work runs on a few platform threads ({@link SqliteThreads}), not on the request's carrier.
 */
public final class Database implements AutoCloseable {

    private static final int SQLITE_CONNECTIONS = 8;

    private final Dialect dialect;
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final SqliteThreads sqliteThreads;

    private Database(Dialect dialect, HikariDataSource dataSource) {
        this.dialect = dialect;
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
        if (dialect == Dialect.SQLITE) {
            WriterLane.install(jdbi);
            sqliteThreads = new SqliteThreads(SQLITE_CONNECTIONS);
            jdbi.setHandleCallbackDecorator(sqliteThreads);
        } else {
            sqliteThreads = null;
        }
    }

    /** Opens the SQLite file {@code studio.db} in {@code dataDirectory}, creating both when missing. */
    public static Database sqlite(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDirectory, e);
        }
        return open("jdbc:sqlite:" + dataDirectory.resolve("studio.db").toAbsolutePath());
    }

    /** Opens the database a JDBC URL names and brings its schema up to date. */
    public static Database open(String jdbcUrl) {
        Dialect dialect = Dialect.of(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("studio");
        if (dialect == Dialect.SQLITE) {
            SQLiteConfig sqlite = new SQLiteConfig();
            sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
            sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            sqlite.setBusyTimeout(30_000);
            sqlite.enforceForeignKeys(true);
            config.setDataSourceProperties(sqlite.toProperties());
            config.setMaximumPoolSize(SQLITE_CONNECTIONS);
        } else {
            config.setMaximumPoolSize(16);
        }
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations(dialect.migrations())
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Database(dialect, dataSource);
    }

    public Dialect dialect() {
        return dialect;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public void close() {
        if (sqliteThreads != null) {
            sqliteThreads.close();
        }
        dataSource.close();
    }
}
