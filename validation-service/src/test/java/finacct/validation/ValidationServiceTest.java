package finacct.validation;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.kernel.events.EventEnvelope;
import finacct.kernel.events.Figure;
import finacct.kernel.events.FiguresReported;
import finacct.kernel.events.SubmissionSubmitted;
import finacct.kernel.results.Finding;
import finacct.kernel.results.RecomputedCell;
import finacct.kernel.results.Severity;
import finacct.kernel.results.SubmissionValidated;
import finacct.service.testing.TestInfra;
import finacct.service.testing.TestTokens;
import finacct.validation.pipeline.RuleSetVersions;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

// metrics export is off in Boot tests unless asked for; the prometheus endpoint is part of what we test
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "finacct.mongodb.database=validation-service-test")
class ValidationServiceTest extends ServiceTestSupport {

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void publishesTheRecomputedTable1TotalAndServesIt() throws Exception {
        String id = "420112-SFJ:2020";
        produce(envelope(0, opened(id)));
        produce(envelope(1, new FiguresReported(id, "b1", List.of(
                new Figure("T1", "1", "1", "352.60", null),
                new Figure("T1", "5", "1", "24.94", null),
                new Figure("T1", "27", "1", "377.55", null),
                new Figure("T3", "2010350", "1", "12.00", "事业运行"),
                new Figure("T3", "2010350", "3", "12.00", "事业运行")))));

        SubmissionValidated result = awaitResult(id, 1);

        assertThat(result.departmentCode()).isEqualTo("420112-SFJ");
        assertThat(result.fiscalYear()).isEqualTo(2020);
        assertThat(result.status()).isEqualTo("DRAFT");
        assertThat(result.ruleSetVersion()).isEqualTo(RuleSetVersions.current("MOF-2020").orElseThrow());
        // 352.60 + 24.94 = 377.54 against 377.55 stated: rounding, so at most INFO
        assertThat(result.findings()).filteredOn(f -> "377.54".equals(f.expected()) && "377.55".equals(f.actual()))
                .isNotEmpty().extracting(Finding::severity).containsOnly(Severity.INFO);
        assertThat(cell(result, "T1", "27", "1"))
                .isEqualTo(new RecomputedCell("27", "1", "本年收入合计", "377.55", "377.54", "第1行 + 第5行"));
        assertThat(cell(result, "T3", "total", "3").computed()).isEqualTo("12.00");

        ResponseEntity<String> served = get("/api/v1/validation/420112-SFJ/2020", TOKEN);
        assertThat(served.getStatusCode()).isEqualTo(HttpStatus.OK);
        SubmissionValidated body = json.readValue(served.getBody(), SubmissionValidated.class);
        assertThat(body.basedOnSequence()).isEqualTo(1);
        assertThat(cell(body, "T1", "27", "1").computed()).isEqualTo("377.54");
        assertThat(get("/actuator/prometheus", null).getBody())
                .contains("finacct_validation_runs_seconds_count{outcome=\"PUBLISHED\"");
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
        awaitSettled();
        int resultsBefore = resultsOf(id).size();
        long storedBefore = eventLog.count();
        String servedBefore = get("/api/v1/validation/420112-CZJ/2020", TOKEN).getBody();

        produce(first);
        produce(second);
        produce(third);
        awaitSettled();

        assertThat(resultsOf(id)).hasSize(resultsBefore);
        assertThat(eventLog.count()).isEqualTo(storedBefore);
        assertThat(get("/api/v1/validation/420112-CZJ/2020", TOKEN).getBody()).isEqualTo(servedBefore);
    }

    @Test
    void replayingTheTopicFromAnEarlierOffsetPublishesNothingAndChangesNothing() throws Exception {
        String id = "420112-SJJ:2020";
        RecordMetadata first = produce(envelope(0, opened(id)));
        produce(envelope(1, new FiguresReported(id, "b1", List.of(new Figure("T1", "2", "1", "7.50", null)))));
        produce(envelope(2, new SubmissionSubmitted(id)));
        awaitResult(id, 2);
        awaitSettled();
        int resultsBefore = resultsOf(id).size();
        long storedBefore = eventLog.count();
        String servedBefore = get("/api/v1/validation/420112-SJJ/2020", TOKEN).getBody();

        // as an operator's offset reset does: the group reads the partition again from the submission's first event
        MessageListenerContainer container = listeners.getListenerContainer(LISTENER);
        container.stop();
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> TestInfra.rewind(GROUP,
                Map.of(new TopicPartition(first.topic(), first.partition()), first.offset())));
        container.start();
        awaitSettled();

