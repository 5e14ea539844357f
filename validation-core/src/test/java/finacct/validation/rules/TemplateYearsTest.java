package finacct.validation.rules;

import finacct.importer.DocumentEvents;
import finacct.importer.ImportedDocument;
import finacct.importer.text.TextDocumentImporter;
import finacct.kernel.events.SubmissionIds;
import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.kernel.results.RecomputedCell;
import finacct.kernel.results.Severity;
import finacct.kernel.results.SubmissionValidated;
import finacct.kernel.template.ReportTemplates;
import finacct.validation.core.SubmissionReplay;
import finacct.validation.core.SubmissionValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every template of 2021–2024 (ministry family) and 2020–2024 (Shanghai family) exercised by a document of its
 * own year and layout, written for the test under {@code template-years/} after the published 表式 (表1–表9,
 * 行次/栏次 for the ministry family, none for Shanghai, a short 情况说明). The documents go the whole way: the
 * real importer picks the template, its events are replayed, and the year's rule set checks them.
 * mof-2023 and sh-2022 carry one planted slip each; the others are consistent.
 */
class TemplateYearsTest {

    private static final String DEPARTMENT = "TEST-YEARS";
    private static final String AT = "2026-01-01T00:00:00Z";
    private static final List<String> NINE_TABLES = List.of("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9");

    private record Checked(ImportedDocument doc, SubmissionValidated result) {
        RecomputedCell cell(String table, String row, String column) {
            return result.tables().stream().filter(t -> t.table().equals(table)).flatMap(t -> t.cells().stream())
                    .filter(c -> c.row().equals(row) && c.column().equals(column)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + table + " " + row + " " + column));
        }

