package finacct.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import finacct.kernel.events.CellRef;
import finacct.kernel.events.EventEnvelope;
import finacct.kernel.events.EventTypes;
import finacct.kernel.events.Figure;
import finacct.kernel.events.FiguresReported;
import finacct.kernel.events.FiguresWithdrawn;
import finacct.kernel.events.SubmissionEvent;
import finacct.kernel.events.SubmissionOpened;
import finacct.kernel.events.SubmissionSubmitted;
import finacct.kernel.events.Topics;
import finacct.kernel.results.RecomputedCell;
import finacct.kernel.results.SubmissionValidated;
import finacct.validation.store.EventLog;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

// metrics export is off in Boot tests unless asked for; the prometheus endpoint is part of what we test
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "finacct.gateway.secret=" + ValidationServiceTest.SECRET)
class ValidationServiceTest {

    static final String SECRET = "test-gateway-secret";
    private static final String GROUP = "validation-service";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("finacct.mongodb.uri", TestInfra::mongoUri);
        registry.add("spring.kafka.bootstrap-servers", TestInfra::brokers);
    }

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    EventLog eventLog;

    @Test
    void publishesTheRecomputedTable1TotalAndServesIt() throws Exception {
        String id = "420112-DSJZX:2020";
        produce(envelope(0, opened(id)));
        produce(envelope(1, new FiguresReported(id, "b1", List.of(
                new Figure("T1", "1", "1", "452.60", null),
                new Figure("T1", "5", "1", "24.94", null),
                new Figure("T1", "27", "1", "477.55", null),
                new Figure("T3", "2010350", "3", "12.00", "事业运行")))));

        SubmissionValidated result = awaitResult(id, 1);

        assertThat(result.departmentCode()).isEqualTo("420112-DSJZX");
        assertThat(result.fiscalYear()).isEqualTo(2020);
        assertThat(result.status()).isEqualTo("DRAFT");
        assertThat(result.ruleSetVersion()).isEqualTo("MOF-2020/1");
        assertThat(result.counts().errors()).isZero();
        assertThat(cell(result, "T1", "27", "1")).isEqualTo(new RecomputedCell("27", "1", "本年收入合计", "477.55", "477.54"));
        assertThat(cell(result, "T3", "total", "3").computed()).isEqualTo("12.00");

        ResponseEntity<String> served = get("/api/v1/validation/420112-DSJZX/2020", SECRET);
        assertThat(served.getStatusCode()).isEqualTo(HttpStatus.OK);
        SubmissionValidated body = json.readValue(served.getBody(), SubmissionValidated.class);
        assertThat(body.basedOnSequence()).isEqualTo(1);
        assertThat(cell(body, "T1", "27", "1").computed()).isEqualTo("477.54");
    }

    @Test
    void redeliveredRecordsPublishNothingAndChangeNothing() throws Exception {
        String id = "420112-CZJ:2020";
        EventEnvelope first = envelope(0, opened(id));
        EventEnvelope second = envelope(1, new FiguresReported(id, "b1",
                List.of(new Figure("T1", "1", "1", "100.00", null))));
        EventEnvelope third = envelope(2, new SubmissionSubmitted(id));
        produce(first);
        produce(second);
        produce(third);
        awaitResult(id, 2);
        awaitConsumed();
        int resultsBefore = resultsOf(id).size();
        long storedBefore = eventLog.count();
        String servedBefore = get("/api/v1/validation/420112-CZJ/2020", SECRET).getBody();

        produce(first);
        produce(second);
        produce(third);
        awaitConsumed();

        assertThat(resultsOf(id)).hasSize(resultsBefore);
        assertThat(eventLog.count()).isEqualTo(storedBefore);
        assertThat(get("/api/v1/validation/420112-CZJ/2020", SECRET).getBody()).isEqualTo(servedBefore);
    }

    @Test
    void aGapHoldsPublicationUntilItIsFilled() throws Exception {
        String id = "420112-JYJ:2020";
        produce(envelope(0, opened(id)));
        produce(envelope(2, new FiguresWithdrawn(id, "b2", List.of(new CellRef("T1", "5", "1")))));
        awaitConsumed();

        assertThat(resultsOf(id)).extracting(SubmissionValidated::basedOnSequence).containsExactly(0L);
        SubmissionValidated held = json.readValue(get("/api/v1/validation/420112-JYJ/2020", SECRET).getBody(),
                SubmissionValidated.class);
        assertThat(held.basedOnSequence()).isZero();

        produce(envelope(1, new FiguresReported(id, "b1", List.of(
                new Figure("T1", "1", "1", "100.00", null), new Figure("T1", "5", "1", "20.00", null)))));
        SubmissionValidated filled = awaitResult(id, 2);

        // event 2 withdrew the 20.00 that event 1 reported: replayed in order, only 100.00 remains
        assertThat(cell(filled, "T1", "27", "1").computed()).isEqualTo("100.00");
        assertThat(filled.tables().get(0).cells()).extracting(RecomputedCell::row).doesNotContain("5");
    }

    @Test
    void onlyTheGatewayGetsInAndErrorsAreProblems() throws Exception {
        ResponseEntity<String> noHeader = get("/api/v1/validation/420112-DSJZX/2020", null);
        assertThat(noHeader.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(noHeader.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(json.readTree(noHeader.getBody()).get("detail").asText()).contains("网关");
        assertThat(get("/api/v1/validation/420112-DSJZX/2020", "wrong").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("/public/v1/anything", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(get("/actuator/health", null).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> metrics = get("/actuator/prometheus", null);
        assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(metrics.getBody()).contains("jvm_memory_used_bytes");

        ResponseEntity<String> none = get("/api/v1/validation/420112-TJJ/2020", SECRET);
        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(none.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(json.readTree(none.getBody()).get("detail").asText()).contains("还没有审核结果");

        ResponseEntity<String> badYear = get("/api/v1/validation/420112-TJJ/twenty", SECRET);
        assertThat(badYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode problem = json.readTree(badYear.getBody());
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("year");
        assertThat(problem.get("detail").asText()).contains("年份");

        ResponseEntity<String> unknown = get("/api/v1/nothing-here", SECRET);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(unknown.getBody()).get("detail").asText()).isEqualTo("没有这个地址");
    }

    private SubmissionValidated awaitResult(String id, long basedOnSequence) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> resultsOf(id).stream().anyMatch(r -> r.basedOnSequence() == basedOnSequence));
        return resultsOf(id).stream().filter(r -> r.basedOnSequence() == basedOnSequence).findFirst().orElseThrow();
    }

    private void awaitConsumed() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> TestInfra.consumedAll(GROUP, Topics.SUBMISSION_EVENTS));
    }

    private List<SubmissionValidated> resultsOf(String id) {
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

    private ResponseEntity<String> get(String path, String secret) {
        RequestEntity.HeadersBuilder<?> request = RequestEntity.get(path);
        if (secret != null) {
            request.header("X-Finacct-Gateway", secret);
        }
        return http.exchange(request.build(), String.class);
    }

    private void produce(EventEnvelope envelope) throws Exception {
        kafka.send(Topics.SUBMISSION_EVENTS, envelope.submissionId(), json.writeValueAsString(envelope)).get();
    }

    private EventEnvelope envelope(long sequence, SubmissionEvent event) {
        return new EventEnvelope("evt-" + event.submissionId() + "-" + sequence, EventTypes.nameOf(event.getClass()),
                EventTypes.SCHEMA_VERSION, event.submissionId(), sequence, "2021-03-01T08:00:0" + sequence + "Z",
                "tester", json.valueToTree(event));
    }

    private static SubmissionOpened opened(String id) {
        return new SubmissionOpened(id, id.substring(0, id.indexOf(':')), 2020, "MOF-2020", "万元");
    }

    private static RecomputedCell cell(SubmissionValidated result, String table, String row, String column) {
        return result.tables().stream().filter(t -> t.table().equals(table)).flatMap(t -> t.cells().stream())
                .filter(c -> c.row().equals(row) && c.column().equals(column)).findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + table + "/" + row + "/" + column));
    }
}
