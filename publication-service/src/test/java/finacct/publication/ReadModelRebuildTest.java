package finacct.publication;

import com.mongodb.client.MongoDatabase;
import finacct.kernel.events.Figure;
import finacct.kernel.events.FiguresReported;
import finacct.kernel.events.SubmissionApproved;
import finacct.kernel.events.SubmissionEvent;
import finacct.kernel.events.SubmissionPublished;
import finacct.kernel.events.SubmissionReopened;
import finacct.kernel.events.SubmissionSubmitted;
import finacct.kernel.events.Topics;
import finacct.service.testing.TestInfra;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The read models are nothing but the topics folded: dropping every collection of the service and consuming both
 * topics again from the start gives the same documents, byte for byte.
 */
class ReadModelRebuildTest extends PublicationTestSupport {

    @Autowired
    KafkaListenerEndpointRegistry listeners;
    @Autowired
    MongoDatabase database;

    @Test
    void droppingTheReadModelsAndReplayingBothTopicsGivesByteIdenticalDocuments() throws Exception {
        // the sample, published, corrected and published again; validations of some of its versions
        String sample = "420112-FGJ:2020";
        List<SubmissionEvent> events = new ArrayList<>(SampleSubmission.events("420112-FGJ"));
        int n = events.size();
        events.add(new SubmissionSubmitted(sample));
        events.add(new SubmissionApproved(sample, n + 1, n, "同意"));
        events.add(new SubmissionPublished(sample, 1));
        events.add(new SubmissionReopened(sample, "更正表1"));
        events.add(new FiguresReported(sample, "fix", List.of(new Figure("T1", "8", "1", "1.00", null))));
        events.add(new SubmissionSubmitted(sample));
        events.add(new SubmissionApproved(sample, n + 6, n + 5, "同意更正"));
        events.add(new SubmissionPublished(sample, 2));
        produceStream(events, "科员甲");
        produce(validated(sample, n, 1, 2));
        produce(validated(sample, n + 5, 0, 1));
        // and a department of another year still in draft, with a validation
        String draft = "420112-CGJ:2024";
        produceStream(List.of(opened(draft, 2024, "MOF-2024"), new FiguresReported(draft, "b1",
                List.of(new Figure("T1", "1", "1", "10.00", null), new Figure("T3", "2010350", "2", "10.00", "事业运行")))),
                "科员甲");
        produce(validated(draft, 1, 0, 0));
        awaitReadModel("420112-FGJ", 2020, events.size());
        awaitConsumed();

        List<String> paths = List.of(
                "/api/v1/read-models/420112-FGJ/2020",
                "/api/v1/read-models/420112-FGJ/2020?asOf=" + (n + 3),
                "/api/v1/read-models/420112-FGJ/2020/cells/T1/8/1/history",
                "/api/v1/read-models/420112-CGJ/2024",
                "/api/v1/overview/2020", "/api/v1/overview/2020?over=approved", "/api/v1/overview/2024",
                "/public/v1/final-accounts/2020",
                "/public/v1/final-accounts/2020/420112-FGJ",
                "/public/v1/final-accounts/2020/420112-FGJ/versions",
                "/public/v1/final-accounts/2020/420112-FGJ/versions/1");
        Map<String, String> before = answers(paths);
        Map<String, String> etags = new HashMap<>();
        for (String path : paths.subList(7, paths.size())) {
            etags.put(path, get(path, null).getHeaders().getETag());
        }
        long events0 = database.getCollection("submission_events").countDocuments();

        MessageListenerContainer container = listeners.getListenerContainer("publication");
        container.stop();
        database.drop();
        Map<TopicPartition, Long> start = new HashMap<>();
        for (String topic : List.of(Topics.SUBMISSION_EVENTS, Topics.VALIDATION_RESULTS)) {
            for (int p = 0; p < TestInfra.PARTITIONS; p++) {
                start.put(new TopicPartition(topic, p), 0L);
            }
        }
        // the group is memberless once the stopped consumer has left it
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> {
                    TestInfra.rewind(GROUP, start);
                    return true;
                });
        assertThat(get("/api/v1/read-models/420112-FGJ/2020", TOKEN).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        long began = System.nanoTime();
        container.start();
        awaitConsumed();
        long millis = (System.nanoTime() - began) / 1_000_000;
        System.out.printf("rebuilt %d stored events (%d records on the topics) in %d ms%n",
                database.getCollection("submission_events").countDocuments(),
                TestInfra.readAll(Topics.SUBMISSION_EVENTS).size() + TestInfra.readAll(Topics.VALIDATION_RESULTS).size(),
                millis);

        Map<String, String> after = answers(paths);
        for (String path : paths) {
            assertThat(after.get(path)).as(path).isEqualTo(before.get(path));
        }
        for (String path : paths.subList(7, paths.size())) {
            assertThat(get(path, null).getHeaders().getETag()).as(path).isEqualTo(etags.get(path));
        }
        assertThat(database.getCollection("submission_events").countDocuments()).isEqualTo(events0);
    }

    private Map<String, String> answers(List<String> paths) {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String path : paths) {
            ResponseEntity<String> response = get(path, path.startsWith("/public/") ? null : TOKEN);
            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            bodies.put(path, response.getBody());
        }
        return bodies;
    }
}
