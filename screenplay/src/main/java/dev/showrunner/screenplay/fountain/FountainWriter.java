package dev.showrunner.screenplay.fountain;

import dev.showrunner.screenplay.model.Screenplay;

final class FountainWriter {
    private FountainWriter() {
    }

    static String write(Screenplay screenplay) {
        throw new UnsupportedOperationException("writer not yet written");
    }
}
