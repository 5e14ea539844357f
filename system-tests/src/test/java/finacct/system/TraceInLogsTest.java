package finacct.system;

import finacct.cli.up.Platform;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What an administrator does with the trace id an officer quotes: a request sent through the gateway with a W3C
 * {@code traceparent} is refused with a problem carrying that trace id, and the service's log file has the line
 * of that refusal under the same trace id.
 */
class TraceInLogsTest {

    @Test
    void theTraceIdOfAProblemFindsTheServicesLogLine() throws Exception {
        Platform platform = RunningPlatform.get();
        byte[] random = new byte[16];
        ThreadLocalRandom.current().nextBytes(random);
        String traceId = HexFormat.of().formatHex(random);
        String path = "/api/v1/overview/20x1";
        HttpRequest request = HttpRequest.newBuilder(URI.create(platform.options().gatewayUrl() + path))
                .header("Authorization", "Bearer " + Http.tokenFor(platform.options().gatewayUrl() + path))
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(Http.JSON.readTree(answer.body()).get("traceId").asText()).isEqualTo(traceId);
        Path log = platform.options().dataDir().resolve("logs").resolve("publication-service.log");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.contains(traceId)).toList();
            assertThat(lines).as("lines of %s under trace id %s", log, traceId)
                    .anySatisfy(line -> assertThat(line).contains("answered 400 on " + path));
        });
    }
}
