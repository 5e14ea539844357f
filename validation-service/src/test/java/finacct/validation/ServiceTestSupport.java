package finacct.validation;

import com.fasterxml.jackson.databind.ObjectMapper;
import finacct.kernel.events.EventEnvelope;
import finacct.kernel.events.EventTypes;
import finacct.kernel.events.SubmissionEvent;
import finacct.kernel.events.SubmissionOpened;
import finacct.kernel.events.Topics;
import finacct.kernel.results.RecomputedCell;
import finacct.kernel.results.SubmissionValidated;
import finacct.service.testing.TestInfra;
import finacct.service.testing.TestTokens;
import finacct.validation.pipeline.ValidationScheduler;
import finacct.validation.store.EventLog;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * What the service's Spring Boot tests share: the in-JVM MongoDB, broker and stub submission-service, and the
 * moves of a test. Each test class names its own database ({@code finacct.mongodb.database}); all use the same
 * consumer group, and each context is closed after its class, so a class consumes only its own records.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class ServiceTestSupport {

    /** The bureau reads every department's results and asks for re-validations. */
    static final String TOKEN = TestTokens.bureau();
    static final String GROUP = "validation-service";
    static final String LISTENER = "validation-submission-events";
    private static final StubSubmissionService SUBMISSION_SERVICE = new StubSubmissionService();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("finacct.mongodb.uri", TestInfra::mongoUri);
        registry.add("spring.kafka.bootstrap-servers", TestInfra::brokers);
        registry.add("finacct.submission-service.url", () -> SUBMISSION_SERVICE.url());
        TestTokens.register((name, value) -> registry.add(name, () -> value));
        registry.add("spring.security.oauth2.client.registration.finacct.client-secret", () -> "test-client-secret");
        registry.add("spring.security.oauth2.client.provider.finacct.token-uri", TestTokens::tokenUri);
        // retries come quickly in tests; the production default starts at a second
        registry.add("finacct.validation.retry.initial", () -> "100ms");
        registry.add("finacct.validation.retry.max", () -> "1s");
    }

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    EventLog eventLog;
    @Autowired
    ValidationScheduler scheduler;

    static StubSubmissionService submissionService() {
        return SUBMISSION_SERVICE;
    }

    SubmissionValidated awaitResult(String id, long basedOnSequence) {
        return awaitResult(id, r -> r.basedOnSequence() == basedOnSequence);
    }

    SubmissionValidated awaitResult(String id, Predicate<SubmissionValidated> wanted) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> resultsOf(id).stream().anyMatch(wanted));
        return resultsOf(id).stream().filter(wanted).findFirst().orElseThrow();
    }

    void awaitConsumed() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> TestInfra.consumedAll(GROUP, Topics.SUBMISSION_EVENTS));
    }

    /** Every record on the topic stored, and every validation it asked for done. */
    void awaitSettled() {
        awaitConsumed();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(scheduler::isIdle);
    }

    List<SubmissionValidated> resultsOf(String id) {
        return TestInfra.readAll(Topics.VALIDATION_RESULTS).stream()
                .filter(r -> id.equals(r.key()))
                .map(ConsumerRecord::value)
                .map(this::readResult)
                .toList();
    }

    private SubmissionValidated readResult(String value) {
        try {
            return json.readValue(value, SubmissionValidated.class);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    ResponseEntity<String> get(String path, String token) {
        RequestEntity.HeadersBuilder<?> request = RequestEntity.get(path);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.exchange(request.build(), String.class);
    }

    ResponseEntity<String> post(String path, String token) {
        RequestEntity.BodyBuilder request = RequestEntity.post(path);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.exchange(request.build(), String.class);
    }

    RecordMetadata produce(EventEnvelope envelope) throws Exception {
        return kafka.send(Topics.SUBMISSION_EVENTS, envelope.submissionId(), json.writeValueAsString(envelope))
                .get().getRecordMetadata();
    }

    EventEnvelope envelope(long sequence, SubmissionEvent event) {
        return new EventEnvelope("evt-" + event.submissionId() + "-" + sequence, EventTypes.nameOf(event.getClass()),
                EventTypes.SCHEMA_VERSION, event.submissionId(), sequence,
                String.format("2021-03-01T08:%02d:%02dZ", sequence / 60 % 60, sequence % 60), "tester",
                json.valueToTree(event));
    }

    static SubmissionOpened opened(String id) {
        return new SubmissionOpened(id, id.substring(0, id.indexOf(':')), 2020, "MOF-2020", "万元");
    }

    static RecomputedCell cell(SubmissionValidated result, String table, String row, String column) {
        return result.tables().stream().filter(t -> t.table().equals(table)).flatMap(t -> t.cells().stream())
                .filter(c -> c.row().equals(row) && c.column().equals(column)).findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + table + "/" + row + "/" + column));
    }
}
