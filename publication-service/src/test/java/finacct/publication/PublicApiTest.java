package finacct.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import finacct.kernel.events.Figure;
import finacct.kernel.events.FiguresReported;
import finacct.kernel.events.SubmissionApproved;
import finacct.kernel.events.SubmissionEvent;
import finacct.kernel.events.SubmissionPublished;
import finacct.kernel.events.SubmissionReopened;
import finacct.kernel.events.SubmissionReturned;
import finacct.kernel.events.SubmissionSubmitted;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The public JSON: published versions only, every version kept, cacheable, open to any origin, described by its schema. */
class PublicApiTest extends PublicationTestSupport {

    private static final String DEPT = "420112-WJJ";
    private static final int YEAR = 2022;
    private static final String ID = DEPT + ":" + YEAR;
    private static final String BASE = "/public/v1/final-accounts/" + YEAR + "/" + DEPT;

    private int sequence;

    private void next(SubmissionEvent event, String actor) throws Exception {
        produce(envelope(sequence++, event, actor));
    }

    @Test
    void onlyPublishedVersionsShowAndEveryPublishedVersionStaysReadable() throws Exception {
        next(opened(ID, YEAR, "MOF-2022"), "科员甲");
        next(new FiguresReported(ID, "b1", List.of(new Figure("T1", "1", "1", "352.60", null),
                new Figure("T3", "2010350", "2", "352.60", "事业运行"))), "科员甲");
        assertHidden("DRAFT");
        next(new SubmissionSubmitted(ID), "科员甲");
        assertHidden("SUBMITTED");
        next(new SubmissionReturned(ID, List.of("表3 项目支出为空，请补充")), "审核员丙");
        assertHidden("RETURNED");
        next(new SubmissionSubmitted(ID), "科员甲");
        next(new SubmissionApproved(ID, 5, 4, "同意"), "审核员丙");
        assertHidden("APPROVED");
        next(new SubmissionPublished(ID, 1), "审核员丙");
        awaitReadModel(DEPT, YEAR, sequence);

        ResponseEntity<String> first = get(BASE, null);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode v1 = json.readTree(first.getBody());
        assertThat(v1.get("publishedVersion").asInt()).isEqualTo(1);
        assertThat(v1.get("departmentName").asText()).isEqualTo("武汉市东西湖区卫生健康局");
        assertThat(v1.get("publishedAt").asText()).isEqualTo("2021-03-01T08:00:06Z");
        assertThat(amount(v1, "T1", "1", "1")).isEqualTo("352.60");
        assertThat(v1.has("findings")).isFalse();
        assertThat(v1.has("history")).isFalse();
        assertThat(listed(YEAR)).contains(DEPT);

        // a correction: reopened (the published version stays readable meanwhile), changed, approved, published again
        next(new SubmissionReopened(ID, "表1 数字有误"), "科员甲");
        next(new FiguresReported(ID, "b2", List.of(new Figure("T1", "1", "1", "360.00", null))), "科员甲");
        awaitReadModel(DEPT, YEAR, sequence);
        assertThat(json.readTree(get(BASE, null).getBody()).get("publishedVersion").asInt()).isEqualTo(1);
        assertThat(amount(json.readTree(get(BASE, null).getBody()), "T1", "1", "1")).isEqualTo("352.60");
        next(new SubmissionSubmitted(ID), "科员甲");
        next(new SubmissionApproved(ID, 10, 9, "同意更正"), "审核员丙");
        next(new SubmissionPublished(ID, 2), "审核员丙");
        awaitReadModel(DEPT, YEAR, sequence);

        JsonNode latest = json.readTree(get(BASE, null).getBody());
        assertThat(latest.get("publishedVersion").asInt()).isEqualTo(2);
        assertThat(amount(latest, "T1", "1", "1")).isEqualTo("360.00");
        JsonNode versions = json.readTree(get(BASE + "/versions", null).getBody());
        assertThat(versions.get("latestVersion").asInt()).isEqualTo(2);
        assertThat(versions.get("versions")).extracting(v -> v.get("publishedVersion").asInt()).containsExactly(1, 2);
        assertThat(versions.get("versions").get(0).get("href").asText()).isEqualTo(BASE + "/versions/1");
        ResponseEntity<String> old = get(BASE + "/versions/1", null);
        assertThat(old.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(old.getBody()).isEqualTo(first.getBody());
        assertThat(amount(json.readTree(get(BASE + "/versions/2", null).getBody()), "T1", "1", "1")).isEqualTo("360.00");
        assertThat(get(BASE + "/versions/3", null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(BASE + "/versions/x", null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        // cacheable: a strong ETag over the bytes; asking again with it gets 304 and no body
        String etag = first.getHeaders().getETag();
        assertThat(etag).startsWith("\"").doesNotStartWith("W/");
        assertThat(first.getHeaders().getCacheControl()).contains("max-age=60").contains("public");
        ResponseEntity<String> same = get(BASE + "/versions/1", null, Map.of(HttpHeaders.IF_NONE_MATCH, etag));
        assertThat(same.getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
        assertThat(same.getBody()).isNull();
        assertThat(same.getHeaders().getETag()).isEqualTo(etag);
        assertThat(get(BASE, null, Map.of(HttpHeaders.IF_NONE_MATCH, etag)).getStatusCode()).isEqualTo(HttpStatus.OK);

        // any origin may read the public routes, and only those
        ResponseEntity<String> cors = get(BASE, null, Map.of(HttpHeaders.ORIGIN, "https://portal.example.org"));
        assertThat(cors.getHeaders().getAccessControlAllowOrigin()).isEqualTo("*");
        ResponseEntity<String> api = get("/api/v1/read-models/" + DEPT + "/" + YEAR, TOKEN,
                Map.of(HttpHeaders.ORIGIN, "https://portal.example.org"));
        assertThat(api.getHeaders().getAccessControlAllowOrigin()).isNull();
    }

    @Test
    void theSamplesPublicDocumentValidatesAgainstTheServedSchema() throws Exception {
        List<SubmissionEvent> events = new ArrayList<>(SampleSubmission.events("420112-DSJZX"));
        String id = "420112-DSJZX:2020";
        int n = events.size();
        events.add(new SubmissionSubmitted(id));
        events.add(new SubmissionApproved(id, n + 1, n, "同意"));
        events.add(new SubmissionPublished(id, 1));
        produceStream(events, "科员甲");
        awaitReadModel("420112-DSJZX", 2020, events.size());

        ResponseEntity<String> served = get("/public/v1/schema", null);
        assertThat(served.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(served.getHeaders().getContentType().toString()).startsWith("application/schema+json");
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(served.getBody(), InputFormat.JSON);

        ResponseEntity<String> published = get("/public/v1/final-accounts/2020/420112-DSJZX", null);
        assertThat(published.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(published.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        List<Error> errors = schema.validate(published.getBody(), InputFormat.JSON);
        assertThat(errors).as(errors.toString()).isEmpty();

        JsonNode doc = json.readTree(published.getBody());
        assertThat(doc.get("tables")).hasSize(9);
        assertThat(doc.get("narrative").get("sections").size()).isGreaterThan(0);
        assertThat(doc.get("evaluations").size()).isGreaterThan(0);
        // the charts come from the template's rows: 收入总计 / 支出总计, the income sources, basic vs project
        JsonNode totals = doc.get("charts").get("incomeExpenditureTotals").get("items");
        assertThat(totals).extracting(i -> i.get("name").asText()).containsExactly("收入总计", "支出总计");
        assertThat(totals.get(0).get("value").asText()).isEqualTo(amount(doc, "T1", "30", "1"));
        assertThat(doc.get("charts").get("expenditureStructure").get("items"))
                .extracting(i -> i.get("name").asText()).contains("基本支出", "项目支出");
        assertThat(doc.get("charts").get("incomeStructure").get("items").get(0).get("name").asText())
                .isEqualTo("一般公共预算财政拨款收入");
        // a document breaking the schema is caught: an amount as a number
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("tables").get(0).get("cells").get(0))
                .put("stated", 1.5);
        assertThat(schema.validate(doc.toString(), InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void thePublicChartsSetLastYearsPublishedTotalsBesideThisYears() throws Exception {
        for (int year : List.of(2023, 2024)) {
            String id = "420112-MZJ:" + year;
            String amount = year == 2023 ? "100.00" : "120.00";
            produceStream(List.of(opened(id, year, "MOF-" + year),
                    new FiguresReported(id, "b1", List.of(new Figure("T1", "1", "1", amount, null),
                            new Figure("T1", "31", "2", amount, null))),
                    new SubmissionSubmitted(id), new SubmissionApproved(id, 3, 2, "同意"),
                    new SubmissionPublished(id, 1)), "科员甲");
            awaitReadModel("420112-MZJ", year, 5);
        }
        awaitConsumed();

        JsonNode items = json.readTree(get("/public/v1/final-accounts/2024/420112-MZJ", null).getBody())
                .get("charts").get("incomeExpenditureTotals").get("items");
        assertThat(items).extracting(i -> i.get("name").asText(), i -> i.get("value").asText(),
                i -> i.get("previous").asText()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("收入总计", "120.00", "100.00"),
                org.assertj.core.groups.Tuple.tuple("支出总计", "120.00", "100.00"));
        // last year's own document has no year before it
        JsonNode lastYear = json.readTree(get("/public/v1/final-accounts/2023/420112-MZJ", null).getBody())
                .get("charts").get("incomeExpenditureTotals").get("items");
        assertThat(lastYear.get(0).get("previous").isNull()).isTrue();
    }

    private void assertHidden(String status) throws Exception {
        awaitReadModel(DEPT, YEAR, sequence);
        assertThat(readModel(DEPT, YEAR).get("status").asText()).isEqualTo(status);
        for (String path : List.of(BASE, BASE + "/versions", BASE + "/versions/1",
                "/public/v1/departments/" + DEPT + "/years/" + YEAR)) {
            ResponseEntity<String> hidden = get(path, null);
            assertThat(hidden.getStatusCode()).as(status + " " + path).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(json.readTree(hidden.getBody()).get("detail").asText()).isNotBlank();
        }
        assertThat(listed(YEAR)).as(status).doesNotContain(DEPT);
    }

    private List<String> listed(int year) throws Exception {
        JsonNode list = json.readTree(get("/public/v1/final-accounts/" + year, null).getBody());
        List<String> codes = new ArrayList<>();
        list.get("departments").forEach(d -> codes.add(d.get("departmentCode").asText()));
        return codes;
    }

    private static String amount(JsonNode doc, String table, String row, String column) {
        for (JsonNode t : doc.get("tables")) {
            if (table.equals(t.get("table").asText())) {
                for (JsonNode c : t.get("cells")) {
                    if (row.equals(c.get("row").asText()) && column.equals(c.get("column").asText())) {
                        return c.get("stated").isNull() ? c.get("computed").asText() : c.get("stated").asText();
                    }
                }
            }
        }
        return null;
    }

    @Test
    void aTemplatesLayoutIsPublicSoAPortalCanCaptionTheColumns() throws Exception {
        ResponseEntity<String> template = get("/public/v1/templates/MOF-2020", null);
        assertThat(template.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode tables = json.readTree(template.getBody()).get("tables");
        assertThat(tables.findValuesAsText("id")).contains("T1", "T9");
        assertThat(template.getHeaders().getETag()).isNotBlank();

        ResponseEntity<String> unknown = get("/public/v1/templates/MOF-1999", null);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(unknown.getBody()).get("detail").asText()).contains("MOF-2020");
    }
}