        /** Findings as grave as {@code severity} or graver (ERROR is the gravest). */
        List<Finding> atLeast(Severity severity) {
            return result.findings().stream().filter(f -> f.severity().ordinal() <= severity.ordinal()).toList();
        }
    }

    private static Checked check(String resource) throws IOException {
        String text;
        try (InputStream in = TemplateYearsTest.class.getResourceAsStream("/template-years/" + resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ImportedDocument doc = new TextDocumentImporter().read(text);
        var envelopes = DocumentEvents.envelopes(DocumentEvents.events(doc, DEPARTMENT), "test", AT);
        var replayed = new SubmissionReplay().replay(SubmissionIds.of(DEPARTMENT, doc.fiscalYear()), envelopes);
        return new Checked(doc, new SubmissionValidation().validate(replayed, Optional.empty(), AT));
    }

    private static void assertReadWithItsOwnTemplate(Checked c, String version, int year) {
        assertThat(c.doc().fiscalYear()).isEqualTo(year);
        assertThat(c.doc().templateVersion()).isEqualTo(version);
        assertThat(c.doc().templateNote()).isEmpty();
        assertThat(ReportTemplates.get(version).fiscalYears()).contains(year);
        assertThat(c.result().templateVersion()).isEqualTo(version);
        assertThat(c.result().ruleSetVersion()).startsWith(version + "/");
        assertThat(c.doc().tablesFound()).containsExactlyElementsOf(NINE_TABLES);
        assertThat(c.doc().unplaced()).isEmpty();
        assertThat(c.doc().narrativeSections()).isNotEmpty();
    }

    /** Ministry family: one class 201 (500.00 = 400.00 基本 + 100.00 项目), 三公 3.00 budgeted, 2.50 spent. */
    @ParameterizedTest(name = "{0} read with {1}")
    @CsvSource({"mof-2021.txt, MOF-2021, 2021", "mof-2022.txt, MOF-2022, 2022", "mof-2024.txt, MOF-2024, 2024"})
    void ministryLayoutDocumentsOfEachYearAreReadAndPassTheirYearsRules(String file, String version, int year)
            throws IOException {
        Checked c = check(file);

        assertReadWithItsOwnTemplate(c, version, year);
        assertThat(c.doc().emptyTables()).containsExactly("T8", "T9");
        // 表1 本年支出合计 (行次 57) from its only class row (行次 31)
        assertThat(c.cell("T1", "57", "2")).extracting(RecomputedCell::stated, RecomputedCell::computed)
                .containsExactly("500.00", "500.00");
        // 表3 合计 基本支出 from class 201; 款 20103 from its two 项
        assertThat(c.cell("T3", "total", "2").computed()).isEqualTo("400.00");
        assertThat(c.cell("T3", "20103", "1").computed()).isEqualTo("500.00");
        // 表6 公用经费 302 = 办公费 47.50 + 公务接待费 0.70 + 公务用车运行维护费 1.80
        assertThat(c.cell("T6", "302", "1").computed()).isEqualTo("50.00");
        // 表7 决算 7栏 = 8 + 9 + 12 栏 = 0.00 + 1.80 + 0.70
        assertThat(c.cell("T7", "1", "7")).extracting(RecomputedCell::stated, RecomputedCell::computed)
                .containsExactly("2.50", "2.50");
        assertThat(c.atLeast(Severity.WARNING)).isEmpty();
    }

    /** Shanghai family: classes 201 (180.00) and 221 (20.00), 表7 budget and actual side by side, no 行次/栏次. */
    @ParameterizedTest(name = "{0} read with {1}")
    @CsvSource({"sh-2020.txt, SH-2020, 2020", "sh-2021.txt, SH-2021, 2021", "sh-2023.txt, SH-2023, 2023",
            "sh-2024.txt, SH-2024, 2024"})
    void shanghaiLayoutDocumentsOfEachYearAreReadAndPassTheirYearsRules(String file, String version, int year)
            throws IOException {
        Checked c = check(file);

        assertReadWithItsOwnTemplate(c, version, year);
        assertThat(c.doc().emptyTables()).containsExactly("T8", "T9");
        // 表1 本年支出合计 = 一般公共服务支出 180.00 + 住房保障支出 20.00 (the Shanghai rows keep the ministry's 行次)
        assertThat(c.cell("T1", "57", "2")).extracting(RecomputedCell::stated, RecomputedCell::computed)
                .containsExactly("200.00", "200.00");
        assertThat(c.cell("T3", "total", "2").computed()).isEqualTo("120.00");
        // 表6 工资福利支出 = 基本工资 90.00 + 住房公积金 20.00
        assertThat(c.cell("T6", "301", "1").computed()).isEqualTo("110.00");
        // 表7 printed 预算数/决算数 pairs land in the right 栏: 预算 合计 3.00 = 0.00 + 2.00 + 1.00, 决算 2.50
        assertThat(c.cell("T7", "1", "1")).extracting(RecomputedCell::stated, RecomputedCell::computed)
                .containsExactly("3.00", "3.00");
        assertThat(c.cell("T7", "1", "12").stated()).isEqualTo("0.70");
        assertThat(c.cell("T7", "1", "7")).extracting(RecomputedCell::stated, RecomputedCell::computed)
                .containsExactly("2.50", "2.50");
        assertThat(c.atLeast(Severity.WARNING)).isEmpty();
    }

    @Test
    void ministry2023DocumentWithAWrongBasicSalaryHasOneErrorUnderItsClass() throws IOException {
        Checked c = check("mof-2023.txt");

        assertReadWithItsOwnTemplate(c, "MOF-2023", 2023);
        // 301 工资福利支出 printed 350.00 (and 人员经费合计 350.00) but its only 款 30101 基本工资 reads 340.00
        assertThat(c.cell("T6", "301", "1")).extracting(RecomputedCell::stated, RecomputedCell::computed)
                .containsExactly("350.00", "340.00");
        assertThat(c.atLeast(Severity.WARNING)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.ruleId()).isEqualTo("T6.hierarchy");
            assertThat(f.cells()).extracting(FindingCell::table, FindingCell::row, FindingCell::value)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("T6", "301", "350.00"),
                            org.assertj.core.groups.Tuple.tuple("T6", "30101", "340.00"));
            assertThat(f.actual()).isEqualTo("350.00");
            assertThat(f.expected()).isEqualTo("340.00");
            assertThat(f.difference()).isEqualTo("10.00");
            assertThat(f.message()).contains("工资福利支出").contains("基本工资");
        });
    }

    @Test
    void shanghai2022DocumentWithAWrongThreePublicTotalHasOneErrorWithItsSum() throws IOException {
        Checked c = check("sh-2022.txt");

        assertReadWithItsOwnTemplate(c, "SH-2022", 2022);
        // 决算 合计 printed 2.60; 因公出国（境）费 0.00 + 公务用车 小计 1.80 + 公务接待费 0.70 = 2.50
        assertThat(c.atLeast(Severity.WARNING)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.ruleId()).startsWith("T7.");
            assertThat(f.cells()).extracting(FindingCell::column, FindingCell::value)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("7", "2.60"),
                            org.assertj.core.groups.Tuple.tuple("8", "0.00"),
                            org.assertj.core.groups.Tuple.tuple("9", "1.80"),
                            org.assertj.core.groups.Tuple.tuple("12", "0.70"));
            assertThat(f.actual()).isEqualTo("2.60");
            assertThat(f.expected()).isEqualTo("2.50");
            assertThat(f.difference()).isEqualTo("0.10");
        });
    }
}
