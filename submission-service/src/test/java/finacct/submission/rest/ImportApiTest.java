package finacct.submission.rest;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.submission.support.Api;
import finacct.submission.support.TestInfra;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** POST …/import as a client sees it: text, JSON and workbooks in; the same document twice stores nothing new. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ImportApiTest {

    private static final String MONGO_URI = TestInfra.startMongo();
    private static final ObjectMapperHolder JSON = new ObjectMapperHolder();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfra.register(registry, MONGO_URI);
    }

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    private static final String TEXT = """
            武汉市东西湖区财政局 2023 年度部门决算
            2023年度收入支出决算总表（表1）
            部门：武汉市东西湖区财政局\t\t单位：万元
            项 目\t行次\t金额\t项 目\t行次\t金额
            一、一般公共预算财政拨款收入\t1\t1,200.50\t一、一般公共服务支出\t31\t1,200.50
            本年收入合计\t27\t1,200.50\t本年支出合计\t57\t1,200.50
            某某说不清的收入\t\t3.00
            注：本表反映部门本年度的总收入和年末结转结余情况。
            2023年度一般公共预算财政拨款支出决算表（表5）
            功能分类科目编码\t科目名称\t本年支出小计\t基本支出\t项目支出
            201\t一般公共服务支出\t1,200.50\t1,000.00\t200.50
            合计\t\t1,200.50\t1,000.00\t200.50
            注：本表反映部门本年度一般公共预算财政拨款支出情况。
            """;

    @Test
    void aPublishedTextIsImportedOnceAndASecondImportStoresNothingNew() {
        String path = Api.base("420112-CZJ", 2023) + "/import";
        HttpResponse<String> first = post(path, "text/plain; charset=utf-8", TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode body = JSON.read(first.body());
        assertThat(body.path("opened").asBoolean()).isTrue();
        assertThat(body.path("templateVersion").asText()).isEqualTo("MOF-2023");
        assertThat(body.path("format").asText()).isEqualTo("text");
        assertThat(body.path("batches")).extracting(b -> b.path("table").asText()).containsExactly("T1", "T5");
        int narrative = body.path("narrative").path("storedEvent").asBoolean() ? 1 : 0;
        assertThat(body.path("storedEvents").asInt()).isEqualTo(1 + 2 + narrative); // opened, 表1, 表5 (and what it says)
        assertThat(body.path("batches")).allSatisfy(b -> assertThat(b.path("storedEvent").asBoolean()).isTrue());
        assertThat(body.path("unplaced").toString()).contains("某某说不清的收入");
        long version = body.path("version").asLong();

        HttpResponse<String> again = post(path, "text/plain; charset=utf-8", TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(again.statusCode()).isEqualTo(200);
        JsonNode second = JSON.read(again.body());
        assertThat(second.path("storedEvents").asInt()).isZero();
        assertThat(second.path("opened").asBoolean()).isFalse();
        assertThat(second.path("version").asLong()).isEqualTo(version);

        JsonNode state = api.get(Api.base("420112-CZJ", 2023)).json();
        assertThat(state.path("cells").toString()).contains("\"value\":\"1200.50\"");

        // a corrected document without 表1's 本年收入合计: that cell is withdrawn, the rest stays
        String corrected = TEXT.replace("本年收入合计\t27\t1,200.50\t本年支出合计", "本年收入合计\t27\t\t本年支出合计");
        JsonNode third = JSON.read(post(path, "text/plain; charset=utf-8", corrected.getBytes(StandardCharsets.UTF_8)).body());
        assertThat(third.path("withdrawn").path("items").asInt()).isEqualTo(1);
        assertThat(third.path("batches").get(0).path("storedEvent").asBoolean()).isTrue();
        assertThat(third.path("batches").get(1).path("storedEvent").asBoolean()).isFalse();
        JsonNode after = api.get(Api.base("420112-CZJ", 2023)).json();
        assertThat(after.path("cells")).noneMatch(c -> c.path("table").asText().equals("T1") && c.path("row").asText().equals("27"));
        assertThat(after.path("cells")).anyMatch(c -> c.path("table").asText().equals("T5"));
        JsonNode fourth = JSON.read(post(path, "text/plain; charset=utf-8", corrected.getBytes(StandardCharsets.UTF_8)).body());
        assertThat(fourth.path("storedEvents").asInt()).isZero();
    }

    @Test
    void theProjectsJsonFormWithNarrativeAndEvaluationsIsImportedIdempotently() {
        String json = """
                {"department": "420112-JYJ", "fiscalYear": 2022,
                 "figures": [{"table": "T1", "row": "1", "column": "1", "value": "10.00"}],
                 "narrative": {"sections": [{"id": "s1", "title": "总体情况", "text": "收入支出总计 10.00 万元。"}],
                               "claims": [{"id": "c1", "section": "s1", "kind": "amount", "subject": "total", "value": "10.00", "unit": "万元"}]},
                 "evaluations": [{"scope": "project", "name": "教学设备", "budget": "5.00", "executed": "4.00", "rate": "80.00"}]}
                """;
        String path = Api.base("420112-JYJ", 2022) + "/import";
        JsonNode first = JSON.read(post(path, "application/json", json.getBytes(StandardCharsets.UTF_8)).body());
        assertThat(first.path("storedEvents").asInt()).isEqualTo(4); // opened, 表1, narrative, evaluation
        assertThat(first.path("narrative").path("storedEvent").asBoolean()).isTrue();
        assertThat(first.path("evaluations").get(0).path("id").asText()).isEqualTo("project:教学设备");
        JsonNode second = JSON.read(post(path, "application/json", json.getBytes(StandardCharsets.UTF_8)).body());
        assertThat(second.path("storedEvents").asInt()).isZero();
        assertThat(second.path("narrative").path("storedEvent").asBoolean()).isFalse();

        // the same narrative through PUT …/narrative stores nothing new either
        JsonNode put = api.put(Api.base("420112-JYJ", 2022) + "/narrative", """
                {"sections": [{"id": "s1", "title": "总体情况", "text": "收入支出总计 10.00 万元。"}],
                 "claims": [{"id": "c1", "section": "s1", "kind": "amount", "subject": "total", "value": "10.00", "unit": "万元"}]}
                """).json();
        assertThat(put.path("storedEvent").asBoolean()).isFalse();
    }

    @Test
    void aWorkbookArrivesAsAMultipartFile() throws IOException {
        byte[] xlsx = workbook();
        String boundary = "finacct-test-boundary";
        ByteArrayOutputStream multipart = new ByteArrayOutputStream();
        multipart.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"决算.xlsx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        multipart.write(xlsx);
        multipart.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = post(Api.base("420112-WJJ", 2024) + "/import",
                "multipart/form-data; boundary=" + boundary, multipart.toByteArray());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.read(response.body());
        assertThat(body.path("format").asText()).isEqualTo("xlsx");
        assertThat(body.path("templateVersion").asText()).isEqualTo("MOF-2024");
        assertThat(body.path("figures").asInt()).isEqualTo(2);
    }

    @Test
    void theBlankWorkbookOfATemplateFilledInImportsAsIsAndAnUnknownVersionIs404() throws IOException {
        HttpResponse<byte[]> blank = get("/api/v1/templates/MOF-2022/workbook?department=420112-SJJ");
        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(blank.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains(".xlsx");
        byte[] filled;
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(blank.body()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet t1 = wb.getSheetAt(1);
            t1.getRow(1).getCell(2).setCellValue(12.34);   // 行次 1, 栏次 1
            t1.getRow(27).getCell(2).setCellValue(12.34);  // 行次 27 本年收入合计
            wb.write(out);
            filled = out.toByteArray();
        }
        HttpResponse<String> imported = post(Api.base("420112-SJJ", 2022) + "/import",
                TemplateController.XLSX.toString(), filled);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(JSON.read(imported.body()).path("templateVersion").asText()).isEqualTo("MOF-2022");
        JsonNode state = api.get(Api.base("420112-SJJ", 2022)).json();
        assertThat(state.path("cells")).anySatisfy(c -> {
            assertThat(c.path("table").asText()).isEqualTo("T1");
            assertThat(c.path("row").asText()).isEqualTo("27");
            assertThat(c.path("value").asText()).isEqualTo("12.34");
        });

        HttpResponse<byte[]> unknown = get("/api/v1/templates/MOF-1999/workbook");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        JsonNode problem = JSON.read(new String(unknown.body(), StandardCharsets.UTF_8));
        assertThat(problem.path("detail").asText()).contains("MOF-1999").contains("MOF-2020");
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("version");
    }

    @Test
    void aDocumentOfAnotherDepartmentOrYearIsRefusedAndNothingIsStored() {
        HttpResponse<String> otherDepartment = post(Api.base("420112-MZJ", 2023) + "/import", "text/plain",
                TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(otherDepartment.statusCode()).isEqualTo(400);
        assertThat(otherDepartment.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        JsonNode problem = JSON.read(otherDepartment.body());
        assertThat(problem.path("detail").asText()).contains("武汉市东西湖区财政局").contains("420112-MZJ");
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("department");

        HttpResponse<String> otherYear = post(Api.base("420112-CZJ", 2022) + "/import", "text/plain",
                TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(otherYear.statusCode()).isEqualTo(400);
        assertThat(JSON.read(otherYear.body()).path("errors").get(0).path("field").asText()).isEqualTo("fiscalYear");
        assertThat(JSON.read(otherYear.body()).path("detail").asText()).contains("2023").contains("2022");

        assertThat(api.get(Api.base("420112-MZJ", 2023)).status()).isEqualTo(404);
        assertThat(api.get(Api.base("420112-CZJ", 2022)).status()).isEqualTo(404);
    }

    @Test
    void anUnreadableOrInvalidDocumentIsA400AndStoresNothing() {
        String path = Api.base("420112-XFJ", 2023) + "/import";
        assertThat(post(path, "application/json", "{\"department\": ".getBytes(StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(400);
        assertThat(post(path, "text/plain", new byte[0]).statusCode()).isEqualTo(400);
        HttpResponse<String> badFigure = post(path, "application/json", """
                {"department": "420112-XFJ", "fiscalYear": 2023,
                 "figures": [{"table": "T1", "row": "1", "column": "1", "value": "10.00"},
                             {"table": "T1", "row": "1", "column": "1", "value": "11.00"}]}
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(badFigure.statusCode()).as(badFigure.body()).isEqualTo(400);
        assertThat(api.get(Api.base("420112-XFJ", 2023)).status()).isEqualTo(404);
    }

    @Test
    void aFileThatIsNoFinalAccountIsA400SayingWhatWasExpectedAndWhatWasFound() {
        String path = Api.base("420112-CGJ", 2023) + "/import";
        long seed = 8_2023L;
        byte[] noise = new byte[200 * 1024];
        new java.util.Random(seed).nextBytes(noise);
        HttpResponse<String> random = post(path, "application/octet-stream", noise);
        assertThat(random.statusCode()).as("seed %d: %s", seed, random.body()).isEqualTo(400);
        assertThat(random.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(JSON.read(random.body()).path("detail").asText()).contains("应为部门决算").contains("不是文字");

        HttpResponse<String> budget = post(path, "text/plain", """
                武汉市东西湖区城管局2024年度部门预算
                2024年度财务收支预算总表
                项目\t预算数\t项目\t预算数
                一、财政拨款收入\t100.00\t一、城乡社区支出\t100.00
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(budget.statusCode()).as(budget.body()).isEqualTo(400);
        assertThat(JSON.read(budget.body()).path("detail").asText()).contains("应为部门决算").contains("预算文档");

        assertThat(api.get(Api.base("420112-CGJ", 2023)).status()).isEqualTo(404);
    }

    private HttpResponse<byte[]> get(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .timeout(Duration.ofSeconds(60))
                            .header("Authorization", Api.headersFor(path).get("Authorization"))
                            .GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> post(String path, String contentType, byte[] body) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .timeout(Duration.ofSeconds(60))
                            .header("Content-Type", contentType)
                            .header("Authorization", Api.headersFor(path).get("Authorization"))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet info = wb.createSheet("信息");
            Row dept = info.createRow(0);
            dept.createCell(0).setCellValue("部门");
            dept.createCell(1).setCellValue("420112-WJJ");
            Row year = info.createRow(1);
            year.createCell(0).setCellValue("年度");
            year.createCell(1).setCellValue(2024);
            Sheet t1 = wb.createSheet("表1");
            Row header = t1.createRow(0);
            header.createCell(0).setCellValue("行次");
            header.createCell(1).setCellValue("1");
            header.createCell(2).setCellValue("2");
            Row line = t1.createRow(1);
            line.createCell(0).setCellValue(1);
            line.createCell(1).setCellValue(8.5);
            Row total = t1.createRow(2);
            total.createCell(0).setCellValue("本年收入合计");
            total.createCell(1).setCellValue(8.5);
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Jackson without checked exceptions, for terse assertions. */
    private static final class ObjectMapperHolder {
        private final com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();

        JsonNode read(String body) {
            try {
                return mapper.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException(body, e);
            }
        }
    }
}
