package dev.showrunner.studio.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run behind the launcher's start-up cache. On a JDK with an ahead-of-time cache
 * (JDK 24 and later) the {@code showrunner} script runs this once per build under
 * {@code -XX:AOTMode=record}, then has the JVM write the cache from what it saw: the classes
 * the short commands load, already parsed and linked, and their methods' profiles. A writer's
 * editor or a script that prints forty episodes calls those commands again and again, and
 * there the JVM's start is most of the time. Not a user command: it takes no arguments and
 * writes only to a temporary folder it removes.
 */
public final class StartupTraining {

    private static final String SCRIPT = "/demo/brick-n-steel.fountain";

    private StartupTraining() {}

    public static void main(String[] args) throws IOException {
        int failures = train();
        System.exit(failures == 0 ? Showrunner.EXIT_OK : Showrunner.EXIT_BAD_INPUT);
    }

    /** Runs the commands a cache should know and returns how many of them failed. */
    static int train() throws IOException {
        Path folder = Files.createTempDirectory("showrunner-training");
        PrintStream out = System.out;
        try (InputStream in = StartupTraining.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SCRIPT);
            }
            Path fountain = folder.resolve("training.fountain");
            Files.copy(in, fountain, StandardCopyOption.REPLACE_EXISTING);
            Path fdx = folder.resolve("training.fdx");
            // What the commands print is of no use here; the cache needs only their classes.
            System.setOut(new PrintStream(OutputStream.nullOutputStream(), true));
            List<String[]> commands = List.of(
                    new String[] {"pdf", fountain.toString(), "-o", folder.resolve("a.pdf").toString()},
                    new String[] {"convert", fountain.toString(), fdx.toString()},
                    new String[] {"pdf", fdx.toString(), "-o", folder.resolve("b.pdf").toString()},
                    new String[] {"html", fountain.toString(), "-o", folder.resolve("a.html").toString()},
                    new String[] {"stats", fountain.toString()},
                    new String[] {"fmt", fdx.toString()});
            int failures = 0;
            for (String[] command : commands) {
                if (Showrunner.run(command) != Showrunner.EXIT_OK) {
                    failures++;
                }
            }
            return failures;
        } finally {
            System.setOut(out);
            deleteTree(folder);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
