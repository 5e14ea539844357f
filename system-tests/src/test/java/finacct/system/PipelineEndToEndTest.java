package finacct.system;

import finacct.cli.up.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walking skeleton as a user meets it: the sample's tables reported through the gateway, submitted, and
 * followed through the event store, the topic, validation and the read model.
 */
class PipelineEndToEndTest {

    private static Platform platform;
    private static String gateway;

    @BeforeAll
    static void start() throws Exception {
        platform = RunningPlatform.get();
        gateway = platform.options().gatewayUrl();
    }

    @Test
    void theSampleTravelsFromTheGatewayToTheReadModel() throws Exception {
        Scenarios.sampleTravelsFromTheGatewayToTheReadModel(platform);
    }

    @Test
    void aServiceReachedAroundTheGatewayWantsAVerifiedTokenToo() throws Exception {
        int submissionPort = platform.options().submissionPort();
        Http.Response direct = Http.send("GET",
                "http://localhost:" + submissionPort + "/api/v1/departments/420112-CZJ/submissions/2020", null, null);
        assertThat(direct.status()).isEqualTo(401);
        assertThat(direct.contentType()).startsWith("application/problem+json");
    }

    @Test
    void badInputGetsAProblemThroughTheGateway() throws Exception {
        String base = gateway + "/api/v1/departments/420112-JYJ/submissions/2020";
        assertThat(Http.post(base, Map.of()).status()).isEqualTo(201);
        Http.Response bad = Http.post(base + "/figures", Map.of("batchId", "b1",
                "figures", List.of(Map.of("table", "T1", "row", "99", "column", "1", "value", "1.00"))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.raw()).contains("figures[0].row");
        Http.Response unknown = Http.post(gateway + "/api/v1/departments/999999-XX/submissions/2020", Map.of());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }
}
