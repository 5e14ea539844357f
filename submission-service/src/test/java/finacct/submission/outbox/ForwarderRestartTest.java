package finacct.submission.outbox;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import finacct.kernel.events.EventEnvelope;
import finacct.kernel.events.SubmissionIds;
import finacct.submission.SubmissionServiceApplication;
import finacct.submission.support.Api;
import finacct.submission.support.TestInfra;
import finacct.service.testing.TestTokens;
import finacct.submission.support.TopicReader;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static finacct.submission.support.TopicReader.firstSeen;
import static finacct.submission.support.TopicReader.zeroTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox survives a stop in the middle of the stream: the first instance is closed while clients are still
 * writing and its forwarder is still sending; a second instance on the same MongoDB resumes from the stored token.
 * Everything stored must end up on the topic, per submission in order and without gaps (duplicates allowed).
 * Two application contexts, one after the other: that is the scenario.
 */
class ForwarderRestartTest {

    private static final Logger log = LoggerFactory.getLogger(ForwarderRestartTest.class);
    /** Not used by any other test class: they all share one Kafka topic. */
    private static final List<String> DEPARTMENTS = List.of("420112-RSJ", "420112-SJJ", "420112-TJJ");
    private static final int WRITES_BEFORE_STOP = 90;

    @Test
    void stoppingMidStreamAndStartingAgainLosesNothingOnTheTopic() throws Exception {
        String mongoUri = TestInfra.startMongo();
        // one event per processor batch: a token write and an ack wait per event, so the forwarder falls behind
        // the writers and the stop really lands mid-stream
        ConfigurableApplicationContext first = start(mongoUri, 1);
        Api api = new Api(port(first));
        for (String dept : DEPARTMENTS) {
            assertThat(api.post(Api.base(dept, 2020), null).status()).isEqualTo(201);
        }

        AtomicInteger accepted = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(DEPARTMENTS.size());
        for (String dept : DEPARTMENTS) {
            writers.submit(() -> writeUntilRefused(api, dept, accepted));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (accepted.get() < WRITES_BEFORE_STOP && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        first.close(); // while the writers are still writing and the forwarder is still sending
        writers.shutdown();
        assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        Map<String, List<Long>> stored = storedSequences(mongoUri);
        stored.forEach((id, sequences) ->
                assertThat(sequences).as("stored stream of %s", id).isEqualTo(zeroTo(sequences.size())));
        Map<String, List<EventEnvelope>> beforeRestart = TopicReader.await(stored.keySet(), seen -> false,
                Duration.ofSeconds(2));
        int forwardedBeforeStop = beforeRestart.values().stream().mapToInt(e -> firstSeen(e).size()).sum();
        log.info("stored {} events; {} of them were on the topic when the first instance stopped",
                total(stored), forwardedBeforeStop);
        assertThat(forwardedBeforeStop).as("the stop landed mid-stream").isLessThan(total(stored));

        ConfigurableApplicationContext second = start(mongoUri, 100);
        try {
            Map<String, List<EventEnvelope>> topic = TopicReader.await(stored.keySet(),
                    seen -> stored.entrySet().stream()
                            .allMatch(s -> firstSeen(seen.get(s.getKey())).size() >= s.getValue().size()),
                    Duration.ofSeconds(90));
            stored.forEach((id, sequences) -> assertThat(firstSeen(topic.get(id)))
                    .as("sequences of %s on the topic", id).isEqualTo(sequences));
        } finally {
            second.close();
        }
    }

    private static void writeUntilRefused(Api api, String dept, AtomicInteger accepted) {
        String base = Api.base(dept, 2020);
        for (int i = 0; i < 10_000; i++) {
            String body = "{\"batchId\":\"b" + i + "\",\"figures\":[{\"table\":\"T3\",\"row\":\"" + (2010101 + i)
                    + "\",\"column\":\"1\",\"value\":\"" + i + ".00\"}]}";
            try {
                if (api.post(base + "/figures", body).status() == 200) {
                    accepted.incrementAndGet();
                }
            } catch (RuntimeException refused) {
                return; // the instance is gone
            }
        }
    }

    /** Settings as command-line arguments: they must win over application.yml, as the environment does. */
    private static ConfigurableApplicationContext start(String mongoUri, int forwarderBatchSize) {
        return new SpringApplicationBuilder(SubmissionServiceApplication.class)
                .registerShutdownHook(false)
                .run("--server.port=0",
                        "--spring.data.mongodb.uri=" + mongoUri,
                        "--spring.kafka.bootstrap-servers=" + TestInfra.kafkaBootstrap(),
                        "--finacct.security.issuer-uri=" + TestTokens.ISSUER,
                        "--finacct.security.jwk-set-uri=" + TestTokens.jwkSetUri(),
                        "--finacct.submission.forwarder-batch-size=" + forwarderBatchSize,
                        "--springdoc.api-docs.enabled=false");
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    /** What the event store holds, read directly: submission id -> its sequence numbers in order. */
    private static Map<String, List<Long>> storedSequences(String mongoUri) {
        Map<String, List<Long>> stored = new LinkedHashMap<>();
        DEPARTMENTS.forEach(d -> stored.put(SubmissionIds.of(d, 2020), new ArrayList<>()));
        try (MongoClient client = MongoClients.create(mongoUri)) {
            for (Document d : client.getDatabase("finacct-submission").getCollection("domainevents").find()
                    .sort(new Document("sequenceNumber", 1))) {
                stored.get(d.getString("aggregateIdentifier")).add(((Number) d.get("sequenceNumber")).longValue());
            }
        }
        return stored;
    }

    private static int total(Map<String, List<Long>> stored) {
        return stored.values().stream().mapToInt(List::size).sum();
    }
}
