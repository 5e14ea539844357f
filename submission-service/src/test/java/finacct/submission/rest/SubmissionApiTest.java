package finacct.submission.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import finacct.kernel.events.EventEnvelope;
import finacct.kernel.events.NarrativeReported;
import finacct.kernel.events.NarrativeSection;
import finacct.kernel.events.SubmissionIds;
import finacct.submission.support.Api;
import finacct.submission.support.TestInfra;
import finacct.service.testing.TestTokens;
import finacct.submission.support.TopicReader;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static finacct.submission.support.TopicReader.firstSeen;
import static finacct.submission.support.TopicReader.zeroTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The API as a department's client (through the gateway) sees it, against an in-JVM MongoDB-wire server and an
 * in-JVM Kafka. One application context for the whole class; each test uses its own department.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false) // keep the Prometheus endpoint that tests switch off by default
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SubmissionApiTest {

    /** The departments this class uses; the restart test uses the other three of the registry. */
    static final List<String> DEPARTMENTS = List.of("420112-FGJ", "420112-CZJ", "420112-JYJ", "420112-WJJ",
            "420112-MZJ", "420112-XFJ", "420112-CGJ");
    private static final String MONGO_URI = TestInfra.startMongo();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM_JSON = "application/problem+json";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfra.register(registry, MONGO_URI);
    }

    @LocalServerPort
    int port;
    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    ApplicationContext context;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    @Order(1)
    void opensReportsAndKeepsWhoDidWhatInTheHistory() {
        String base = Api.base("420112-FGJ", 2020);
        Api.Response opened = api.post(base, null);
        assertThat(opened.status()).isEqualTo(201);
        assertThat(opened.json().path("submissionId").asText()).isEqualTo("420112-FGJ:2020");
        assertThat(opened.json().path("templateVersion").asText()).isEqualTo("MOF-2020");
        assertThat(opened.json().path("unit").asText()).isEqualTo("万元");
        assertThat(opened.json().path("status").asText()).isEqualTo("DRAFT");
        assertThat(opened.json().path("version").asLong()).isEqualTo(1);
        assertThat(opened.etag()).isEqualTo("\"1\"");

        Map<String, String> headers = Api.headersFor(base);
        // a client cannot name another actor: the token's subject is the actor
        headers.put("X-Finacct-Actor", "someone-else");
        headers.put("X-Correlation-Id", "corr-42");
        String batch = figures("b1", null, cell("T3", "2010350", "1", "452.60", "事业运行"),
                cell("T1", "1", "1", "523.18", null));
        Api.Response reported = api.post(base + "/figures", batch, headers);
        assertThat(reported.status()).isEqualTo(200);
        assertThat(reported.json().path("version").asLong()).isEqualTo(2);
        assertThat(reported.json().path("storedEvent").asBoolean()).isTrue();

        Api.Response retried = api.post(base + "/figures", batch, headers);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().path("storedEvent").asBoolean()).isFalse();
        assertThat(retried.json().path("version").asLong()).isEqualTo(2);

        JsonNode state = api.get(base).json();
        assertThat(state.path("version").asLong()).isEqualTo(2);
        assertThat(state.path("cells")).hasSize(2);
        // cells come back in print order: table 1 before table 3
        assertThat(state.path("cells").get(0).path("table").asText()).isEqualTo("T1");
        assertThat(state.path("cells").get(0).path("value").asText()).isEqualTo("523.18");
        assertThat(state.path("cells").get(1).path("name").asText()).isEqualTo("事业运行");

        JsonNode events = api.get(base + "/history").json().path("events");
        assertThat(events).hasSize(2);
        assertThat(events.get(0).path("sequence").asLong()).isZero();
        assertThat(events.get(0).path("type").asText()).isEqualTo("SubmissionOpened");
        assertThat(events.get(0).path("actor").asText()).isEqualTo(Api.officerOf("420112-FGJ"));
        assertThat(events.get(1).path("type").asText()).isEqualTo("FiguresReported");
        assertThat(events.get(1).path("actor").asText()).isEqualTo(Api.officerOf("420112-FGJ"));
        assertThat(events.get(1).path("payload").path("batchId").asText()).isEqualTo("b1");
        assertThat(Instant.parse(events.get(1).path("timestamp").asText())).isBeforeOrEqualTo(Instant.now());

        // who and which request: Axon metadata on the stored events
        List<MetaData> metaData = storageEngine.readEvents("420112-FGJ:2020").asStream()
                .map(e -> e.getMetaData()).toList();
        assertThat(metaData.get(0)).doesNotContainKey("correlationId");
        assertThat(metaData.get(1)).containsEntry("actor", Api.officerOf("420112-FGJ")).containsEntry("correlationId", "corr-42");

        Api.Response openedAgain = api.post(base, null);
        assertThat(openedAgain.status()).isEqualTo(409);
        assertThat(openedAgain.contentType()).startsWith(PROBLEM_JSON);
        assertThat(openedAgain.json().path("detail").asText()).contains("已开立");
    }

    @Test
    @Order(2)
    void rejectsBadInputNamingTheFieldAndStoresNothing() {
        String base = Api.base("420112-CZJ", 2020);
        assertThat(api.post(base, "{\"templateVersion\":\"MOF-2020\",\"unit\":\"万元\"}").status()).isEqualTo(201);

        Api.Response badCells = api.post(base + "/figures", figures("b1", null,
                cell("T10", "1", "1", "1.00", null),
                cell("T1", "99", "1", "1.00", null),
                cell("T1", "1", "7", "1.00", null),
                cell("T1", "2", "1", "一百", null),
                cell("T1", "3", "1", "1.234", null),
                cell("T1", "4", "1", "5.00", null)));
        assertProblem(badCells, 400, "figures[0].table", "figures[1].row", "figures[2].column", "figures[3].value",
                "figures[4].value");
        assertThat(badCells.json().path("detail").asText()).contains("整批未保存");
        assertThat(badCells.json().path("errors").get(4).path("message").asText()).contains("小数位");

        assertProblem(api.post(base + "/figures", "{\"batchId\":\"b2\",\"figures\":[{\"table\":"), 400, "body");
        assertProblem(api.post(base + "/figures", "{\"batchId\":\"b2\",\"figures\":\"T1\"}"), 400, "figures");
        assertProblem(api.post(base + "/figures",
                "{\"batchId\":\"b2\",\"figures\":[{\"table\":\"T1\",\"row\":\"1\",\"column\":\"1\",\"value\":\"1\"},5]}"),
                400, "figures[1]");
        assertProblem(api.post(base + "/figures", "{\"batchId\":\"b2\",\"expectedVersion\":\"one\",\"figures\":[]}"),
                400, "expectedVersion");
        assertProblem(api.post(base + "/figures", "{\"batchId\":\"b2\",\"expectedVersion\":99999999999999999999999}"),
                400, "expectedVersion");
        assertProblem(api.post(base + "/figures", "{\"figures\":[]}"), 400, "batchId");
        assertProblem(api.post(base + "/figures", ""), 400, "body");
        Map<String, String> textPlain = Api.headersFor(base);
        textPlain.put("Content-Type", "text/plain");
        Api.Response wrongType = api.send("POST", base + "/figures", null, textPlain);
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.contentType()).startsWith(PROBLEM_JSON);

        JsonNode state = api.get(base).json();
        assertThat(state.path("version").asLong()).isEqualTo(1);
        assertThat(state.path("cells")).isEmpty();
        assertThat(api.get(base + "/history").json().path("events")).hasSize(1);
    }

    @Test
    @Order(3)
    void rejectsAnUnknownDepartmentOrYearAndReportsAMissingSubmission() {
        Api.Response unknown = api.post(Api.base("420112-NOPE", 2020), null);
        assertProblem(unknown, 400, "departmentCode");
        assertThat(unknown.json().path("detail").asText()).contains("420112-NOPE");

        assertProblem(api.post(Api.base("420112-CGJ", 2019), null), 400, "fiscalYear");
        assertProblem(api.get("/api/v1/departments/420112-CGJ/submissions/20x0"), 400, "fiscalYear");

        Api.Response missing = api.get(Api.base("420112-CGJ", 2020));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith(PROBLEM_JSON);
        assertThat(missing.json().path("detail").asText()).contains("尚未开立");
        assertThat(api.post(Api.base("420112-CGJ", 2020) + "/submit", null).status()).isEqualTo(404);
    }

    @Test
    @Order(3)
    void aYearNewerThanEveryTemplateOpensWithTheNearestEarlierOneOfItsFamily() {
        Api.Response opened = api.post(Api.base("420112-CGJ", 2027), null);
        assertThat(opened.status()).as(opened.raw()).isEqualTo(201);
        assertThat(opened.json().path("templateVersion").asText()).isEqualTo("MOF-2025");

        Api.Response shanghai = api.post(Api.base("420112-CZJ", 2027), "{\"templateVersion\":\"SH-2025\"}");
        assertThat(shanghai.status()).as(shanghai.raw()).isEqualTo(201);
        // an older template of the family is not the one a newer year is read with
        assertProblem(api.post(Api.base("420112-FGJ", 2027), "{\"templateVersion\":\"SH-2024\"}"), 400,
                "templateVersion");
    }

    @Test
    @Order(4)
    void aStaleVersionIsAConflict() {
        String base = Api.base("420112-JYJ", 2020);
        api.post(base, null);
        assertThat(api.post(base + "/figures", figures("b1", 1L, cell("T1", "1", "1", "1.00", null))).status())
                .isEqualTo(200);

        Api.Response stale = api.post(base + "/figures", figures("b2", 1L, cell("T1", "2", "1", "2.00", null)));
        assertProblem(stale, 409, "expectedVersion");
        assertThat(stale.json().path("detail").asText()).contains("当前为第 2 版");

        Map<String, String> ifMatch = Api.headersFor(base);
        ifMatch.put("If-Match", "\"1\"");
        assertThat(api.post(base + "/figures", figures("b2", null, cell("T1", "2", "1", "2.00", null)), ifMatch)
                .status()).isEqualTo(409);
        ifMatch.put("If-Match", "\"2\"");
        Api.Response current = api.post(base + "/figures", figures("b2", null, cell("T1", "2", "1", "2.00", null)),
                ifMatch);
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.etag()).isEqualTo("\"3\"");
        ifMatch.put("If-Match", "latest");
        assertProblem(api.post(base + "/submit", null, ifMatch), 400, "If-Match");

        assertThat(api.get(base + "/history").json().path("events")).hasSize(3);
    }

    @Test
    @Order(5)
    void narrativeEvaluationsSubmitAndWithdraw() {
        String base = Api.base("420112-WJJ", 2020);
        api.post(base, null);
        assertThat(api.post(base + "/submit", null).status()).isEqualTo(409); // nothing reported yet
        api.post(base + "/figures", figures("b1", null, cell("T1", "1", "1", "523.18", null),
                cell("T3", "2010350", "1", "452.60", "事业运行")));
        String narrative = """
                {"sections":[{"id":"1","title":"部门决算情况说明","text":"2020年度收入总计523.18万元。"}],
                 "claims":[{"id":"c1","section":"1","kind":"amount","subject":"收入总计","value":"523.18",
                            "unit":"万元","text":"收入总计523.18万元"}]}""";
        assertThat(api.put(base + "/narrative", narrative).json().path("version").asLong()).isEqualTo(3);
        String evaluation = """
                {"scope":"project","name":"网格化服务","budget":"100.00","executed":"98.50","rate":"98.5",
                 "indicators":[{"level1":"产出指标","name":"覆盖率","target":"≥95%","actual":"97%","weight":"10","score":"10"}]}""";
        assertThat(api.post(base + "/evaluations", evaluation).json().path("version").asLong()).isEqualTo(4);
        assertProblem(api.post(base + "/evaluations", "{\"scope\":\"unit\",\"budget\":\"1,000\"}"), 400,
                "scope", "budget");

        Api.Response submitted = api.post(base + "/submit", "{\"expectedVersion\":4}");
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(api.get(base).json().path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(api.post(base + "/figures", figures("b2", null, cell("T1", "2", "1", "1.00", null))).status())
                .isEqualTo(409);

        assertThat(api.post(base + "/withdraw", "{\"reason\":\"补充绩效自评\"}").status()).isEqualTo(200);
        assertThat(api.post(base + "/withdraw", null).status()).isEqualTo(409);
        assertThat(api.post(base + "/figures/withdrawals",
                "{\"batchId\":\"w1\",\"cells\":[{\"table\":\"T1\",\"row\":\"1\",\"column\":\"1\"}]}").status())
                .isEqualTo(200);
        assertProblem(api.post(base + "/figures/withdrawals",
                "{\"batchId\":\"w2\",\"cells\":[{\"table\":\"T1\",\"row\":\"1\",\"column\":\"1\"}]}"), 400, "cells[0]");

        // a correction of the amount alone keeps the subject's name, as validation and publication read it
        assertThat(api.post(base + "/figures", figures("b3", null, cell("T3", "2010350", "1", "450.00", null)))
                .status()).isEqualTo(200);

        JsonNode state = api.get(base).json();
        assertThat(state.path("status").asText()).isEqualTo("DRAFT");
        assertThat(state.path("version").asLong()).isEqualTo(8);
        assertThat(state.path("cells")).hasSize(1);
        assertThat(state.path("cells").get(0).path("value").asText()).isEqualTo("450.00");
        assertThat(state.path("cells").get(0).path("name").asText()).isEqualTo("事业运行");
        // the review so far: submitted, then withdrawn by the department with its reason; never published
        assertThat(state.path("publishedVersion").asInt()).isZero();
        assertThat(state.path("publishedVersions")).isEmpty();
        assertThat(state.path("reviewHistory")).hasSize(2);
        assertThat(state.path("reviewHistory").get(0).path("type").asText()).isEqualTo("SubmissionSubmitted");
        assertThat(state.path("reviewHistory").get(1).path("type").asText()).isEqualTo("SubmissionWithdrawn");
        assertThat(state.path("reviewHistory").get(1).path("comment").asText()).isEqualTo("补充绩效自评");
        assertThat(state.path("reviewHistory").get(1).path("actor").asText()).isEqualTo(Api.officerOf("420112-WJJ"));
        assertThat(state.path("narrative").path("claims").get(0).path("value").asText()).isEqualTo("523.18");
        assertThat(state.path("evaluations").get(0).path("evaluationId").asText()).isEqualTo("project:网格化服务");
        assertThat(state.path("evaluations").get(0).path("indicators").get(0).path("target").asText())
                .isEqualTo("≥95%");
    }

    @Test
    @Order(6)
    void aWriterThatLostTheRaceGetsAConflictAndTheNextTrySucceeds() {
        String base = Api.base("420112-MZJ", 2020);
        String id = SubmissionIds.of("420112-MZJ", 2020);
        api.post(base, null);
        api.post(base + "/figures", figures("b1", null, cell("T1", "1", "1", "1.00", null))); // now cached at v2

        // another instance of the service appends sequence 2 to the same store
        storageEngine.appendEvents(domainEvent(id, 2, "other-instance"));
        // the store itself refuses a second event in an occupied slot, as a racing writer would produce
        assertThatThrownBy(() -> storageEngine.appendEvents(domainEvent(id, 2, "racer")))
                .isInstanceOf(ConcurrencyException.class);
        assertThatThrownBy(() -> storageEngine.appendEvents(domainEvent(id, 0, "racer")))
                .isInstanceOf(AggregateStreamCreationException.class);

        Api.Response lost = api.post(base + "/figures", figures("b2", null, cell("T1", "2", "1", "2.00", null)));
        assertThat(lost.status()).isEqualTo(409);
        assertThat(lost.contentType()).startsWith(PROBLEM_JSON);
        assertThat(lost.json().path("detail").asText()).contains("另一个请求");

        Api.Response retried = api.post(base + "/figures", figures("b2", null, cell("T1", "2", "1", "2.00", null)));
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().path("version").asLong()).isEqualTo(4);
        JsonNode events = api.get(base + "/history").json().path("events");
        assertThat(events).hasSize(4);
        assertThat(events.get(2).path("actor").asText()).isEqualTo("other-instance");
    }

    @Test
    @Order(7)
    void acceptsAFullBatchOfFiveThousandCellsAndRefusesOneMore() {
        String base = Api.base("420112-XFJ", 2020);
        api.post(base, null);
        List<ObjectNode> cells = new ArrayList<>();
        for (int code = 2010101; cells.size() < 5001; code++) {
            for (int column = 1; column <= 6 && cells.size() < 5001; column++) {
                cells.add(cell("T3", String.valueOf(code), String.valueOf(column), "12345.67",
                        "一般公共服务支出之行政运行项目名称" + code));
            }
        }
        assertProblem(api.post(base + "/figures", figures("too-many", null, cells.toArray(ObjectNode[]::new))),
                400, "figures");
        Api.Response full = api.post(base + "/figures",
                figures("full", null, cells.subList(0, 5000).toArray(ObjectNode[]::new)));
        assertThat(full.status()).isEqualTo(200);
        assertThat(full.json().path("storedEvent").asBoolean()).isTrue();
        assertThat(api.get(base).json().path("cells")).hasSize(5000);
    }

    @Test
    @Order(8)
    void onlyAVerifiedTokenOfTheDepartmentGetsInButHealthAndMetricsStayOpen() {
        String base = Api.base("420112-FGJ", 2020);
        Api.Response direct = api.send("GET", base, null, Map.of());
        assertThat(direct.status()).isEqualTo(401);
        assertThat(direct.contentType()).startsWith(PROBLEM_JSON);
        assertThat(direct.json().path("detail").asText()).contains("令牌");
        String batch = figures("x", null, cell("T1", "1", "1", "1.00", null));
        for (String bad : List.of("guessed", TestTokens.expired("420112-FGJ"), TestTokens.signedByAnotherKey("420112-FGJ"),
                TestTokens.ofAnotherIssuer("420112-FGJ"), TestTokens.tampered("420112-CZJ", "420112-FGJ"))) {
            assertThat(api.send("POST", base + "/figures", batch, Map.of("Authorization", "Bearer " + bad)).status())
                    .isEqualTo(401);
            assertThat(api.send("GET", base, null, Map.of("Authorization", "Bearer " + bad)).raw())
                    .doesNotContain("cells");
        }
        // another department: not there, whether it exists (FGJ) or not (SFJ); the bureau reads but does not write
        Map<String, String> czj = Map.of("Authorization", "Bearer " + TestTokens.department("420112-CZJ"));
        Api.Response other = api.send("GET", base, null, czj);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.raw()).doesNotContain("cells");
        assertThat(api.send("GET", Api.base("420112-SFJ", 2020), null, czj).status()).isEqualTo(404);
        assertThat(api.send("POST", base + "/figures", batch, czj).status()).isEqualTo(404);
        Map<String, String> bureau = Map.of("Authorization", "Bearer " + TestTokens.bureau());
        assertThat(api.send("GET", base, null, bureau).status()).isEqualTo(200);
        assertThat(api.send("POST", base + "/figures", batch, bureau).status()).isEqualTo(403);
        assertThat(api.get(base).json().path("cells").toString()).doesNotContain("\"x\"");

        // through the gateway, a wrong address or method is a problem too, not an HTML error page
        Api.Response noSuchPath = api.get("/api/v1/nothing-here");
        assertThat(noSuchPath.status()).isEqualTo(404);
        assertThat(noSuchPath.contentType()).startsWith(PROBLEM_JSON);
        Api.Response wrongMethod = api.send("DELETE", base, null, Api.headersFor(base));
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.contentType()).startsWith(PROBLEM_JSON);
        assertThat(wrongMethod.json().path("detail").asText()).contains("DELETE");

        assertThat(api.send("GET", "/actuator/health", null, Map.of()).status()).isEqualTo(200);
        Api.Response metrics = api.send("GET", "/actuator/prometheus", null, Map.of());
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.raw()).contains("finacct_outbox_forwarded");
    }

    @Test
    @Order(9)
    void everyStoredEventArrivesOnTheTopicInOrderWithContiguousSequences() {
        String base = Api.base("420112-CGJ", 2020);
        api.post(base, null);
        api.post(base + "/figures", figures("b1", null, cell("T1", "1", "1", "1.00", null)));
        api.post(base + "/submit", null);

        Map<String, List<String>> storedTypes = new LinkedHashMap<>();
        for (String dept : DEPARTMENTS) {
            JsonNode history = api.get(Api.base(dept, 2020) + "/history").json().path("events");
            List<String> types = new ArrayList<>();
            history.forEach(e -> types.add(e.path("type").asText()));
            storedTypes.put(SubmissionIds.of(dept, 2020), types);
        }
        assertThat(storedTypes.values()).allSatisfy(types -> assertThat(types).isNotEmpty());

        Map<String, List<EventEnvelope>> topic = TopicReader.await(Set.copyOf(storedTypes.keySet()),
                seen -> storedTypes.entrySet().stream()
                        .allMatch(s -> firstSeen(seen.get(s.getKey())).size() >= s.getValue().size()),
                Duration.ofSeconds(60));

        storedTypes.forEach((id, types) -> {
            List<EventEnvelope> envelopes = topic.get(id);
            assertThat(firstSeen(envelopes)).as("sequences of %s on the topic", id).isEqualTo(zeroTo(types.size()));
            List<String> topicTypes = new ArrayList<>();
            for (long seq = 0; seq < types.size(); seq++) {
                final long s = seq;
                EventEnvelope e = envelopes.stream().filter(x -> x.sequence() == s).findFirst().orElseThrow();
                topicTypes.add(e.type());
                assertThat(e.submissionId()).isEqualTo(id);
                assertThat(e.schemaVersion()).isEqualTo(1);
                assertThat(e.eventId()).isNotBlank();
                assertThat(e.actor()).isNotBlank();
                assertThat(Instant.parse(e.timestamp())).isNotNull();
                assertThat(e.payload().path("submissionId").asText()).isEqualTo(id);
            }
            assertThat(topicTypes).as("event types of %s", id).isEqualTo(types);
        });
        // the 5,000-cell batch made it through Kafka's record size limit too
        assertThat(topic.get("420112-XFJ:2020").stream()
                .filter(e -> e.type().equals("FiguresReported"))
                .mapToInt(e -> e.payload().path("figures").size()).max().orElse(0)).isEqualTo(5000);
    }

    @Test
    @Order(10)
    void noTransactionManagerWrapsTheEventStoreAndTheTopicHasThreePartitions() {
        // mongo-java-server has no replica set, so no multi-document transactions: nothing may try to open one
        assertThat(context.getBeansOfType(PlatformTransactionManager.class)).isEmpty();
        assertThat(context.getBean(TransactionManager.class)).isSameAs(NoTransactionManager.INSTANCE);
        assertThat(TopicReader.partitionCount()).isEqualTo(3);
    }

    /**
     * axon-mongo's tracking token only looks back one second before its timestamp; an event committed later than
     * that after its own timestamp (a slow commit) is never handed to the processor. Its successor reveals the gap
     * and the forwarder reads the missing event by submission id, so the topic still has every sequence.
     */
    @Test
    @Order(11)
    void anEventTheTrackingStreamSkipsIsStillForwardedWhenItsSuccessorArrives() {
        String id = SubmissionIds.of("420112-JYJ", 2020); // three events, forwarded by now (test 9 waited for them)
        TopicReader.await(Set.of(id), seen -> firstSeen(seen.get(id)).size() >= 3, Duration.ofSeconds(30));
        double filledBefore = gapFills();

        Instant longAgo = Instant.now().minus(Duration.ofHours(1));
        storageEngine.appendEvents(new GenericDomainEventMessage<>("FinalAccountsSubmission", id, 3,
                narrative(id, "迟到的提交"), MetaData.with("actor", "slow-writer"), UUID.randomUUID().toString(),
                longAgo));
        storageEngine.appendEvents(domainEvent(id, 4, "next-writer"));

        Map<String, List<EventEnvelope>> topic = TopicReader.await(Set.of(id),
                seen -> firstSeen(seen.get(id)).size() >= 5, Duration.ofSeconds(60));
        assertThat(firstSeen(topic.get(id))).isEqualTo(zeroTo(5));
        assertThat(topic.get(id).stream().filter(e -> e.sequence() == 3).findFirst().orElseThrow().actor())
                .isEqualTo("slow-writer");
        assertThat(gapFills()).isGreaterThan(filledBefore);
    }

    private double gapFills() {
        return context.getBean(MeterRegistry.class).counter("finacct.outbox.gap.filled").count();
    }

    // ---- helpers ----

    private static void assertProblem(Api.Response response, int status, String... fields) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.json().path("status").asInt()).isEqualTo(status);
        assertThat(response.json().path("detail").asText()).isNotBlank()
                .matches(d -> d.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                        "is written in Chinese");
        assertThat(response.errorFields()).containsExactly(fields);
    }

    private static ObjectNode cell(String table, String row, String column, String value, String name) {
        ObjectNode cell = JSON.createObjectNode().put("table", table).put("row", row).put("column", column)
                .put("value", value);
        if (name != null) {
            cell.put("name", name);
        }
        return cell;
    }

    private static String figures(String batchId, Long expectedVersion, ObjectNode... cells) {
        ObjectNode body = JSON.createObjectNode().put("batchId", batchId);
        if (expectedVersion != null) {
            body.put("expectedVersion", expectedVersion);
        }
        ArrayNode figures = body.putArray("figures");
        for (ObjectNode c : cells) {
            figures.add(c);
        }
        return body.toString();
    }

    private static GenericDomainEventMessage<NarrativeReported> domainEvent(String id, long sequence, String actor) {
        return new GenericDomainEventMessage<>("FinalAccountsSubmission", id, sequence, narrative(id, "另一实例写入"),
                MetaData.with("actor", actor));
    }

    private static NarrativeReported narrative(String id, String text) {
        return new NarrativeReported(id, List.of(new NarrativeSection("1", "概况", text)), List.of());
    }
}
