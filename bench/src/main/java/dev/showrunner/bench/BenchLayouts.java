package dev.showrunner.bench;

import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.revision.PageLayout;
import dev.showrunner.screenplay.revision.LayoutPages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Inputs of the revision benchmark. */
final class BenchLayouts {

    private BenchLayouts() {}

    /** The real layout engine, in the format the script asks for. */
    static PageLayout layout(Screenplay script) {
        return LayoutPages.forScript(script);
    }

    static byte[] resource(String path) {
        try (InputStream in = BenchLayouts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
