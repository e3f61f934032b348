package dev.showrunner.studio.cli;

import dev.showrunner.studio.demo.DemoSeed;
import dev.showrunner.studio.store.Database;
import dev.showrunner.studio.web.Services;
import dev.showrunner.studio.web.StudioServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code showrunner serve}: runs the studio. Settings come from, in order of precedence, the
 * command line, environment variables ({@code SHOWRUNNER_PORT}, {@code SHOWRUNNER_HOST},
 * {@code SHOWRUNNER_DATA}, {@code SHOWRUNNER_DATABASE_URL}, {@code SHOWRUNNER_SECURE_COOKIES},
 * {@code SHOWRUNNER_TRUST_PROXY}), the file {@code showrunner.properties} in the data directory
 * (or {@code --config}), then defaults.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the studio web application (default http://localhost:7070).",
                "Data lives in ./showrunner-data (SQLite) unless a PostgreSQL URL is given."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (env SHOWRUNNER_PORT; default 7070).")
    Integer port;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to listen on (env SHOWRUNNER_HOST; default localhost).")
    String host;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: showrunner-data in the current directory; env SHOWRUNNER_DATA).")
    Path data;

    @Option(names = "--database-url", paramLabel = "URL", description = "jdbc:postgresql://HOST/DB?user=... to use PostgreSQL (env SHOWRUNNER_DATABASE_URL).")
    String databaseUrl;

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file (default: showrunner.properties in the data directory, when present).")
    Path config;

    @Option(names = "--no-demo", description = "Do not seed the demo series into an empty studio.")
    boolean noDemo;

    @Option(names = "--series-quota", paramLabel = "SIZE",
            description = "Storage a series' drafts may take in all, such as 500MB or 2GB; a save beyond it is refused (env SHOWRUNNER_SERIES_QUOTA; default 1GB).")
    String seriesQuota;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path dataDir = data != null ? data : Path.of(setting("SHOWRUNNER_DATA", null, "data", "showrunner-data"));
        Properties file = readConfig(config != null ? config : dataDir.resolve("showrunner.properties"), config != null);
        int listenPort = port != null ? port : Integer.parseInt(setting("SHOWRUNNER_PORT", file, "port", "7070"));
        String listenHost = host != null ? host : setting("SHOWRUNNER_HOST", file, "host", "localhost");
        String url = databaseUrl != null ? databaseUrl : setting("SHOWRUNNER_DATABASE_URL", file, "database.url", "");
        boolean secure = Boolean.parseBoolean(setting("SHOWRUNNER_SECURE_COOKIES", file, "secure-cookies", "false"));
        boolean trustProxy = Boolean.parseBoolean(setting("SHOWRUNNER_TRUST_PROXY", file, "trust-proxy", "false"));
        String quotaText = seriesQuota != null ? seriesQuota : setting("SHOWRUNNER_SERIES_QUOTA", file, "series-quota", "1GB");
        long quota;
        try {
            quota = size(quotaText);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--series-quota: " + e.getMessage());
        }

        if (!url.isBlank()) {
            try {
                dev.showrunner.studio.store.Dialect.of(url);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--database-url: " + e.getMessage());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        // The studio writes PDFs and never renders one: PDFBox need not scan the system's fonts.
        dev.showrunner.print.PdfWriter.skipSystemFontScan();
        Database database = url.isBlank() ? Database.sqlite(dataDir) : Database.open(url);
        Services services = Services.over(database, 10, quota);
        boolean seeded = !noDemo && DemoSeed.seedIfEmpty(services);
        StudioServer server = new StudioServer(services, new StudioServer.Options(listenHost, listenPort, secure, trustProxy)).start();
        String where = "http://" + ("0.0.0.0".equals(listenHost) ? "localhost" : listenHost) + ":" + server.port();
        out.println("Showrunner studio is running at " + where);
        out.println("Data: " + (url.isBlank() ? dataDir.toAbsolutePath().resolve("studio.db") + " (SQLite)" : "PostgreSQL"));
        if (seeded) {
            out.println("Demo sign-in: " + DemoSeed.SHOWRUNNER_EMAIL + " / " + DemoSeed.PASSWORD
                    + "  (a writer: " + DemoSeed.WRITER_EMAIL + ", same password)");
            out.println("Demo notes: a network executive " + DemoSeed.EXECUTIVE_EMAIL + ", a studio executive "
                    + DemoSeed.STUDIO_EXECUTIVE_EMAIL + ", a producer " + DemoSeed.PRODUCER_EMAIL + " (same password)");
        }
        if (!server.loopbackOnly()) {
            out.println("Listening beyond this computer (" + listenHost + "): the demo password signs no one in here;"
                    + " change it while serving on localhost, or start an empty studio with --no-demo.");
        }
        out.println("Press Ctrl+C to stop.");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            database.close();
            stopped.countDown();
        }));
        stopped.await();
        return Showrunner.EXIT_OK;
    }

    /** A size such as "500MB", "2GB", "64KB" or a number of bytes; units are powers of 1024. */
    static long size(String text) {
        var m = java.util.regex.Pattern.compile("(?i)\\s*(\\d{1,12})\\s*(b|kb|mb|gb|tb)?\\s*").matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a size: '" + text + "' (use a number with KB, MB, GB or TB, such as 2GB)");
        }
        long unit = switch (m.group(2) == null ? "b" : m.group(2).toLowerCase(java.util.Locale.ROOT)) {
            case "kb" -> 1L << 10;
            case "mb" -> 1L << 20;
            case "gb" -> 1L << 30;
            case "tb" -> 1L << 40;
            default -> 1L;
        };
        long bytes;
        try {
            bytes = Math.multiplyExact(Long.parseLong(m.group(1)), unit);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("too large: '" + text + "'");
        }
        if (bytes <= 0) {
            throw new IllegalArgumentException("must be more than nothing: '" + text + "'");
        }
        return bytes;
    }

    private static String setting(String env, Properties file, String key, String fallback) {
        String fromEnv = System.getenv(env);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv.strip();
        }
        if (file != null && file.getProperty(key) != null) {
            return file.getProperty(key).strip();
        }
        return fallback;
    }

    private static Properties readConfig(Path path, boolean required) throws IOException {
        Properties properties = new Properties();
        if (Files.exists(path)) {
            try (InputStream in = Files.newInputStream(path)) {
                properties.load(in);
            }
        } else if (required) {
            throw new java.nio.file.NoSuchFileException(path.toString());
        }
        return properties;
    }
}
