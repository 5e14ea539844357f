package finacct.system;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.cli.up.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A department the bureau adds to the running platform's registry (a file through the gateway) can submit at once,
 * and the bureau's overview lists it: no rebuild, no restart.
 */
class RegistryEndToEndTest {

    private static String gateway;

    @BeforeAll
    static void start() throws Exception {
        Platform platform = RunningPlatform.get();
        gateway = platform.options().gatewayUrl();
    }

    @Test
    void aDepartmentAddedAtRuntimeSubmitsAndTheOverviewListsIt() throws Exception {
        Http.Response imported = Http.post(gateway + "/api/v1/registry/imports", List.of(
                Map.of("code", "420112-WLJ", "name", "武汉市东西湖区文化和旅游局", "otherNames", List.of("东西湖区文旅局"))));
        assertThat(imported.status()).as(imported.raw()).isEqualTo(200);
        assertThat(imported.body().path("added")).extracting(JsonNode::asText).containsExactly("420112-WLJ");

        String base = gateway + "/api/v1/departments/420112-WLJ/submissions/2021";
        assertThat(Http.post(base, Map.of()).status()).isEqualTo(201);
        Http.Response figures = Http.post(base + "/figures", Map.of("batchId", "w1",
                "figures", List.of(Map.of("table", "T1", "row", "1", "column", "1", "value", "88.00"))));
        assertThat(figures.status()).as(figures.raw()).isEqualTo(200);

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode entry = null;
        while (entry == null && System.nanoTime() < deadline) {
            for (JsonNode d : Http.get(gateway + "/api/v1/overview/2021").body().path("departments")) {
                // the name comes from the registry topic, the version from the submission topic: wait for both
                if (d.path("departmentCode").asText().equals("420112-WLJ") && d.path("version").asLong() == 2
                        && d.path("departmentName").asText().equals("武汉市东西湖区文化和旅游局")) {
                    entry = d;
                }
            }
            Thread.sleep(300);
        }
        assertThat(entry).as("420112-WLJ, named, at version 2 in the overview of 2021").isNotNull();
        assertThat(entry.path("status").asText()).isEqualTo("DRAFT");

        // a department's token does not reach the registry
        Http.Response refused = Http.send("GET", gateway + "/api/v1/registry/departments", null,
                Http.tokenFor(base));
        assertThat(refused.status()).isEqualTo(403);
    }
}
