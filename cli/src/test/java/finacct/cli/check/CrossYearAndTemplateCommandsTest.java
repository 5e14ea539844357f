package finacct.cli.check;

import finacct.cli.check.CliRun.Run;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static finacct.cli.check.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code validate --previous} and {@code template --xlsx} as a user runs them. */
class CrossYearAndTemplateCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();



    private static String document(String name) {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("samples"))) {
            p = p.getParent();
        }
        return p.resolve("validation-core/src/test/resources/cross-year").resolve(name).toString();
    }

    @Test
    void aChangeThatDisagreesWithLastYearsDocumentIsAnErrorNamingBothYearsCells() throws IOException {
        Run run = run("validate", document("tjj-2022-wrong-change.txt"), "--previous", document("tjj-2021.txt"));
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("[Y.prior-year]").contains("2021 年度表1/30/1=500.00")
                .contains("2022 年度情况说明").contains("文件 tjj-2021.txt（2021 年度）")
                .contains("与上年对比（2022 年度 / 2021 年度");

        JsonNode body = JSON.readTree(run("validate", "--json", document("tjj-2022-wrong-change.txt"),
                "--previous", document("tjj-2021.txt")).out());
        JsonNode finding = null;
        for (JsonNode f : body.path("findings")) {
            if (f.path("ruleId").asText().equals("Y.prior-year")) {
                finding = f;
            }
        }
        assertThat(finding).isNotNull();
        assertThat(finding.path("severity").asText()).isEqualTo("ERROR");
        assertThat(finding.path("expected").asText()).isEqualTo("60.00");
        assertThat(finding.path("cells")).anySatisfy(c -> {
            assertThat(c.path("table").asText()).isEqualTo("T1");
            assertThat(c.path("row").asText()).isEqualTo("30");
            assertThat(c.path("column").asText()).isEqualTo("1");
            assertThat(c.path("fiscalYear").asInt()).isEqualTo(2021);
        });
        assertThat(body.path("yearOnYear").path("lines")).anySatisfy(l -> {
            assertThat(l.path("table").asText()).isEqualTo("T1");
            assertThat(l.path("row").asText()).isEqualTo("30");
            assertThat(l.path("previous").asText()).isEqualTo("500.00");
        });
    }

    @Test
    void aConsistentPairHasNoCrossYearFindingAndWithoutLastYearTheCheckOnlySaysItCouldNotRun() {
        Run pair = run("validate", document("tjj-2022.txt"), "--previous", document("tjj-2021.txt"));
        assertThat(pair.exit()).as(pair.out()).isZero();
        assertThat(pair.out()).doesNotContain("[Y.prior-year]");

        Run alone = run("validate", document("tjj-2022-wrong-change.txt"));
        assertThat(alone.exit()).as(alone.out()).isZero();
        assertThat(alone.out()).contains("[Y.prior-year]").contains("未提供上年（2021 年度）决算");
    }

    @Test
    void aPreviousDocumentOfAnotherYearIsRefused() {
        Run run = run("validate", document("tjj-2022.txt"), "--previous", document("tjj-2022-wrong-change.txt"));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("2022 年度的决算，而不是 2021 年度");
    }

    @Test
    void theBlankWorkbookOfAYearIsWrittenAndReadBackAsIs(@TempDir Path dir) throws IOException {
        Path blank = dir.resolve("blank.xlsx");
        Run run = run("template", "2022", "--xlsx", "--out", blank.toString(), "--department", "420112-TJJ");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("MOF-2022");

        // filled in Excel: one figure in 表1 line 1 and its totals
        Path filled = dir.resolve("filled.xlsx");
        try (InputStream in = Files.newInputStream(blank); XSSFWorkbook wb = new XSSFWorkbook(in);
             OutputStream out = Files.newOutputStream(filled)) {
            var t1 = wb.getSheetAt(1);
            for (int line : new int[] {1, 27, 30}) {
                t1.getRow(line).getCell(2).setCellValue(42.5);
            }
            wb.write(out);
        }
        JsonNode imported = JSON.readTree(run("import", filled.toString()).out());
        assertThat(imported.path("departmentCode").asText()).isEqualTo("420112-TJJ");
        assertThat(imported.path("fiscalYear").asInt()).isEqualTo(2022);
        assertThat(imported.path("templateVersion").asText()).isEqualTo("MOF-2022");
        assertThat(imported.path("unplaced")).isEmpty();
        assertThat(imported.path("events").get(1).path("payload").path("figures")).anySatisfy(f -> {
            assertThat(f.path("row").asText()).isEqualTo("30");
            assertThat(f.path("value").asText()).isEqualTo("42.50");
        });

        Run unknown = run("template", "1999", "--xlsx", "--out", dir.resolve("x.xlsx").toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("没有“1999”的报表模板");
        assertThat(dir.resolve("x.xlsx")).doesNotExist();
    }
}
