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
 * The bureau's review through the gateway on the running platform: submission-service asks the real
 * validation-service, with its own token from the issuer, before it lets an approval through.
 */
class ReviewEndToEndTest {

    private static final String DEPT = "420112-SJJ";
    private static Platform platform;
    private static String gateway;

    @BeforeAll
    static void start() throws Exception {
        platform = RunningPlatform.get();
        gateway = platform.options().gatewayUrl();
    }

    @Test
    void anApprovalOverTheRealValidationsErrorsIsRefusedAndTheDepartmentReadsTheReturn() throws Exception {
        String base = gateway + "/api/v1/departments/" + DEPT + "/submissions/2020";
        String review = gateway + "/api/v1/reviews/" + DEPT + "/2020";
        assertThat(Http.post(base, Map.of()).status()).isEqualTo(201);
        // 本年收入合计 (line 27) stated as 50.00 while line 1 alone is 100.00: rule T1.line27 is an ERROR
        Http.Response reported = Http.post(base + "/figures", Map.of("batchId", "b1", "figures", List.of(
                Map.of("table", "T1", "row", "1", "column", "1", "value", "100.00"),
                Map.of("table", "T1", "row", "27", "column", "1", "value", "50.00"))));
        assertThat(reported.status()).as(reported.raw()).isEqualTo(200);
        assertThat(Http.post(base + "/submit", Map.of("expectedVersion", 2)).status()).isEqualTo(200);

        JsonNode state = awaitValidationOfTheCurrentVersion(review);
        assertThat(state.path("version").asLong()).isEqualTo(3);
        assertThat(state.path("validation").path("errors").asInt()).isPositive();

        Http.Response refused = Http.post(review + "/approve", Map.of("version", 3, "comment", "同意"));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().path("detail").asText()).contains("不能审核通过");
        assertThat(refused.body().path("findings").findValuesAsText("ruleId")).contains("T1.line27");

        String officer = platform.issuer().departmentToken(DEPT, Duration.ofMinutes(5));
        assertThat(Http.send("POST", review + "/return", Map.of("version", 3, "reasons", List.of("有误")), officer)
                .status()).isEqualTo(403);
        Http.Response returned = Http.post(review + "/return",
                Map.of("version", 3, "reasons", List.of("表1第27行本年收入合计与第1至8行之和不符")));
        assertThat(returned.status()).as(returned.raw()).isEqualTo(200);

        JsonNode submission = Http.get(base).body();
        assertThat(submission.path("status").asText()).isEqualTo("RETURNED");
        JsonNode steps = submission.path("reviewHistory");
        assertThat(steps.get(steps.size() - 1).path("reasons").get(0).asText())
                .isEqualTo("表1第27行本年收入合计与第1至8行之和不符");
    }

    private static JsonNode awaitValidationOfTheCurrentVersion(String review) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        Http.Response r = null;
        while (System.nanoTime() < deadline) {
            r = Http.get(review);
            if (r.status() == 200 && r.body().path("validation").path("ofCurrentVersion").asBoolean()) {
                return r.body();
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no validation of the current version: " + (r == null ? "" : r.raw()));
    }
}
