package finacct.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import finacct.kernel.events.EventEnvelope;
import finacct.kernel.events.EventTypes;
import finacct.kernel.events.SubmissionEvent;
import finacct.kernel.events.SubmissionOpened;
import finacct.kernel.events.Topics;
import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.kernel.results.FindingCounts;
import finacct.kernel.results.RecomputedCell;
import finacct.kernel.results.RecomputedTable;
import finacct.kernel.results.Severity;
import finacct.kernel.results.SubmissionValidated;
import finacct.service.testing.TestInfra;
import finacct.service.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * What the service's tests share: one Spring context (one consumer of both topics) over the in-JVM MongoDB and
 * broker, the bureau's token, and helpers to put events and validations on the topics and read the answers.
 */
// metrics export is off in Boot tests unless asked for; the prometheus endpoint is part of what we test
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class PublicationTestSupport {

    /** The bureau reads every department's read model and the overview. */
    static final String TOKEN = TestTokens.bureau();
    static final String GROUP = "publication-service";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("finacct.mongodb.uri", TestInfra::mongoUri);
        registry.add("spring.kafka.bootstrap-servers", TestInfra::brokers);
        TestTokens.register((name, value) -> registry.add(name, () -> value));
    }

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    JsonNode readModel(String dept, int year) throws Exception {
        ResponseEntity<String> response = get("/api/v1/read-models/" + dept + "/" + year, TOKEN);
        return response.getStatusCode() == HttpStatus.OK ? json.readTree(response.getBody()) : null;
    }

    JsonNode awaitReadModel(String dept, int year, long version) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> readModel(dept, year), m -> m != null && m.get("version").asLong() == version);
    }

    void awaitConsumed() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> TestInfra.consumedAll(GROUP, Topics.SUBMISSION_EVENTS, Topics.VALIDATION_RESULTS));
    }

    ResponseEntity<String> get(String path, String token) {
        return get(path, token, Map.of());
    }

    ResponseEntity<String> get(String path, String token, Map<String, String> headers) {
        RequestEntity.HeadersBuilder<?> request = RequestEntity.get(path);
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        headers.forEach(request::header);
        return http.exchange(request.build(), String.class);
    }

    void produce(EventEnvelope envelope) throws Exception {
        kafka.send(Topics.SUBMISSION_EVENTS, envelope.submissionId(), json.writeValueAsString(envelope)).get();
    }

    void produce(SubmissionValidated result) throws Exception {
        kafka.send(Topics.VALIDATION_RESULTS, result.submissionId(), json.writeValueAsString(result)).get();
    }

    /** Puts the events on the topic as one stream, sequences from 0, a second apart from the given minute. */
    void produceStream(List<SubmissionEvent> events, String actor) throws Exception {
        for (int i = 0; i < events.size(); i++) {
            produce(envelope(i, events.get(i), actor));
        }
    }

    EventEnvelope envelope(long sequence, SubmissionEvent event, String actor) {
        return new EventEnvelope("evt-" + event.submissionId() + "-" + sequence, EventTypes.nameOf(event.getClass()),
                EventTypes.SCHEMA_VERSION, event.submissionId(), sequence,
                "2021-03-01T08:%02d:%02dZ".formatted(sequence / 60, sequence % 60), actor, json.valueToTree(event));
    }

    static SubmissionOpened opened(String id, int year) {
        return opened(id, year, "MOF-2020");
    }

    static SubmissionOpened opened(String id, int year, String template) {
        return new SubmissionOpened(id, id.substring(0, id.indexOf(':')), year, template, "万元");
    }

    static SubmissionValidated validated(String id, long basedOn, int errors, int warnings) {
        List<Finding> findings = errors == 0 ? List.of() : List.of(new Finding("T1-27", Severity.ERROR,
                "表1第27行本年收入合计与第1–8行之和不符", List.of(new FindingCell("T1", "27", "1", "377.55")),
                "377.54", "377.55", "0.01"));
        return new SubmissionValidated(id, id.substring(0, id.indexOf(':')),
                Integer.parseInt(id.substring(id.indexOf(':') + 1)), "MOF-2020", basedOn, "SUBMITTED",
                "MOF-2020/skeleton", "2021-03-02T00:00:00Z",
                List.of(new RecomputedTable("T1", "收入支出决算总表",
                        List.of(new RecomputedCell("27", "1", "本年收入合计", "377.55", "377.54")))),
                findings, new FindingCounts(errors, warnings, 0));
    }

    static JsonNode department(JsonNode overview, String code) {
        for (JsonNode d : overview.get("departments")) {
            if (code.equals(d.get("departmentCode").asText())) {
                return d;
            }
        }
        throw new AssertionError("no department " + code);
    }
}
