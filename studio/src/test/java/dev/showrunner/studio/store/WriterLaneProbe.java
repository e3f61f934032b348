package dev.showrunner.studio.store;

import dev.showrunner.studio.accounts.Accounts;
import dev.showrunner.studio.accounts.User;
import dev.showrunner.studio.scripts.SaveOutcome;
import dev.showrunner.studio.scripts.Scripts;
import dev.showrunner.studio.series.Catalog;
import dev.showrunner.studio.series.Episode;
import dev.showrunner.studio.series.Season;
import dev.showrunner.studio.series.Series;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;

/**
 * Run in its own JVM by {@link SqliteWriterLaneTest}, with one carrier thread for virtual
 * threads: one virtual thread holds a SQLite transaction open; three more start to write (a
 * save, work in progress, a sign-in's session row), each on a virtual thread as a request
 * would be; then a fourth virtual thread that touches no database must run before the first
 * transaction is let go. Writers waiting for SQLite's lock inside native code would pin the one
 * carrier, and the fourth thread could not run until their busy timeout failed them.
 * Prints one line per outcome and exits 0 when every write succeeded.
 */
public final class WriterLaneProbe {

    private WriterLaneProbe() {}

    public static void main(String[] args) throws Exception {
        Path directory = Files.createTempDirectory("writer-lane");
        List<String> failures = new ArrayList<>();
        try (Database db = Database.sqlite(directory)) {
            Accounts accounts = new Accounts(db, 4);
            Catalog catalog = new Catalog(db);
            Scripts scripts = new Scripts(db);
            User ann = accounts.register("ann@example.org", "Ann", "correct horse");
            Series series = catalog.createSeries(ann.id(), "Probe", "");
            Season season = catalog.createSeason(series.id(), "One");
            Episode first = catalog.createEpisode(season.id(), "First");
            Episode second = catalog.createEpisode(season.id(), "Second");

            CountDownLatch held = new CountDownLatch(1);
            CountDownLatch letGo = new CountDownLatch(1);
            Thread holder = Thread.ofVirtual().start(() -> db.jdbi().useTransaction(h -> {
                held.countDown();
                try {
                    letGo.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
            held.await();

            ConcurrentLinkedQueue<String> outcomes = new ConcurrentLinkedQueue<>();
            CountDownLatch started = new CountDownLatch(3);
            List<Thread> writers = List.of(
                    writer("save", started, outcomes, () -> {
                        SaveOutcome outcome = scripts.save(first.id(), ann.id(), 0, "INT. HOUSE - DAY\n\nAnn waits.\n", "");
                        if (!(outcome instanceof SaveOutcome.Saved)) {
                            throw new IllegalStateException("not saved: " + outcome);
                        }
                    }),
                    writer("work in progress", started, outcomes,
                            () -> scripts.keepWork(second.id(), ann.id(), 0, "EXT. FIELD - NIGHT\n")),
                    writer("sign-in", started, outcomes, () -> accounts.signIn("ann@example.org", "correct horse", "127.0.0.1")));
            started.await();

            // The request that touches no database: it must run while the writers wait.
            Thread noDatabase = Thread.ofVirtual().start(() -> outcomes.add("no-database request answered"));
            noDatabase.join();
            letGo.countDown();
            holder.join();
            for (Thread writer : writers) {
                writer.join();
            }
            outcomes.forEach(System.out::println);
            outcomes.stream().filter(o -> o.contains("failed")).forEach(failures::add);
        }
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    private static Thread writer(String name, CountDownLatch started, ConcurrentLinkedQueue<String> outcomes, Runnable write) {
        return Thread.ofVirtual().start(() -> {
            started.countDown();
            try {
                write.run();
                outcomes.add(name + " saved");
            } catch (RuntimeException e) {
                outcomes.add(name + " failed: " + e);
            }
        });
    }
}
