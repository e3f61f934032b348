package dev.showrunner.studio.web;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** What every browser test needs first: Debian's Chromium and its driver. */
final class Browsers {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private Browsers() {}

    /**
     * Stops the test when Chromium is missing: a failure under CI (which installs it, so a missing
     * browser is a broken machine), a skip elsewhere, so that the README's test command passes on
     * a machine with only a JDK.
     */
    static void requireChromium() {
        if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
            String reason = "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)";
            if (System.getenv("CI") != null) {
                Assertions.fail(reason);
            }
            Assumptions.abort(reason);
        }
    }
}