        assertThat(resultsOf(id)).hasSize(resultsBefore);
        assertThat(eventLog.count()).isEqualTo(storedBefore);
        assertThat(get("/api/v1/validation/420112-SJJ/2020", TOKEN).getBody()).isEqualTo(servedBefore);
    }

    @Test
    void aBurstOfBatchesArrivingTogetherIsValidatedOnceForItsNewestEvent() throws Exception {
        String id = "420112-WJW:2020";
        produce(envelope(0, opened(id)));
        awaitResult(id, 0);
        awaitSettled();

        // twelve batches reach the consumer in one poll, as when it catches up after an import sent them back to
        // back (a stopped consumer keeps nothing fetched; a paused one may hand out what it fetched before)
        MessageListenerContainer container = listeners.getListenerContainer(LISTENER);
        container.stop();
        for (int b = 1; b <= 12; b++) {
            String row = String.valueOf((b - 1) % 8 + 1);
            produce(envelope(b, new FiguresReported(id, "b" + b, List.of(new Figure("T1", row, "1", b + ".00", null)))));
        }
        container.start();
        SubmissionValidated newest = awaitResult(id, 12);
        awaitSettled();

        assertThat(resultsOf(id)).extracting(SubmissionValidated::basedOnSequence).containsExactly(0L, 12L);
        // rows 1-4 were corrected by batches 9-12: 9 + 10 + 11 + 12 + 5 + 6 + 7 + 8
        assertThat(cell(newest, "T1", "27", "1").computed()).isEqualTo("68.00");
        assertThat(cell(newest, "T1", "1", "1").stated()).isEqualTo("9.00");
    }

    @Test
    void onlyAVerifiedTokenOfTheRightCallerGetsInAndErrorsAreProblems() throws Exception {
        String path = "/api/v1/validation/420112-SFJ/2020";
        ResponseEntity<String> noToken = get(path, null);
        assertThat(noToken.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(noToken.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(noToken.getHeaders().getFirst("WWW-Authenticate")).startsWith("Bearer");
        assertThat(json.readTree(noToken.getBody()).get("detail").asText()).contains("令牌");
        for (String bad : List.of("not-a-jwt", TestTokens.expired("420112-SFJ"), TestTokens.signedByAnotherKey("420112-SFJ"),
                TestTokens.ofAnotherIssuer("420112-SFJ"), TestTokens.tampered("420112-TJJ", "420112-SFJ"))) {
            ResponseEntity<String> refused = get(path, bad);
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(refused.getBody()).doesNotContain("tables");
        }
        // another department's result does not exist for this caller, whether or not it exists
        ResponseEntity<String> other = get(path, TestTokens.department("420112-TJJ"));
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(other.getBody()).doesNotContain("tables");
        assertThat(post("/api/v1/validation/revalidations", TestTokens.department("420112-SFJ")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("/api/v1/validation/revalidations", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        assertThat(get("/actuator/health", null).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> metrics = get("/actuator/prometheus", null);
        assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(metrics.getBody()).contains("jvm_memory_used_bytes");

        ResponseEntity<String> none = get("/api/v1/validation/420112-TJJ/2020", TOKEN);
        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(none.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(json.readTree(none.getBody()).get("detail").asText()).contains("还没有审核结果");

        ResponseEntity<String> badYear = get("/api/v1/validation/420112-TJJ/twenty", TOKEN);
        assertThat(badYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode problem = json.readTree(badYear.getBody());
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("year");
        assertThat(problem.get("detail").asText()).contains("年份");

        ResponseEntity<String> unknown = get("/api/v1/nothing-here", TOKEN);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(unknown.getBody()).get("detail").asText()).isEqualTo("没有这个接口地址，请对照接口文档检查路径");
    }
}
