package finacct.publication;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.kernel.events.CellRef;
import finacct.kernel.events.Figure;
import finacct.kernel.events.FiguresReported;
import finacct.kernel.events.FiguresWithdrawn;
import finacct.kernel.events.SubmissionApproved;
import finacct.kernel.events.SubmissionEvent;
import finacct.kernel.events.SubmissionSubmitted;
import finacct.service.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The district aggregation, the document as of a point, a cell's history and the overview's live stream. */
class ReadModelsTest extends PublicationTestSupport {

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    /** 项 codes of 表3 with their 款 and 类, and 表6 款 codes with their 类: what the generated departments fill. */
    private static final List<String> FUNCTION_ITEMS = List.of("2010301", "2010350", "2080501", "2130101");
    private static final List<String> ECONOMIC_ITEMS = List.of("30101", "30102", "30201", "30301");

    @Test
    void theDistrictAggregationSumsTheChosenDepartmentsFigures() throws Exception {
        long seed = System.nanoTime();
        System.out.println("aggregation seed " + seed);
        Random random = new Random(seed);
        int year = 2021;
        Map<String, List<Figure>> byDepartment = new HashMap<>();
        Map<String, List<SubmissionEvent>> tail = Map.of(
                "420112-CGJ", List.of(new SubmissionSubmitted("420112-CGJ:" + year)),
                "420112-RSJ", List.of(new SubmissionSubmitted("420112-RSJ:" + year),
                        new SubmissionApproved("420112-RSJ:" + year, 3, 2, "同意")),
                "420112-FGJ", List.of());
        for (String dept : List.of("420112-CGJ", "420112-RSJ", "420112-FGJ")) {
            String id = dept + ":" + year;
            List<Figure> figures = new ArrayList<>();
            for (int line = 1; line <= 8; line++) {
                if (random.nextInt(3) > 0) {
                    figures.add(new Figure("T1", String.valueOf(line), "1", amount(random), null));
                }
            }
            for (String item : FUNCTION_ITEMS) {
                for (String column : List.of("2", "3")) {
                    figures.add(new Figure("T3", item, column, amount(random), "科目" + item));
                }
            }
            for (String item : ECONOMIC_ITEMS) {
                figures.add(new Figure("T6", item, "1", amount(random), "科目" + item));
            }
            byDepartment.put(dept, figures);
            List<SubmissionEvent> events = new ArrayList<>();
            events.add(opened(id, year, "MOF-2021"));
            events.add(new FiguresReported(id, "b1", figures));
            events.addAll(tail.get(dept));
            produceStream(events, "科员甲");
        }
        awaitConsumed();

        Map<String, List<String>> chosen = Map.of(
                "all", List.of("420112-CGJ", "420112-RSJ", "420112-FGJ"),
                "submitted", List.of("420112-CGJ", "420112-RSJ"),
                "approved", List.of("420112-RSJ"));
        for (Map.Entry<String, List<String>> over : chosen.entrySet()) {
            ResponseEntity<String> response = get("/api/v1/overview/" + year + "?over=" + over.getKey(), TOKEN);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            JsonNode aggregation = json.readTree(response.getBody()).get("aggregation");
            assertThat(aggregation.get("over").asText()).isEqualTo(over.getKey());
            assertThat(aggregation.get("departmentCodes")).extracting(JsonNode::asText)
                    .containsExactlyInAnyOrderElementsOf(over.getValue());
            List<Figure> figures = over.getValue().stream().flatMap(d -> byDepartment.get(d).stream()).toList();

            // 表1: each income line, and 本年收入合计 (line 27) as the sum of lines 1–8 of everyone chosen
            for (int line = 1; line <= 8; line++) {
                assertThat(line(aggregation.get("table1"), String.valueOf(line)).get("amount").asText())
                        .as("seed %d over %s 表1 line %d", seed, over.getKey(), line)
                        .isEqualTo(sum(figures, "T1", String.valueOf(line), "1"));
            }
            assertThat(line(aggregation.get("table1"), "27").get("amount").asText()).as("seed %d", seed)
                    .isEqualTo(sum(figures, f -> f.table().equals("T1"), "1"));
            assertThat(line(aggregation.get("table1"), "27").get("name").asText()).isEqualTo("本年收入合计");

            // 表3: a class (类) and a 款 sum their items over the departments, column by column
            for (String column : List.of("2", "3")) {
                JsonNode class201 = classLine(aggregation.get("table3"), "201");
                assertThat(class201.get("level").asText()).isEqualTo("类");
                assertThat(class201.get("name").asText()).isEqualTo("一般公共服务支出");
                assertThat(class201.get("columns").get(column).asText()).as("seed %d", seed)
                        .isEqualTo(sum(figures, f -> f.table().equals("T3") && f.row().startsWith("201"), column));
                JsonNode item20103 = classLine(aggregation.get("table3"), "20103");
                assertThat(item20103.get("level").asText()).isEqualTo("款");
                assertThat(item20103.get("columns").get(column).asText()).as("seed %d", seed)
                        .isEqualTo(sum(figures, f -> f.table().equals("T3") && f.row().startsWith("20103"), column));
            }
            // 表6: an economic class sums its 款
            assertThat(classLine(aggregation.get("table6"), "301").get("columns").get("1").asText()).as("seed %d", seed)
                    .isEqualTo(sum(figures, f -> f.table().equals("T6") && f.row().startsWith("301"), "1"));
            assertThat(classLine(aggregation.get("table6"), "302").get("columns").get("1").asText()).as("seed %d", seed)
                    .isEqualTo(sum(figures, f -> f.table().equals("T6") && f.row().startsWith("302"), "1"));
        }

        ResponseEntity<String> unknown = get("/api/v1/overview/" + year + "?over=some", TOKEN);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(unknown.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("over");
    }

    @Test
    void aDocumentAsOfAnEarlierPointShowsTheEarlierFigureAndACellItsHistory() throws Exception {
        String id = "420112-TJJ:2021";
        produceStream(List.of(
                opened(id, 2021, "MOF-2021"),
                new FiguresReported(id, "b1", List.of(new Figure("T1", "1", "1", "100.00", null))),
                new FiguresReported(id, "b2", List.of(new Figure("T1", "1", "1", "120.00", null))),
                new FiguresWithdrawn(id, "w1", List.of(new CellRef("T1", "1", "1"))),
                new FiguresReported(id, "b3", List.of(new Figure("T1", "1", "1", "130.00", null)))), "科员甲");
        produce(envelope(5, new SubmissionSubmitted(id), "科长乙"));
        awaitReadModel("420112-TJJ", 2021, 6);

        JsonNode now = readModel("420112-TJJ", 2021);
        assertThat(figure(now, "T1", "1", "1")).isEqualTo("130.00");
        assertThat(now.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(now.get("asOf").isNull()).isTrue();

        JsonNode two = json.readTree(get("/api/v1/read-models/420112-TJJ/2021?asOf=2", TOKEN).getBody());
        assertThat(two.get("version").asLong()).isEqualTo(2);
        assertThat(two.get("asOf").asText()).isEqualTo("2");
        assertThat(figure(two, "T1", "1", "1")).isEqualTo("100.00");
        assertThat(two.get("status").asText()).isEqualTo("DRAFT");
        assertThat(two.get("history")).hasSize(2);
        // the recomputed 本年收入合计 follows the earlier figure too
        assertThat(tableCell(two, "T1", "27", "1").get("computed").asText()).isEqualTo("100.00");

        // a moment: the events stored until then (event 2 carries 08:00:02)
        JsonNode atMoment = json.readTree(
                get("/api/v1/read-models/420112-TJJ/2021?asOf=2021-03-01T08:00:02.500Z", TOKEN).getBody());
        assertThat(atMoment.get("version").asLong()).isEqualTo(3);
        assertThat(figure(atMoment, "T1", "1", "1")).isEqualTo("120.00");
        JsonNode withdrawn = json.readTree(get("/api/v1/read-models/420112-TJJ/2021?asOf=4", TOKEN).getBody());
        assertThat(withdrawn.get("cells")).isEmpty();

        ResponseEntity<String> bad = get("/api/v1/read-models/420112-TJJ/2021?asOf=昨天", TOKEN);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(bad.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("asOf");
        assertThat(get("/api/v1/read-models/420112-TJJ/2021?asOf=0", TOKEN).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        JsonNode history = json.readTree(
                get("/api/v1/read-models/420112-TJJ/2021/cells/T1/1/1/history", TOKEN).getBody());
        assertThat(history).hasSize(4);
        assertThat(history).extracting(h -> h.get("sequence").asLong()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(history.get(0).get("from").isNull()).isTrue();
        assertThat(history.get(0).get("to").asText()).isEqualTo("100.00");
        assertThat(history.get(1).get("from").asText()).isEqualTo("100.00");
        assertThat(history.get(1).get("to").asText()).isEqualTo("120.00");
        assertThat(history.get(1).get("actor").asText()).isEqualTo("科员甲");
        assertThat(history.get(1).get("timestamp").asText()).isEqualTo("2021-03-01T08:00:02Z");
        assertThat(history.get(2).get("type").asText()).isEqualTo("FiguresWithdrawn");
        assertThat(history.get(2).get("to").isNull()).isTrue();
        assertThat(history.get(3).get("to").asText()).isEqualTo("130.00");
        // a department reads its own cell's history, not another's
        assertThat(get("/api/v1/read-models/420112-TJJ/2021/cells/T1/1/1/history", TestTokens.department("420112-TJJ"))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("/api/v1/read-models/420112-TJJ/2021/cells/T1/1/1/history", TestTokens.department("420112-SFJ"))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theOverviewStreamSaysWhenASubmissionOfTheYearChanges() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/overview/2023/events"))
                .header("Authorization", "Bearer " + TOKEN).header("Accept", "text/event-stream").build();
        HttpResponse<java.io.InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (Exception e) {
                // the stream was closed at the end of the test
            }
        });
        reader.setDaemon(true);
        reader.start();

        produce(envelope(0, opened("420112-XFJ:2023", 2023), "科员甲"));

        String data = null;
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        boolean sawChange = false;
        while (data == null && System.nanoTime() < until) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line == null) {
                continue;
            }
            if (line.equals("event:change")) {
                sawChange = true;
            } else if (sawChange && line.startsWith("data:")) {
                // other tests' submissions of the year may change meanwhile: wait for this one's
                sawChange = false;
                if (line.contains("420112-XFJ:2023")) {
                    data = line.substring("data:".length());
                }
            }
        }
        assertThat(data).as("a change event within 30 s").isNotNull();
        JsonNode change = json.readTree(data);
        assertThat(change.get("submissionId").asText()).isEqualTo("420112-XFJ:2023");
        assertThat(change.get("departmentCode").asText()).isEqualTo("420112-XFJ");
        assertThat(change.get("fiscalYear").asInt()).isEqualTo(2023);
        assertThat(change.get("status").asText()).isEqualTo("DRAFT");
        assertThat(change.get("version").asLong()).isEqualTo(1);
        response.body().close();

        // the stream is the bureau's, like the overview
        HttpResponse<String> department = client.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/overview/2023/events"))
                .header("Authorization", "Bearer " + TestTokens.department("420112-XFJ")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(department.statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous = client.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/overview/2023/events")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    private static String amount(Random random) {
        return BigDecimal.valueOf(random.nextInt(10_000_000), 2).toPlainString();
    }

    private static String sum(List<Figure> figures, String table, String row, String column) {
        return sum(figures, f -> f.table().equals(table) && f.row().equals(row), column);
    }

    private static String sum(List<Figure> figures, java.util.function.Predicate<Figure> which, String column) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Figure f : figures) {
            if (which.test(f) && f.column().equals(column)) {
                total = total.add(new BigDecimal(f.value()));
            }
        }
        return total.toPlainString();
    }

    private static JsonNode line(JsonNode table1, String row) {
        for (JsonNode l : table1) {
            if (row.equals(l.get("row").asText())) {
                return l;
            }
        }
        throw new AssertionError("no 表1 line " + row);
    }

    private static JsonNode classLine(JsonNode lines, String code) {
        for (JsonNode l : lines) {
            if (code.equals(l.get("code").asText())) {
                return l;
            }
        }
        throw new AssertionError("no class " + code);
    }

    private static String figure(JsonNode model, String table, String row, String column) {
        for (JsonNode c : model.get("cells")) {
            if (table.equals(c.get("table").asText()) && row.equals(c.get("row").asText())
                    && column.equals(c.get("column").asText())) {
                return c.get("value").asText();
            }
        }
        return null;
    }

    private static JsonNode tableCell(JsonNode model, String table, String row, String column) {
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
