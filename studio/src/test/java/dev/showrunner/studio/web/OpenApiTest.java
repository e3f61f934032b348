package dev.showrunner.studio.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API's description and the server's route table name the same endpoints, so neither drifts. */
class OpenApiTest {

    @TempDir
    Path dir;

    @Test
    void description_andRouteTable_nameTheSameApiEndpoints() {
        try (TestStudio studio = new TestStudio(dir)) {
            JsonNode paths = studio.call("GET", "/api/openapi.json", null, null).json().get("paths");
            List<String> documented = new ArrayList<>();
            paths.fieldNames().forEachRemaining(path -> paths.get(path).fieldNames().forEachRemaining(method -> {
                if (List.of("get", "post", "put", "patch", "delete").contains(method)) {
                    documented.add(method.toUpperCase(Locale.ROOT) + " " + path);
                }
            }));
            List<String> served = studio.server.routes().stream()
                    .filter(r -> r.contains(" /api/") && !r.endsWith("/api/openapi.json")).toList();

            assertThat(documented).as("every documented endpoint is served").isSubsetOf(served);
            assertThat(served).as("every endpoint served is documented").isSubsetOf(documented);
        }
    }
}
