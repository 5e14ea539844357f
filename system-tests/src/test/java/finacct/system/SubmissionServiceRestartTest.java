package finacct.system;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.cli.up.Platform;
import finacct.cli.up.ServiceProcess;
import finacct.kernel.events.Topics;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * submission-service killed (SIGKILL) in the middle of a stream of batches and started again: every stored
 * event still reaches the topic, and the read model counts each event once although some arrive twice.
 */
class SubmissionServiceRestartTest {

    @Test
    void killingSubmissionServiceMidStreamLosesNothingOnTheTopic() throws Exception {
        Platform platform = RunningPlatform.get();
        String gateway = platform.options().gatewayUrl();
        String department = "420112-MZJ";
        String base = gateway + "/api/v1/departments/" + department + "/submissions/2020";
        assertThat(Http.post(base, Map.of()).status()).isEqualTo(201);

        ServiceProcess submission = platform.service("submission-service");
        int batches = 16;
        for (int b = 1; b <= batches; b++) {
            if (b == batches / 2) {
                submission.kill();
                submission.start();
                submission.awaitHealthy(Duration.ofMinutes(3));
            }
            Map<String, Object> body = Map.of("batchId", "restart-" + b, "figures",
                    List.of(Map.of("table", "T1", "row", String.valueOf(b), "column", "1", "value", b + ".00")));
            Http.Response r = Http.post(base + "/figures", body);
            assertThat(r.status()).as(r.raw()).isEqualTo(200);
        }
        long events = batches + 1;
        String submissionId = department + ":2020";

        List<JsonNode> onTopic = TopicReader.read(platform.kafkaBootstrap(), Topics.SUBMISSION_EVENTS, submissionId,
                v -> Scenarios.distinctSequences(v).size() == events, Duration.ofSeconds(90));
        assertThat(Scenarios.distinctSequences(onTopic))
                .containsExactlyElementsOf(LongStream.range(0, events).boxed().toList());

        JsonNode readModel = Scenarios.awaitReadModel(gateway, department, 2020, events);
        assertThat(readModel.path("history")).hasSize((int) events);
    }
}
