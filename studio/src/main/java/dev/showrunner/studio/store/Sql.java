package dev.showrunner.studio.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Loads the SQL kept in {@code Name.sql} beside the class that runs it. */
public final class Sql {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Sql() {}

    /** The text of {@code <owner's package>/<name>.sql}. */
    public static String of(Class<?> owner, String name) {
        String path = owner.getPackageName().replace('.', '/') + "/" + name + ".sql";
        return CACHE.computeIfAbsent(path, p -> {
            try (InputStream in = owner.getClassLoader().getResourceAsStream(p)) {
                if (in == null) {
                    throw new IllegalStateException("missing SQL resource " + p);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
