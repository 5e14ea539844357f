package finacct.cli.check;

import finacct.cli.check.CliRun.Run;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import finacct.kernel.template.ReportTemplates;
import finacct.validation.rules.RuleSets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static finacct.cli.check.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

/** validate and import as a user runs them: exit codes, what is printed, on the real documents and small ones. */
class CheckCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();



    private static Path projectRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("samples"))) {
            p = p.getParent();
        }
        return p;
    }

    @Test
    void everyShippedTemplateVersionHasARuleSet() {
        for (String version : ReportTemplates.versions()) {
            assertThat(RuleSets.forTemplate(version)).as(version).isPresent();
            assertThat(RuleSets.forTemplate(version).orElseThrow().rules()).as(version).isNotEmpty();
        }
        assertThat(RuleSets.forTemplate("SH-2024").orElseThrow().rules())
                .extracting(r -> r.header().id()).contains("T7.actual-total", "X.T4-T9.closing", "T1.line27")
                .doesNotContain("T7.column1", "T9.columns");
    }

    @Test
    void theSampleValidatesWithFindingsGroupedBySeverityAndNoRoundingAsErrorOrWarning() {
        Run run = run("validate", projectRoot().resolve("samples/dongxihu-bigdata-center-2020.txt").toString());
        assertThat(run.exit()).isIn(0, 1);
        assertThat(run.out()).startsWith("武汉市东西湖区大数据中心 2020 年度部门决算（报表模板 MOF-2020")
                .contains("结论：");
        // a difference rounding explains is a 提示, never under 错误 or 警告
        String beforeInfos = run.out().contains("提示（") ? run.out().substring(0, run.out().indexOf("提示（")) : run.out();
        assertThat(beforeInfos).doesNotContain("差额在四舍五入范围内");
        assertThat(run.exit() == 1).isEqualTo(run.out().contains("错误（"));
    }

    @Test
    void theJsonOutputHasTheRecomputedTablesAndTheFindings() throws IOException {
        Run run = run("validate", "--json", projectRoot().resolve("samples/dongxihu-bigdata-center-2020.txt").toString());
        JsonNode body = JSON.readTree(run.out());
        assertThat(body.path("department").asText()).isEqualTo("武汉市东西湖区大数据中心");
        assertThat(body.path("fiscalYear").asInt()).isEqualTo(2020);
        assertThat(body.path("tables").fieldNames()).toIterable()
                .containsExactly("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9");
        assertThat(body.path("tables").path("T1").path("cells")).isNotEmpty();
        assertThat(body.path("findings").isArray()).isTrue();
    }

    @Test
    void theShanghaiDocumentValidatesWithItsOwnTemplate() {
        Path shanghai = projectRoot().resolve("../shared/data/putuo-shehuigongzuobu-2024.txt").normalize();
        Assumptions.assumeTrue(Files.exists(shanghai), "../shared/data is absent");
        Run run = run("validate", shanghai.toString());
        assertThat(run.exit()).isIn(0, 1);
        assertThat(run.out()).contains("报表模板 SH-2024，规则集 SH-2024/");
        String beforeInfos = run.out().contains("提示（") ? run.out().substring(0, run.out().indexOf("提示（")) : run.out();
        assertThat(beforeInfos).doesNotContain("差额在四舍五入范围内");
    }

    @Test
    void aShanghaiTable7OutOfBalanceIsAnErrorNamingItsColumnsByCaption(@TempDir Path dir) throws IOException {
        Path doc = dir.resolve("sh.txt");
        Files.writeString(doc, """
                上海市某某局 2024 年度部门决算
                财政拨款“三公”经费支出决算表
                合计\t\t因公出国（境）费\t\t公务用车购置及运行维护费\t\t\t\t\t\t公务接待费\t
                预算数\t决算数\t预算数\t决算数\t预算数\t决算数\t预算数\t决算数\t预算数\t决算数\t预算数\t决算数
                5.00\t4.00\t1.00\t0.50\t3.00\t3.00\t2.00\t2.00\t1.00\t1.00\t1.00\t0.80
                注：本表反映部门本年度“三公”经费支出预决算情况。
                """, StandardCharsets.UTF_8);
        Run run = run("validate", doc.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("错误（").contains("[T7.actual-total]").contains("合计的决算数");
    }

    @Test
    void aFileThatCannotBeReadExitsWith2AndSaysWhy(@TempDir Path dir) throws IOException {
        Run missing = run("validate", dir.resolve("nope.txt").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("文件不存在");
        Path noTables = dir.resolve("x.txt");
        Files.writeString(noTables, "2020年度 一段没有表格的文字", StandardCharsets.UTF_8);
        assertThat(run("validate", noTables.toString()).err()).contains("找不到部门决算的任何一张表");
        Path broken = dir.resolve("x.json");
        Files.writeString(broken, "{\"department\": ", StandardCharsets.UTF_8);
        Run json = run("validate", broken.toString());
        assertThat(json.exit()).isEqualTo(2);
        assertThat(json.err()).contains("不是合法的 JSON");
        assertThat(run("import", broken.toString()).exit()).isEqualTo(2);
        Path noise = dir.resolve("upload.bin");
        byte[] bytes = new byte[50_000];
        new java.util.Random(82026L).nextBytes(bytes);
        Files.write(noise, bytes);
        Run random = run("validate", noise.toString());
        assertThat(random.exit()).isEqualTo(2);
        assertThat(random.err()).contains("应为部门决算").contains("不是文字");
    }

    @Test
    void importPrintsTheEventsAsJson() throws IOException {
        Run run = run("import", projectRoot().resolve("samples/dongxihu-bigdata-center-2020.txt").toString());
        assertThat(run.exit()).isZero();
        JsonNode body = JSON.readTree(run.out());
        assertThat(body.path("departmentCode").asText()).isEqualTo("420112-DSJZX");
        JsonNode events = body.path("events");
        assertThat(events.get(0).path("type").asText()).isEqualTo("SubmissionOpened");
        assertThat(events.get(0).path("payload").path("submissionId").asText()).isEqualTo("420112-DSJZX:2020");
        assertThat(events.get(1).path("type").asText()).isEqualTo("FiguresReported");
        assertThat(events.get(1).path("payload").path("batchId").asText()).startsWith("import-T1-");
    }
}
