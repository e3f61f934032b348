package dev.showrunner.studio.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.jdbi.v3.core.transaction.DelegatingTransactionHandler;
import org.jdbi.v3.core.transaction.TransactionHandler;

/*
 * Why SQLite's writers queue in Java (issue 21, item 1).
 *
 * SQLite lets one connection write at a time; the others wait in its busy handler, which
 * sleeps inside native code. Requests run on virtual threads, and a virtual thread in native
 * code pins its carrier: with 2 cores there are 2 carriers, and two writers waiting for the
 * lock pinned both, so the writer holding the lock, ready to commit, had no carrier to run on.
 * The whole server froze until the 30 s busy timeout failed the waiters with SQLITE_BUSY.
 *
 * So every write on SQLite first takes this lane, a fair Java lock: a virtual thread waiting
 * for it parks and frees its carrier, and by the time a connection reaches SQLite's write lock
 * no other connection of this process holds it, so the native busy handler never waits (only
 * another process on the same file, such as a command-line tool, could make it). The lane is
 * taken before BEGIN (every transaction begins IMMEDIATE, taking the write lock at once) and
 * released after COMMIT or ROLLBACK; a statement outside a transaction that may write takes it
 * for that statement alone. Reads outside transactions never take it: in WAL mode they do not
 * wait for writers.
 */
/** The one lane SQLite's writers of this process queue in, in Java rather than in native code. */
final class WriterLane {

    private final ReentrantLock lock = new ReentrantLock(true);
    private final Set<Handle> holders = ConcurrentHashMap.newKeySet();

    private WriterLane() {}

    /** Makes every transaction and every writing statement of {@code jdbi} take the lane. */
    static void install(Jdbi jdbi) {
        WriterLane lane = new WriterLane();
        jdbi.setTransactionHandler(lane.new Transactions(jdbi.getTransactionHandler()));
        jdbi.addCustomizer(lane.new Statements());
    }

    /** Takes the lane at BEGIN and gives it back at COMMIT, ROLLBACK, or when the handle closes. */
    private final class Transactions extends DelegatingTransactionHandler {

        Transactions(TransactionHandler delegate) {
            super(delegate);
        }

        @Override
        public void begin(Handle handle) {
            lock.lock();
            holders.add(handle);
            handle.addCleanable(() -> release(handle));
            try {
                super.begin(handle);
            } catch (RuntimeException | Error e) {
                release(handle);
                throw e;
            }
        }

        @Override
        public void commit(Handle handle) {
            super.commit(handle);
            // A failed commit keeps the lane: the rollback that follows gives it back.
            release(handle);
        }

        @Override
        public void rollback(Handle handle) {
            try {
                super.rollback(handle);
            } finally {
                release(handle);
            }
        }
    }

    private void release(Handle handle) {
        if (holders.remove(handle)) {
            lock.unlock();
        }
    }

    /** A statement outside a transaction that may write takes the lane until it is closed. */
    private final class Statements implements StatementCustomizer {
        @Override
        public void beforeExecution(PreparedStatement statement, StatementContext ctx) throws SQLException {
            if (ctx.getConnection().getAutoCommit() && mayWrite(ctx.getRenderedSql())) {
                lock.lock();
                ctx.addCleanable(lock::unlock);
            }
        }
    }

    /** Anything but a plain query may write; a query that only reads never needs the lane. */
    static boolean mayWrite(String sql) {
        return !sql.stripLeading().regionMatches(true, 0, "select", 0, 6);
    }
}
