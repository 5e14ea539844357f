package finacct.importer;

import finacct.importer.json.JsonDocumentImporter;
import finacct.kernel.events.Figure;
import finacct.kernel.events.FiguresReported;
import finacct.kernel.events.NarrativeReported;
import finacct.kernel.events.PerformanceEvaluationReported;
import finacct.kernel.events.SubmissionEvent;
import finacct.kernel.events.SubmissionOpened;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OtherFormatsTest {

    private static final String JSON_DOCUMENT = """
            {
              "format": "finacct-document/1",
              "department": "420112-CZJ",
              "fiscalYear": 2021,
              "figures": [
                {"table": "T1", "row": "1", "column": "1", "value": "10.00"},
                {"table": "T3", "row": "2010350", "column": "1", "value": "10.00", "name": "事业运行"},
                {"table": "T3", "row": "2010350", "column": "9", "value": "1.00"}
              ],
              "emptyTables": ["T8"],
              "narrative": {
                "sections": [{"id": "s1", "title": "收入支出决算总体情况说明", "text": "收入支出总计 10.00 万元。"}],
                "claims": [{"id": "c1", "section": "s1", "kind": "amount", "subject": "total", "value": "10.00", "unit": "万元"},
                           {"id": "c2", "section": "s1", "kind": "amount", "subject": "gpb.project", "value": "2.00",
                            "unit": "万元", "certain": false}]
              },
              "evaluations": [
                {"scope": "project", "name": "网络运维", "budget": "5.00", "executed": "4.00", "rate": "80.00",
                 "indicators": [{"level1": "产出指标", "name": "完成率", "weight": "10", "score": "8"}], "totalScore": "90"}
              ]
            }
            """;

    @Test
    void theProjectsJsonFormIsReadAndACellTheTemplateLacksIsListed() {
        ImportedDocument doc = new JsonDocumentImporter().read(JSON_DOCUMENT);
        assertThat(doc.departmentName()).isEqualTo("420112-CZJ");
        assertThat(doc.fiscalYear()).isEqualTo(2021);
        assertThat(doc.templateVersion()).isEqualTo("MOF-2021");
        assertThat(doc.figures()).extracting(Figure::row).containsExactly("1", "2010350");
        assertThat(doc.unplaced()).singleElement().satisfies(u -> assertThat(u.reason()).contains("栏次“9”"));
        assertThat(doc.emptyTables()).containsExactly("T8");
        assertThat(doc.claims()).extracting(c -> c.value() + " " + c.guessed()).containsExactly("10.00 false", "2.00 true");
        assertThat(doc.evaluations()).singleElement().satisfies(e -> {
            assertThat(e.indicators()).hasSize(1);
            assertThat(e.totalScore()).isEqualTo("90");
        });
    }

    @Test
    void aJsonDocumentOutsideTheSchemaIsRefusedWithItsPlaces() {
        assertThatThrownBy(() -> new JsonDocumentImporter().read("""
                {"department": "x", "fiscalYear": 2020, "figures": [{"table": "T10", "row": "1", "column": "1", "value": 3.5}]}
                """))
                .isInstanceOf(DocumentUnreadableException.class)
                .hasMessageContaining("不符合 finacct 文档格式")
                .hasMessageContaining("/figures/0/table")
                .hasMessageContaining("/figures/0/value");
        assertThatThrownBy(() -> new JsonDocumentImporter().read("{\"department\": "))
                .isInstanceOf(DocumentUnreadableException.class).hasMessageContaining("不是合法的 JSON");
        assertThatThrownBy(() -> new JsonDocumentImporter().read("""
                {"department": "x", "fiscalYear": 2019, "figures": []}
                """)).hasMessageContaining("没有 2019 年度的报表模板");
    }

    @Test
    void aWorkbookWithOneSheetPerTableIsReadByRowKeyAndColumnNumber() throws IOException {
        byte[] xlsx = workbook();
        ImportedDocument doc = DocumentImporters.read("决算.xlsx", null, xlsx);
        assertThat(doc.departmentName()).isEqualTo("武汉市东西湖区财政局");
        assertThat(doc.fiscalYear()).isEqualTo(2020);
        assertThat(doc.templateVersion()).isEqualTo("MOF-2020");
        assertThat(doc.tablesFound()).containsExactly("T1", "T3", "T8");
        assertThat(doc.emptyTables()).containsExactly("T8");
        assertThat(value(doc, "T1", "1", "1")).isEqualTo("2946.25");
        assertThat(value(doc, "T1", "27", "1")).isEqualTo("0.50");
        assertThat(value(doc, "T3", "total", "1")).isEqualTo("30.00");
        assertThat(value(doc, "T3", "2010350", "2")).isEqualTo("20.00");
        assertThat(doc.figures()).filteredOn(f -> f.row().equals("2010350")).extracting(Figure::name).containsOnly("事业运行");
        assertThat(doc.unplaced()).singleElement().satisfies(u -> assertThat(u.reason()).contains("没有行“不存在的行”"));
    }

    @Test
    void theFormatIsTakenFromTheContentTypeTheNameOrTheContent() throws IOException {
        byte[] xlsx = workbook();
        assertThat(DocumentImporters.detect(null, null, xlsx)).isEqualTo(DocumentImporters.Format.XLSX);
        assertThat(DocumentImporters.detect("a.bin", "application/octet-stream", xlsx)).isEqualTo(DocumentImporters.Format.XLSX);
        byte[] json = JSON_DOCUMENT.getBytes(StandardCharsets.UTF_8);
        assertThat(DocumentImporters.detect(null, null, json)).isEqualTo(DocumentImporters.Format.JSON);
        assertThat(DocumentImporters.detect("x.json", null, json)).isEqualTo(DocumentImporters.Format.JSON);
        assertThat(DocumentImporters.detect(null, "application/json; charset=utf-8", json)).isEqualTo(DocumentImporters.Format.JSON);
        assertThat(DocumentImporters.detect("x.txt", "text/plain", "2020年度收入决算表".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(DocumentImporters.Format.TEXT);
        assertThat(DocumentImporters.read("x.json", null, json).templateVersion()).isEqualTo("MOF-2021");
    }

    @Test
    void aTextDocumentSavedAsGb18030IsReadToo() {
        String text = """
                2020年度收入支出决算总表（表1）
                一、一般公共预算财政拨款收入\t1\t10.00\t一、一般公共服务支出\t31\t10.00
                注：本表反映部门本年度的总收入和年末结转结余情况。
                """;
        ImportedDocument doc = DocumentImporters.read("a.txt", null, text.getBytes(Charset.forName("GB18030")));
        assertThat(doc.figures()).extracting(Figure::row).containsExactly("1", "31");
        assertThatThrownBy(() -> DocumentImporters.read("a.txt", null, new byte[0]))
                .isInstanceOf(DocumentUnreadableException.class);
    }

    @Test
    void theEventsOfADocumentHaveBatchIdsDerivedFromTheirContent() {
        ImportedDocument doc = new JsonDocumentImporter().read(JSON_DOCUMENT);
        List<SubmissionEvent> events = DocumentEvents.events(doc, "420112-CZJ");
        assertThat(events).hasSize(5);
        assertThat(events.get(0)).isEqualTo(new SubmissionOpened("420112-CZJ:2021", "420112-CZJ", 2021, "MOF-2021", "万元"));
        assertThat(events.get(1)).isInstanceOf(FiguresReported.class);
        assertThat(((FiguresReported) events.get(1)).batchId()).startsWith("import-T1-");
        assertThat(events.get(3)).isInstanceOf(NarrativeReported.class);
        assertThat(((PerformanceEvaluationReported) events.get(4)).evaluationId()).isEqualTo("project:网络运维");
        // the same content, the same ids; another figure, another id for that table only
        List<DocumentEvents.Batch> again = DocumentEvents.figureBatches(new JsonDocumentImporter().read(JSON_DOCUMENT));
        List<DocumentEvents.Batch> changed = DocumentEvents.figureBatches(
                new JsonDocumentImporter().read(JSON_DOCUMENT.replace("\"value\": \"10.00\", \"name\"", "\"value\": \"11.00\", \"name\"")));
        assertThat(again).extracting(DocumentEvents.Batch::batchId)
                .containsExactlyElementsOf(DocumentEvents.figureBatches(doc).stream().map(DocumentEvents.Batch::batchId).toList());
        assertThat(changed.get(0).batchId()).isEqualTo(again.get(0).batchId());
        assertThat(changed.get(1).batchId()).isNotEqualTo(again.get(1).batchId());
        assertThat(DocumentEvents.envelopes(events, "cli", "2024-01-01T00:00:00Z"))
                .extracting(e -> e.type() + "#" + e.sequence())
                .containsExactly("SubmissionOpened#0", "FiguresReported#1", "FiguresReported#2",
                        "NarrativeReported#3", "PerformanceEvaluationReported#4");
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet info = wb.createSheet("信息");
            row(info, 0, "部门", "武汉市东西湖区财政局");
            row(info, 1, "年度", 2020.0);
            Sheet t1 = wb.createSheet("表1 收入支出决算总表");
            row(t1, 0, "行次", "项目", "1", "2");
            row(t1, 1, 1.0, "一般公共预算财政拨款收入", "2,946.25");
            Row total = t1.createRow(2);
            total.createCell(0).setCellValue("本年收入合计");
            var cell = total.createCell(2);
            cell.setCellValue(0.5);
            var style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            cell.setCellStyle(style);
            Sheet t3 = wb.createSheet("T3");
            row(t3, 0, "科目编码", "科目名称", "1", "2", "3");
            row(t3, 1, "合计", "", 30.0, 20.0, 10.0);
            row(t3, 2, 2010350.0, "事业运行", 20.0, 20.0);
            row(t3, 3, "不存在的行", "", 1.0);
            Sheet t8 = wb.createSheet("表8");
            row(t8, 0, "科目编码", "科目名称", "1", "2", "3", "4", "5", "6");
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Double d) {
                row.createCell(i).setCellValue(d);
            } else {
                row.createCell(i).setCellValue(String.valueOf(values[i]));
            }
        }
    }

    private static String value(ImportedDocument doc, String table, String row, String column) {
        return doc.figures().stream()
                .filter(f -> f.table().equals(table) && f.row().equals(row) && f.column().equals(column))
                .map(Figure::value).findFirst().orElse(null);
    }
}
