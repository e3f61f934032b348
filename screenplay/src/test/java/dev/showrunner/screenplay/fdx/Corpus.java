package dev.showrunner.screenplay.fdx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The corpus scripts copied into test resources (jumpcut fixtures, MIT; licence beside them). */
final class Corpus {

    /** The scripts that have a Final Draft file. */
    static final List<String> FDX = List.of("big-fish", "gumshoe", "mostly-genius");

    /** Every script (each has a Fountain file and Final Draft's settings). */
    static final List<String> ALL = List.of("big-fish", "brick-n-steel", "gumshoe", "mostly-genius");

    private Corpus() {}

    static byte[] bytes(String script, String file) {
        String path = "/corpus/" + script + "/" + file;
        try (InputStream in = Corpus.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
