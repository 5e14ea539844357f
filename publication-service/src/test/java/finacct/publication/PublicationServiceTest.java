package finacct.publication;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.kernel.events.CellRef;
import finacct.kernel.events.EventEnvelope;
import finacct.kernel.events.Figure;
import finacct.kernel.events.FiguresReported;
import finacct.kernel.events.FiguresWithdrawn;
import finacct.kernel.events.NarrativeClaim;
import finacct.kernel.events.NarrativeReported;
import finacct.kernel.events.NarrativeSection;
import finacct.kernel.events.PerformanceEvaluationReported;
import finacct.kernel.events.SubmissionApproved;
import finacct.kernel.events.SubmissionPublished;
import finacct.kernel.events.SubmissionSubmitted;
import finacct.kernel.results.SubmissionValidated;
import finacct.kernel.results.YearOnYear;
import finacct.kernel.registry.DepartmentRegistry;
import finacct.publication.store.SubmissionEvents;
import finacct.service.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.RequestEntity;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PublicationServiceTest extends PublicationTestSupport {

    @Autowired
    SubmissionEvents stored;

    @Test
    void theReadModelShowsCellsStatusHistoryAndTheValidation() throws Exception {
        String id = "420112-SFJ:2020";
        produce(envelope(0, opened(id, 2020), "科员甲"));
        produce(envelope(1, new FiguresReported(id, "b1", List.of(
                new Figure("T1", "1", "1", "352.60", null), new Figure("T1", "27", "1", "377.55", null),
                new Figure("T3", "2010350", "3", "12.00", "事业运行"))), "科员甲"));
        produce(envelope(2, new NarrativeReported(id,
                List.of(new NarrativeSection("s1", "收入支出决算总体情况说明", "2020年度收入总计377.55万元。")),
                List.of(new NarrativeClaim("c1", "s1", "amount", "income.total", null, "377.55", "万元", "收入总计377.55万元"))),
                "科员甲"));
        produce(envelope(3, new PerformanceEvaluationReported(id, "dept", "department", "部门整体支出绩效自评",
                "500.00", "377.54", "95.5%", "10", "9.55", List.of(), "92"), "科员甲"));
        produce(envelope(4, new SubmissionSubmitted(id), "科长乙"));
        SubmissionValidated result = validated(id, 4, 1, 0);
        produce(new SubmissionValidated(result.submissionId(), result.departmentCode(), result.fiscalYear(),
                result.templateVersion(), result.basedOnSequence(), result.status(), result.ruleSetVersion(),
                result.validatedAt(), result.tables(), result.findings(), result.counts(),
                new YearOnYear(2020, 2019, "平台保存的 2019 年度申报", List.of(new YearOnYear.Line("T1", "27", "1",
                        "本年收入合计（收入金额）", "377.55", "300.00", "77.55", "25.85"),
                        new YearOnYear.Line("T1", "30", "1", "总计（收入金额）", "377.55", "350.00", "27.55", "7.87")))));

        JsonNode model = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> readModel("420112-SFJ", 2020),
                        m -> m != null && m.get("version").asLong() == 5 && m.hasNonNull("validation"));

        assertThat(model.get("departmentName").asText()).isEqualTo("武汉市东西湖区司法局");
        assertThat(model.get("fiscalYear").asInt()).isEqualTo(2020);
        assertThat(model.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(model.get("cells")).hasSize(3);
        assertThat(model.get("cells").get(2).get("name").asText()).isEqualTo("事业运行");
        assertThat(model.get("narrative").get("claims").get(0).get("value").asText()).isEqualTo("377.55");
        // the tables are recomputed from the cells: 表1 本年收入合计 from its lines
        assertThat(cell(model, "T1", "27", "1").get("stated").asText()).isEqualTo("377.55");
        assertThat(cell(model, "T1", "27", "1").get("computed").asText()).isEqualTo("352.60");
        assertThat(model.get("evaluations").get(0).get("totalScore").asText()).isEqualTo("92");
        assertThat(model.get("history")).hasSize(5);
        assertThat(model.get("history").get(4).get("type").asText()).isEqualTo("SubmissionSubmitted");
        assertThat(model.get("history").get(4).get("actor").asText()).isEqualTo("科长乙");
        JsonNode validation = model.get("validation");
        assertThat(validation.get("basedOnSequence").asLong()).isEqualTo(4);
        assertThat(validation.get("current").asBoolean()).isTrue();
        assertThat(validation.get("errors").asInt()).isEqualTo(1);
        assertThat(validation.get("warnings").asInt()).isEqualTo(0);
        assertThat(validation.get("findings").get(0).get("ruleId").asText()).isEqualTo("T1-27");
        assertThat(validation.get("findings").get(0).get("cells").get(0).get("row").asText()).isEqualTo("27");
        // the first chart sets this year's 收入总计 beside last year's, as the validation compared them
        JsonNode totals = model.get("charts").get("incomeExpenditureTotals");
        assertThat(totals.get("title").asText()).isEqualTo("收支决算总计变动情况");
        assertThat(totals.get("items").get(0).get("name").asText()).isEqualTo("收入总计");
        assertThat(totals.get("items").get(0).get("previous").asText()).isEqualTo("350.00");
        // the bureau sees the department's year on year
        JsonNode yoy = validation.get("yearOnYear");
        assertThat(yoy.get("previousFiscalYear").asInt()).isEqualTo(2019);
        assertThat(yoy.get("lines").get(0).get("previous").asText()).isEqualTo("300.00");
        assertThat(yoy.get("lines").get(0).get("rate").asText()).isEqualTo("25.85");
    }

    @Test
    void eventsOutOfOrderWaitForTheGapAndDuplicatesChangeNothing() throws Exception {
        String id = "420112-CZJ:2020";
        EventEnvelope e0 = envelope(0, opened(id, 2020), "科员甲");
        EventEnvelope e1 = envelope(1, new FiguresReported(id, "b1", List.of(
                new Figure("T1", "1", "1", "100.00", null), new Figure("T1", "5", "1", "20.00", null))), "科员甲");
        EventEnvelope e2 = envelope(2, new FiguresWithdrawn(id, "b2", List.of(new CellRef("T1", "5", "1"))), "科员甲");
        EventEnvelope e3 = envelope(3, new SubmissionSubmitted(id), "科员甲");
        produce(e0);
        produce(e2);
        produce(e3);
        produce(e2);
        awaitConsumed();

        JsonNode waiting = readModel("420112-CZJ", 2020);
        assertThat(waiting.get("version").asLong()).isEqualTo(1);
        assertThat(waiting.get("status").asText()).isEqualTo("DRAFT");
        assertThat(stored.stream(id)).hasSize(1);

        produce(e1);
        JsonNode filled = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> readModel("420112-CZJ", 2020), m -> m.get("version").asLong() == 4);
        assertThat(filled.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(filled.get("cells")).hasSize(1);
        assertThat(filled.get("cells").get(0).get("value").asText()).isEqualTo("100.00");
        assertThat(filled.get("history")).extracting(h -> h.get("sequence").asLong()).containsExactly(0L, 1L, 2L, 3L);
        awaitConsumed();
        String before = get("/api/v1/read-models/420112-CZJ/2020", TOKEN).getBody();
        long storedBefore = stored.count();

        produce(e0);
        produce(e1);
        produce(e3);
        awaitConsumed();

        assertThat(get("/api/v1/read-models/420112-CZJ/2020", TOKEN).getBody()).isEqualTo(before);
        assertThat(stored.count()).isEqualTo(storedBefore);
    }

    @Test
    void anOlderValidationDoesNotReplaceANewerOne() throws Exception {
        String id = "420112-JYJ:2020";
        produce(envelope(0, opened(id, 2020), "科员甲"));
        produce(validated(id, 3, 2, 1));
        produce(validated(id, 1, 5, 5));
        awaitConsumed();

        JsonNode validation = readModel("420112-JYJ", 2020).get("validation");
        assertThat(validation.get("basedOnSequence").asLong()).isEqualTo(3);
        assertThat(validation.get("errors").asInt()).isEqualTo(2);
    }

    @Test
    void theOverviewListsEveryDepartmentAndTotalsTheSubmittedOnes() throws Exception {
        String submitted = "420112-SFJ:2019";
        produce(envelope(0, opened(submitted, 2019), "科员甲"));
        produce(envelope(1, new FiguresReported(submitted, "b1", List.of(
                new Figure("T1", "27", "1", "377.55", null), new Figure("T1", "57", "2", "400.00", null))), "科员甲"));
        produce(envelope(2, new SubmissionSubmitted(submitted), "科员甲"));
        produce(validated(submitted, 2, 1, 2));
        String approved = "420112-XFJ:2019";
        produce(envelope(0, opened(approved, 2019), "科员甲"));
        produce(envelope(1, new FiguresReported(approved, "b1", List.of(
                new Figure("T1", "27", "1", "22.45", null), new Figure("T1", "57", "2", "10.00", null))), "科员甲"));
        produce(envelope(2, new SubmissionSubmitted(approved), "科员甲"));
        produce(envelope(3, new SubmissionApproved(approved, 3, 2, "同意"), "审核员丙"));
        String draft = "420112-MZJ:2019";
        produce(envelope(0, opened(draft, 2019), "科员甲"));
        produce(envelope(1, new FiguresReported(draft, "b1", List.of(new Figure("T1", "27", "1", "1000.00", null))),
                "科员甲"));
        awaitConsumed();

        ResponseEntity<String> response = get("/api/v1/overview/2019", TOKEN);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode overview = json.readTree(response.getBody());
        assertThat(overview.get("departments")).hasSize(DepartmentRegistry.loadDefault().all().size());
        assertThat(department(overview, "420112-SFJ").get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(department(overview, "420112-SFJ").get("errors").asInt()).isEqualTo(1);
        assertThat(department(overview, "420112-SFJ").get("warnings").asInt()).isEqualTo(2);
        assertThat(department(overview, "420112-XFJ").get("status").asText()).isEqualTo("APPROVED");
        assertThat(department(overview, "420112-MZJ").get("status").asText()).isEqualTo("DRAFT");
        assertThat(department(overview, "420112-CZJ").get("status").asText()).isEqualTo("NOT_OPENED");
        assertThat(department(overview, "420112-CZJ").get("departmentName").asText()).isEqualTo("武汉市东西湖区财政局");
        JsonNode totals = overview.get("totals");
        assertThat(totals.get("registeredDepartments").asInt()).isEqualTo(DepartmentRegistry.loadDefault().all().size());
        assertThat(totals.get("openedDepartments").asInt()).isEqualTo(3);
        assertThat(totals.get("submittedDepartments").asInt()).isEqualTo(2);
        assertThat(totals.get("incomeTotal").asText()).isEqualTo("400.00");
        assertThat(totals.get("expenditureTotal").asText()).isEqualTo("410.00");
        assertThat(totals.get("errors").asInt()).isEqualTo(1);
    }

    @Test
    void thePublicSeesOnlyPublishedFinalAccounts() throws Exception {
        String id = "420112-SJJ:2020";
        produce(envelope(0, opened(id, 2020), "科员甲"));
        produce(envelope(1, new FiguresReported(id, "b1", List.of(new Figure("T1", "1", "1", "352.60", null))), "科员甲"));
        produce(envelope(2, new SubmissionSubmitted(id), "科员甲"));
        awaitConsumed();

        ResponseEntity<String> draft = get("/public/v1/departments/420112-SJJ/years/2020", null);
        assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(draft.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(json.readTree(draft.getBody()).get("detail").asText()).contains("尚未公开");

        produce(envelope(3, new SubmissionApproved(id, 3, 2, "同意"), "审核员丙"));
        produce(envelope(4, new SubmissionPublished(id, 1), "审核员丙"));
        produce(validated(id, 4, 0, 0));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> get("/public/v1/departments/420112-SJJ/years/2020", null).getStatusCode() == HttpStatus.OK);
        awaitConsumed();

        JsonNode published = json.readTree(get("/public/v1/departments/420112-SJJ/years/2020", null).getBody());
        assertThat(published.get("departmentName").asText()).isEqualTo("武汉市东西湖区审计局");
        assertThat(published.get("publishedAt").asText()).isEqualTo("2021-03-01T08:00:04Z");
        assertThat(published.get("tables").get(0).get("table").asText()).isEqualTo("T1");
        assertThat(published.has("history")).isFalse();
        assertThat(published.has("findings")).isFalse();
    }

    @Test
    void onlyAVerifiedTokenOfTheRightCallerGetsInAndErrorsAreProblems() throws Exception {
        for (String path : List.of("/api/v1/read-models/420112-SFJ/2020", "/api/v1/overview/2020")) {
            ResponseEntity<String> refused = get(path, null);
            assertThat(refused.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
            assertThat(json.readTree(refused.getBody()).get("detail").asText()).contains("令牌");
            for (String bad : List.of("not-a-jwt", TestTokens.expired("420112-SFJ"),
                    TestTokens.signedByAnotherKey("420112-SFJ"), TestTokens.ofAnotherIssuer("420112-SFJ"),
                    TestTokens.tampered("420112-TJJ", "420112-SFJ"))) {
                assertThat(get(path, bad).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            }
        }
        // another department's read model is not there for a department; the overview is the bureau's
        assertThat(get("/api/v1/read-models/420112-SFJ/2020", TestTokens.department("420112-TJJ")).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("/api/v1/overview/2020", TestTokens.department("420112-TJJ")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        // public reads need no token
        assertThat(get("/public/v1/departments/420112-SFJ/years/2020", null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        // ... and a bad token on a public read is ignored, not refused: the answer is the one without a token
        for (String bad : List.of("not-a-jwt", TestTokens.expired("420112-SFJ"), TestTokens.signedByAnotherKey("420112-SFJ"),
                TestTokens.ofAnotherIssuer("420112-SFJ"), TestTokens.tampered("420112-TJJ", "420112-SFJ"))) {
            ResponseEntity<String> publicRead = get("/public/v1/departments/420112-SFJ/years/2020", bad);
            assertThat(publicRead.getStatusCode()).as(bad).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(json.readTree(publicRead.getBody()).get("detail").asText()).doesNotContain("令牌");
        }
        assertThat(get("/actuator/health", null).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("/actuator/prometheus", null).getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<String> none = get("/api/v1/read-models/420112-TJJ/2020", TOKEN);
        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(none.getBody()).get("detail").asText()).contains("还没有");

        ResponseEntity<String> badYear = get("/api/v1/overview/20x0", TOKEN);
        assertThat(badYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(badYear.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("year");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void theTraceIdOfTheCallersTraceparentIsInTheProblemAndInTheServicesLogLine(CapturedOutput output) throws Exception {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        ResponseEntity<String> refused = http.exchange(RequestEntity.get("/api/v1/overview/20x1")
                .header("Authorization", "Bearer " + TOKEN)
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01").build(), String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(refused.getBody()).get("traceId").asText()).isEqualTo(traceId);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getAll().lines()
                .filter(line -> line.contains(traceId)))
                .as("a log line of the request under its trace id")
                .anySatisfy(line -> assertThat(line).contains("answered 400 on /api/v1/overview/20x1")));
    }

    private static JsonNode cell(JsonNode model, String table, String row, String column) {
        for (JsonNode t : model.get("tables")) {
            if (table.equals(t.get("table").asText())) {
                for (JsonNode c : t.get("cells")) {
                    if (row.equals(c.get("row").asText()) && column.equals(c.get("column").asText())) {
                        return c;
                    }
                }
            }
        }
        throw new AssertionError("no cell " + table + "/" + row + "/" + column);
    }
}
