package finacct.submission.review;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.kernel.events.EventEnvelope;
import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.kernel.results.Severity;
import finacct.service.testing.TestTokens;
import finacct.submission.support.Api;
import finacct.submission.support.TestInfra;
import finacct.submission.support.TopicReader;
import finacct.submission.validation.ValidationResultsClient;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review workflow as the bureau's client (through the gateway) sees it, with validation-service stood in for:
 * what is stored, and what is refused with a problem that says why and nothing stored. Fiscal year 2021, so that
 * the submissions differ from the other test classes' on the shared topic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ReviewApiTest {

    private static final String MONGO_URI = TestInfra.startMongo();
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Finding T1_ERROR = new Finding("MOF-T1-27", Severity.ERROR,
            "表1 第27行（本年收入合计）应等于第1至8行之和",
            List.of(new FindingCell("T1", "27", "1", "186.45"), new FindingCell("T1", "1", "1", "162.05")),
            "1864.45", "186.45", "-1678.00");
    private static final Finding WARNING = new Finding("MOF-T6-9", Severity.WARNING, "表6 某项大于其所属类",
            List.of(new FindingCell("T6", "30101", "1", "10.00")), null, null, null);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfra.register(registry, MONGO_URI);
    }

    @TestConfiguration
    static class StubbedValidationService {
        @Bean
        @Primary
        StubValidations stubValidations() {
            return new StubValidations();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    ValidationResultsClient validations;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    private StubValidations stub() {
        return (StubValidations) validations;
    }

    @Test
    void approvingOverErrorsIsRefusedNamingThemAndNothingIsStored() {
        String dept = "420112-RSJ";
        submitted(dept);
        stub().validated(dept, 2, T1_ERROR, WARNING);

        Api.Response refused = api.post(review(dept) + "/approve", "{\"version\": 3, \"comment\": \"同意\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
        assertThat(refused.json().path("detail").asText()).contains("第 3 版的校验结果有 1 处错误", "MOF-T1-27");
        assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("findings[0]");
        assertThat(refused.json().path("errors").get(0).path("message").asText())
                .contains("MOF-T1-27", "表1 第27行", "T1 27 行 1 栏 = 186.45");
        JsonNode finding = refused.json().path("findings").get(0);
        assertThat(finding.path("ruleId").asText()).isEqualTo("MOF-T1-27");
        assertThat(finding.path("cells").get(0).path("row").asText()).isEqualTo("27");
        assertThat(refused.json().path("findings")).hasSize(1); // the WARNING does not stand in the way
        assertThat(eventCount(dept)).isEqualTo(3);
        assertThat(api.get(review(dept)).json().path("status").asText()).isEqualTo("SUBMITTED");
    }

    @Test
    void approvingAVersionChangedSinceIsRefusedAsStaleAndNothingIsStored() {
        String dept = "420112-SJJ";
        submitted(dept);
        // the department takes it back, changes a cell and submits again: version 6, validated as such
        assertThat(api.post(base(dept) + "/withdraw", "{\"expectedVersion\": 3}").status()).isEqualTo(200);
        assertThat(api.post(base(dept) + "/figures", figures("b2", "523.19")).status()).isEqualTo(200);
        assertThat(api.post(base(dept) + "/submit", "{\"expectedVersion\": 5}").status()).isEqualTo(200);
        stub().validated(dept, 5);

        Api.Response refused = api.post(review(dept) + "/approve", "{\"version\": 3}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
        assertThat(refused.json().path("detail").asText()).isEqualTo("审核的是第 3 版，但该决算已改为第 6 版，请重新查看后再审核");
        assertThat(refused.errorFields()).containsExactly("version");
        assertThat(eventCount(dept)).isEqualTo(6);
    }

    @Test
    void approvingBeforeTheVersionIsValidatedIsRefusedAndNothingIsStored() {
        String dept = "420112-TJJ";
        submitted(dept);

        Api.Response none = api.post(review(dept) + "/approve", "{\"version\": 3}");
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.json().path("detail").asText()).contains("第 3 版还没有校验结果");

        stub().validated(dept, 1); // the result of version 2, before the submission: clean, but not of version 3
        Api.Response older = api.post(review(dept) + "/approve", "{\"version\": 3}");
        assertThat(older.status()).isEqualTo(422);
        assertThat(older.contentType()).startsWith(PROBLEM_JSON);
        assertThat(older.json().path("detail").asText()).contains("最新的校验结果针对第 2 版，不是审核的第 3 版");
        assertThat(older.errorFields()).containsExactly("version");

        JsonNode state = api.get(review(dept)).json();
        assertThat(state.path("validation").path("validatedVersion").asLong()).isEqualTo(2);
        assertThat(state.path("validation").path("ofCurrentVersion").asBoolean()).isFalse();
        assertThat(eventCount(dept)).isEqualTo(3);
    }

    @Test
    void validationServiceUnreachableIsA503AndNothingIsStored() {
        String dept = "420112-SFJ";
        submitted(dept);
        stub().unreachable(dept);

        Api.Response answer = api.post(review(dept) + "/approve", "{\"version\": 3}");

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.contentType()).startsWith(PROBLEM_JSON);
        assertThat(answer.json().path("detail").asText()).isEqualTo("暂时无法取得校验结果，请稍后再审核");
        assertThat(eventCount(dept)).isEqualTo(3);
        // the review state is still readable, saying why it shows no validation
        JsonNode state = api.get(review(dept)).json();
        assertThat(state.path("validation").isNull()).isTrue();
        assertThat(state.path("validationNote").asText()).isEqualTo("暂时无法取得校验结果");
    }

    @Test
    void publishesOnlyWhatWasApproved() {
        String dept = "420112-CGJ";
        submitted(dept);
        stub().validated(dept, 2, WARNING);

        Api.Response early = api.post(review(dept) + "/publish", "{\"version\": 3}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().path("detail").asText()).contains("只有已审核通过（APPROVED）的决算可以公开");
        assertThat(eventCount(dept)).isEqualTo(3);

        JsonNode before = api.get(review(dept)).json();
        assertThat(before.path("validation").path("ofCurrentVersion").asBoolean()).isTrue();
        assertThat(before.path("validation").path("warnings").asInt()).isEqualTo(1);

        Api.Response approved = api.post(review(dept) + "/approve", "{\"version\": 3, \"comment\": \"数据无误\"}");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().path("version").asLong()).isEqualTo(4);
        assertThat(approved.json().path("storedEvent").asBoolean()).isTrue();
        // the reviewer's second click: the same approval, nothing new stored, not a "stale version"
        Api.Response again = api.post(review(dept) + "/approve", "{\"version\": 3, \"comment\": \"数据无误\"}");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("storedEvent").asBoolean()).isFalse();
        assertThat(eventCount(dept)).isEqualTo(4);
        Api.Response published = api.post(review(dept) + "/publish", "{\"version\": 4}");
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().path("version").asLong()).isEqualTo(5);

        JsonNode state = api.get(review(dept)).json();
        assertThat(state.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(state.path("publishedVersion").asInt()).isEqualTo(1);
        assertThat(types(state.path("reviewHistory")))
                .containsExactly("SubmissionSubmitted", "SubmissionApproved", "SubmissionPublished");
        JsonNode approval = state.path("reviewHistory").get(1);
        assertThat(approval.path("actor").asText()).isEqualTo("bureau-reviewer");
        assertThat(approval.path("version").asLong()).isEqualTo(3);
        assertThat(approval.path("comment").asText()).isEqualTo("数据无误");
        JsonNode history = api.get(base(dept) + "/history").json().path("events");
        assertThat(history.get(3).path("payload").path("approvedVersion").asLong()).isEqualTo(3);
        assertThat(history.get(3).path("payload").path("validatedSequence").asLong()).isEqualTo(2);
        assertThat(history.get(4).path("payload").path("publishedVersion").asInt()).isEqualTo(1);

        // published: the department can no longer change it without reopening
        Api.Response edit = api.post(base(dept) + "/figures", figures("b9", "1.00"));
        assertThat(edit.status()).isEqualTo(409);
        assertThat(eventCount(dept)).isEqualTo(5);
    }

    @Test
    void aReturnCarriesTheReasonsTheDepartmentReads() {
        String dept = "420112-MZJ";
        submitted(dept);

        Api.Response blank = api.post(review(dept) + "/return", "{\"version\": 3, \"reasons\": [\" \"]}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.contentType()).startsWith(PROBLEM_JSON);
        assertThat(blank.errorFields()).containsExactly("reasons[0]");
        Api.Response none = api.post(review(dept) + "/return", "{\"version\": 3}");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.errorFields()).containsExactly("reasons");
        assertThat(eventCount(dept)).isEqualTo(3);

        Api.Response returned = api.post(review(dept) + "/return",
                "{\"version\": 3, \"reasons\": [\"表1第27行合计与明细不符\", \"情况说明未说明三公经费增减原因\"]}");
        assertThat(returned.status()).isEqualTo(200);

        // the department reads the reasons in its own view of the submission, and can edit again
        JsonNode state = api.get(base(dept)).json();
        assertThat(state.path("status").asText()).isEqualTo("RETURNED");
        JsonNode last = state.path("reviewHistory").get(state.path("reviewHistory").size() - 1);
        assertThat(last.path("type").asText()).isEqualTo("SubmissionReturned");
        assertThat(last.path("actor").asText()).isEqualTo("bureau-reviewer");
        assertThat(last.path("reasons").get(0).asText()).isEqualTo("表1第27行合计与明细不符");
        assertThat(last.path("reasons").get(1).asText()).isEqualTo("情况说明未说明三公经费增减原因");
        assertThat(api.post(base(dept) + "/figures", figures("b2", "523.19")).status()).isEqualTo(200);
    }

    @Test
    void aCorrectionAfterPublicationIsPublishedAsVersionTwo() {
        String dept = "420112-XFJ";
        String id = dept + ":2021";
        submitted(dept);
        stub().validated(dept, 2);
        assertThat(api.post(review(dept) + "/approve", "{\"version\": 3}").status()).isEqualTo(200);
        assertThat(api.post(review(dept) + "/publish", "{\"version\": 4}").status()).isEqualTo(200);

        // only the department reopens, and only with a reason
        Api.Response byBureau = api.send("POST", base(dept) + "/reopen", "{\"reason\": \"更正\"}",
                Map.of("Authorization", "Bearer " + TestTokens.bureau()));
        assertThat(byBureau.status()).isEqualTo(403);
        Api.Response noReason = api.post(base(dept) + "/reopen", "{\"expectedVersion\": 5}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactly("reason");
        assertThat(eventCount(dept)).isEqualTo(5);

        Api.Response reopened = api.post(base(dept) + "/reopen",
                "{\"expectedVersion\": 5, \"reason\": \"表1第1行录入错误\"}");
        assertThat(reopened.status()).isEqualTo(200);
        assertThat(api.get(base(dept)).json().path("status").asText()).isEqualTo("DRAFT");
        assertThat(api.post(base(dept) + "/figures", figures("b2", "523.19")).status()).isEqualTo(200);
        assertThat(api.post(base(dept) + "/submit", "{\"expectedVersion\": 7}").status()).isEqualTo(200);
        stub().validated(dept, 7);
        assertThat(api.post(review(dept) + "/approve", "{\"version\": 8}").status()).isEqualTo(200);
        assertThat(api.post(review(dept) + "/publish", "{\"version\": 9}").status()).isEqualTo(200);

        JsonNode state = api.get(base(dept)).json();
        assertThat(state.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(state.path("publishedVersion").asInt()).isEqualTo(2);
        JsonNode published = state.path("publishedVersions");
        assertThat(published).hasSize(2);
        assertThat(published.get(0).path("publishedVersion").asInt()).isEqualTo(1);
        assertThat(published.get(0).path("submissionVersion").asLong()).isEqualTo(3);
        assertThat(published.get(1).path("publishedVersion").asInt()).isEqualTo(2);
        assertThat(published.get(1).path("submissionVersion").asLong()).isEqualTo(8);
        assertThat(published.get(1).path("publishedBy").asText()).isEqualTo("bureau-reviewer");
        List<String> expected = List.of("SubmissionOpened", "FiguresReported", "SubmissionSubmitted",
                "SubmissionApproved", "SubmissionPublished", "SubmissionReopened", "FiguresReported",
                "SubmissionSubmitted", "SubmissionApproved", "SubmissionPublished");
        assertThat(types(api.get(base(dept) + "/history").json().path("events"))).isEqualTo(expected);
        JsonNode reopenStep = state.path("reviewHistory").get(3);
        assertThat(reopenStep.path("type").asText()).isEqualTo("SubmissionReopened");
        assertThat(reopenStep.path("actor").asText()).isEqualTo(Api.officerOf(dept));
        assertThat(reopenStep.path("comment").asText()).isEqualTo("表1第1行录入错误");

        // and the other services get them, in order, on the topic
        Map<String, List<EventEnvelope>> onTopic = TopicReader.await(Set.of(id),
                m -> TopicReader.firstSeen(m.get(id)).size() >= expected.size(), Duration.ofSeconds(60));
        List<String> topicTypes = new ArrayList<>();
        List<Long> seen = new ArrayList<>();
        for (EventEnvelope e : onTopic.get(id)) {
            if (!seen.contains(e.sequence())) {
                seen.add(e.sequence());
                topicTypes.add(e.type());
            }
        }
        assertThat(seen).isEqualTo(TopicReader.zeroTo(expected.size()));
        assertThat(topicTypes).isEqualTo(expected);
    }

    @Test
    void theReviewRoutesAreTheBureausOnly() {
        String dept = "420112-WJJ";
        submitted(dept);
        stub().validated(dept, 2);
        Map<String, String> officer = Map.of("Authorization", "Bearer " + TestTokens.department(dept));

        Api.Response read = api.send("GET", review(dept), null, officer);
        Api.Response approve = api.send("POST", review(dept) + "/approve", "{\"version\": 3}", officer);
        Api.Response publish = api.send("POST", review(dept) + "/publish", "{\"version\": 3}", officer);

        assertThat(List.of(read.status(), approve.status(), publish.status())).containsOnly(403);
        assertThat(approve.contentType()).startsWith(PROBLEM_JSON);
        assertThat(eventCount(dept)).isEqualTo(3);
        assertThat(api.send("GET", review(dept), null, Map.of()).status()).isEqualTo(401);
    }

    @Test
    void servesATemplateToLayOutTheTables() {
        Api.Response template = api.get("/api/v1/templates/MOF-2021");
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.json().path("version").asText()).isEqualTo("MOF-2021");
        assertThat(template.json().path("tables")).hasSize(9);
        JsonNode t1 = template.json().path("tables").get(0);
        assertThat(t1.path("id").asText()).isEqualTo("T1");
        assertThat(t1.path("title").asText()).isEqualTo("收入支出决算总表");
        assertThat(t1.path("rows").get(0).path("label").asText()).isEqualTo("一、一般公共预算财政拨款收入");

        Api.Response unknown = api.get("/api/v1/templates/MOF-1999");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith(PROBLEM_JSON);
    }

    // ---- helpers ----

    private static String base(String dept) {
        return Api.base(dept, 2021);
    }

    private static String review(String dept) {
        return "/api/v1/reviews/" + dept + "/2021";
    }

    /** Opened, one batch, submitted: version 3, whose validation is based on event 2. */
    private void submitted(String dept) {
        assertThat(api.post(base(dept), null).status()).isEqualTo(201);
        assertThat(api.post(base(dept) + "/figures", figures("b1", "523.18")).status()).isEqualTo(200);
        Api.Response submitted = api.post(base(dept) + "/submit", "{\"expectedVersion\": 2}");
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.json().path("version").asLong()).isEqualTo(3);
    }

    private static String figures(String batchId, String value) {
        return "{\"batchId\": \"" + batchId + "\", \"figures\": [{\"table\": \"T1\", \"row\": \"1\", \"column\": \"1\", "
                + "\"value\": \"" + value + "\"}]}";
    }

    private long eventCount(String dept) {
        return storageEngine.readEvents(dept + ":2021").asStream().count();
    }

    private static List<String> types(JsonNode entries) {
        List<String> types = new ArrayList<>();
        entries.forEach(e -> types.add(e.path("type").asText()));
        return types;
    }
}
