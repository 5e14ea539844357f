package finacct.validation.rules.kinds;

import finacct.kernel.results.Finding;
import finacct.kernel.results.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static finacct.validation.rules.Submissions.check;
import static finacct.validation.rules.Submissions.facts;
import static org.assertj.core.api.Assertions.assertThat;

class CodesRuleTest {

    private static String rule(String check, String severity, String classification, String tables) {
        return """
                id: C.%s.%s
                kind: codes
                severity: %s
                message: 科目检查
                classification: %s
                check: %s
                tables: %s
                """.formatted(classification, check, severity, classification, check, tables);
    }

    private static final String KNOWN = rule("known", "WARNING", "function", "[T2, T3, T5]");
    private static final String NAMES = rule("names", "WARNING", "function", "[T2, T3, T5]");
    private static final String CONSISTENT = rule("consistent", "ERROR", "function", "[T2, T3, T5]");

    @Test
    void aKnownCodePasses() {
        assertThat(check(KNOWN, facts("T3/2010350/1=1.00 事业运行", "T3/201/1=1.00 一般公共服务支出"))).isEmpty();
    }

    @Test
    void anUnknownCodeIsAWarningThatTheDataMayBeIncomplete() {
        List<Finding> findings = check(KNOWN, facts("T3/2019998/1=1.00 某某支出", "T5/2019998/1=1.00 某某支出"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("2019998").contains("分类数据可能不全").contains("表3、表5");
            assertThat(f.cells()).hasSize(2);
        });
    }

    @Test
    void theClassificationIsThatOfTheFiscalYear() {
        // 社会工作事务 is a 款 from 2024 on
        assertThat(check(KNOWN, facts(2024, "T3/20139/1=1.00 社会工作事务"))).isEmpty();
        assertThat(check(KNOWN, facts(2020, "T3/20139/1=1.00 社会工作事务"))).hasSize(1);
    }

    @Test
    void namesAreComparedToleratingWidthSpacesAndAbbreviation() {
        assertThat(check(NAMES, facts(
                "T3/20103/1=1.00 政府办公厅(室)及相关机构事务",
                "T3/2010399/1=1.00 其他政府办公厅（室）及相关机构事务",
                "T3/20805/1=1.00 行政事业单位 养老支出",
                "T3/2101199/1=1.00 其他行政事业单位医疗支出"))).isEmpty();
    }

    @Test
    void aDifferentNameIsAWarning() {
        assertThat(check(NAMES, facts("T3/2010350/1=1.00 行政运行"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("印为“行政运行”").contains("“事业运行”");
            assertThat(f.expected()).isEqualTo("事业运行");
        });
    }

    @Test
    void oneCodeWithTwoNamesInOneDocumentIsAnError() {
        assertThat(check(CONSISTENT, facts("T2/20103/1=1.00 政府办公厅(室)及相关机构事务",
                "T3/20103/1=1.00 政府办公厅（室）及相关机构事务"))).isEmpty();
        assertThat(check(CONSISTENT, facts("T2/2010350/1=1.00 事业运行", "T3/2010350/1=1.00 行政运行",
                "T5/2010350/1=1.00 事业运行"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("2 个不同名称").contains("“事业运行”（表2、表5）").contains("“行政运行”（表3）");
            assertThat(f.cells()).hasSize(3);
        });
    }

    @Test
    void economicCodesOfTable6() {
        String known = rule("known", "WARNING", "economic", "[T6]");
        String names = rule("names", "WARNING", "economic", "[T6]");
        assertThat(check(known, facts("T6/30231/1=1.00 公务用车运行维护费", "T6/30213/1=1.00 维修(护)费"))).isEmpty();
        assertThat(check(names, facts("T6/30231/1=1.00 公务用车运行维护费", "T6/30213/1=1.00 维修（护）费"))).isEmpty();
        assertThat(check(known, facts("T6/30298/1=1.00 某费"))).hasSize(1);
        assertThat(check(names, facts("T6/30201/1=1.00 印刷费"))).hasSize(1);
    }

    @Test
    void aNameTheTextExtractionCutOrInterleavedIsAReadingArtifactNotASecondName() {
        List<Finding> cut = check(CONSISTENT, facts("T2/2080505/1=1.00 机关事业单位基本养老保险缴费支出",
                "T3/2080505/1=1.00 机关事业单位基本养老保", "T5/2080505/1=1.00 机关事业单位基本养老保险缴费支出"));
        assertThat(cut).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("“机关事业单位基本养老保”（表3）").contains("片段").contains("截断或交错");
            assertThat(f.expected()).isEqualTo("机关事业单位基本养老保险缴费支出");
            assertThat(f.actual()).isEqualTo("机关事业单位基本养老保");
        });
        // characters of two wrapped lines interleaved: the order kept, some missing
        assertThat(check(CONSISTENT, facts("T2/2080505/1=1.00 机关事业单位基本养老保险缴费支出",
                "T3/2080505/1=1.00 机关事业基本养老缴费支出"))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        // too little of the other name to tell: still two names
        assertThat(check(CONSISTENT, facts("T2/2089999/1=1.00 其他社会保障和就业支出", "T3/2089999/1=1.00 其他支出")))
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        // against the classification's name likewise (a cut name is part of it and passes already)
        assertThat(check(NAMES, facts("T3/2080505/1=1.00 机关事业基本养老缴费支出"))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }
}
