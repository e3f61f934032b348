package dev.showrunner.studio.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Throwaway databases for tests. PostgreSQL is found at {@code SHOWRUNNER_TEST_POSTGRES_URL}
 * (default 127.0.0.1:5432, user postgres); each call makes a fresh database and drops it on
 * close. When PostgreSQL cannot be reached the test is skipped with the reason, unless
 * {@code SHOWRUNNER_REQUIRE_POSTGRES=1} (CI), where it fails.
 */
public final class TestDatabases {

    private static final String ADMIN_URL = System.getenv().getOrDefault(
            "SHOWRUNNER_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");

    private TestDatabases() {}

    /** A database that is dropped when closed. */
    public record Throwaway(Database database, String url, Runnable drop) implements AutoCloseable {
        @Override
        public void close() {
            database.close();
            drop.run();
        }
    }

    public static Throwaway sqlite(Path directory) {
        Database db = Database.sqlite(directory);
        return new Throwaway(db, "jdbc:sqlite:" + directory.resolve("studio.db"), () -> {});
    }

    /** A fresh PostgreSQL database, or the test is skipped (or failed, on CI) with the reason. */
    public static Throwaway postgres() {
        String name = "showrunner_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(ADMIN_URL); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            String reason = "PostgreSQL not reachable at " + ADMIN_URL + ": " + e.getMessage();
            if ("1".equals(System.getenv("SHOWRUNNER_REQUIRE_POSTGRES"))) {
                Assertions.fail(reason + " (SHOWRUNNER_REQUIRE_POSTGRES=1)");
            }
            Assumptions.abort(reason);
        }
        String url = ADMIN_URL.replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
        Database db = Database.open(url);
        return new Throwaway(db, url, () -> {
            try (Connection c = DriverManager.getConnection(ADMIN_URL); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException e) {
                throw new IllegalStateException("could not drop " + name, e);
            }
        });
    }
}
