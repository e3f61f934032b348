package dev.showrunner.studio.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/security.md names the test that holds each promise: every test it names exists. */
class SecurityDocTest {

    private static final Path ROOT = Path.of("..");
    /** `web/SecurityTest.method`, `store/StoreContract`, `planning/.../breakdown/CsvProperties`. */
    private static final Pattern CITED = Pattern.compile("`((?:[a-z]+/\\.\\.\\./)?[a-z]+(?:/[a-z]+)*/[A-Z][A-Za-z]+)(?:\\.([A-Za-z0-9_]+))?`");

    @Test
    void everyTestTheSecurityGuideNames_exists() throws IOException {
        String guide = Files.readString(ROOT.resolve("docs").resolve("security.md"));
        Matcher m = CITED.matcher(guide);
        List<String> missing = new ArrayList<>();
        int cited = 0;
        while (m.find()) {
            cited++;
            Path file = source(m.group(1));
            if (!Files.exists(file)) {
                missing.add(m.group(0) + " (no " + file + ")");
            } else if (m.group(2) != null && !Files.readString(file).contains("void " + m.group(2) + "(")) {
                missing.add(m.group(0) + " (no such test in " + file + ")");
            }
        }
        assertThat(cited).as("tests cited").isGreaterThan(30);
        assertThat(missing).as("tests docs/security.md names that do not exist").isEmpty();
    }

    private static Path source(String cited) {
        String[] parts = cited.split("/\\.\\.\\./");
        if (parts.length == 2) {
            return ROOT.resolve(parts[0]).resolve("src/test/java/dev/showrunner").resolve(parts[0]).resolve(parts[1] + ".java");
        }
        return ROOT.resolve("studio/src/test/java/dev/showrunner/studio").resolve(cited + ".java");
    }
}
