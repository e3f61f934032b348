package dev.showrunner.studio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.junit.jupiter.api.Test;

/**
 * The studio's statements live in {@code .sql} files read by Jdbi's {@code ClasspathSqlLocator}:
 * every name a class asks for is on the classpath, and every file is asked for by its class.
 */
class SqlFilesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern LOCATE = Pattern.compile("SQL\\.locate\\((\\w+)\\.class, \"([\\w-]+)\"\\)");

    @Test
    void locate_everyNameAClassAsksFor_isOnTheClasspath() throws IOException {
        List<String> asked = new ArrayList<>();
        for (Path source : javaSources()) {
            Matcher m = LOCATE.matcher(Files.readString(source));
            String pkg = packageOf(source);
            while (m.find()) {
                asked.add(pkg + "." + m.group(1) + "/" + m.group(2));
            }
        }
        assertThat(asked).hasSizeGreaterThan(40);
        ClasspathSqlLocator locator = ClasspathSqlLocator.create();
        for (String name : asked) {
            String type = name.substring(0, name.indexOf('/'));
            String resource = type.replace('.', '/') + "/" + name.substring(name.indexOf('/') + 1) + ".sql";
            assertThat(getClass().getClassLoader().getResource(resource)).as(resource).isNotNull();
            assertThat(locator.getResource(resource)).as(resource).isNotBlank();
        }
    }

    @Test
    void sqlFiles_eachOne_isNamedInItsOwnersSource() throws IOException {
        Path studio = RESOURCES.resolve("dev/showrunner/studio");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(studio)) {
            files = walk.filter(p -> p.toString().endsWith(".sql")).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            Path owner = SOURCES.resolve(RESOURCES.relativize(file.getParent()) + ".java");
            assertThat(owner).as("the class that owns " + file).exists();
            String name = file.getFileName().toString().replaceFirst("\\.sql$", "");
            assertThat(Files.readString(owner)).as(owner + " names " + name).contains("\"" + name + "\"");
        }
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            assertThat(walk.filter(p -> p.toString().endsWith(".sql")))
                    .as("SQL is kept under src/main/resources, not beside the classes").isEmpty();
        }
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            return walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    private static String packageOf(Path source) {
        return SOURCES.relativize(source.getParent()).toString().replace('/', '.');
    }
}
