package finacct.validation.rules.narrative;

import finacct.kernel.events.Figure;
import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.kernel.results.Severity;
import finacct.kernel.template.ReportTemplates;
import finacct.validation.rules.Facts;
import finacct.validation.rules.Rule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static finacct.validation.rules.narrative.Narratives.narrative;
import static org.assertj.core.api.Assertions.assertThat;

/** The figures of last year a narrative implies or states, against last year's own accounts. */
class PriorYearClaimRuleTest {

    private static final Rule RULE = Narratives.rule("""
            id: Y.prior
            kind: priorYear
            severity: ERROR
            message: 与上年比较的数字与上年决算不符
            priorKinds: [prior]
            """ + Narratives.CONCEPTS);

    /** Last year's accounts (2019; this year's narratives are 2020's): 表1 总计 500.00. */
    private static Facts lastYear() {
        return new Facts(ReportTemplates.get("MOF-2020"), 2019, List.of(new Figure("T1", "30", "1", "500.00", null),
                new Figure("T1", "27", "1", "500.00", null)), List.of(), List.of(), List.of());
    }

    @Test
    void aRateStatedWithoutAnAmountIsRecomputedFromBothYears() {
        // 560.00 against 500.00 is 12.0%; the narrative says 20.0%
        Facts facts = narrative().cells("T1/30/1=560.00", "T1/27/1=560.00")
                .amount("s1", "total.income_expenditure", "560.00")
                .claim("s1", "changeRate", "total.income_expenditure", null, "20.0", "%")
                .facts().withPreviousYear(lastYear(), "上年文件");

        List<Finding> findings = RULE.check(facts);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.expected()).isEqualTo("12.0");
            assertThat(f.actual()).isEqualTo("20.0");
            assertThat(f.cells()).contains(new FindingCell("T1", "30", "1", "500.00", 2019));
        });
        // the same rate printed right agrees
        Facts right = narrative().cells("T1/30/1=560.00").amount("s1", "total.income_expenditure", "560.00")
                .claim("s1", "changeRate", "total.income_expenditure", null, "12.0", "%")
                .facts().withPreviousYear(lastYear(), "上年文件");
        assertThat(RULE.check(right)).isEmpty();
    }

    @Test
    void aLastYearFigureStatedOutrightIsComparedWithLastYearsTables() {
        Facts facts = narrative().cells("T1/30/1=560.00")
                .claim("s1", "prior", "total.income_expenditure", null, "480.00", "万元")
                .facts().withPreviousYear(lastYear(), "上年文件");

        assertThat(RULE.check(facts)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.expected()).isEqualTo("500.00");
            assertThat(f.actual()).isEqualTo("480.00");
            assertThat(f.message()).contains("上年文件");
        });
    }

    @Test
    void aChangeApartFromLastYearsTotalOnlyByRoundingIsAtMostInfo() {
        // 560.00 − 500.00 stands for [59.99, 60.01]: a printed 59.99 is within rounding, 60.00 agrees exactly
        Facts off = narrative().cells("T1/30/1=560.00").amount("s1", "total.income_expenditure", "560.00")
                .claim("s1", "change", "total.income_expenditure", null, "59.99", "万元")
                .facts().withPreviousYear(lastYear(), "上年文件");
        Facts exact = narrative().cells("T1/30/1=560.00").amount("s1", "total.income_expenditure", "560.00")
                .claim("s1", "change", "total.income_expenditure", null, "60.00", "万元")
                .facts().withPreviousYear(lastYear(), "上年文件");

        assertThat(RULE.check(exact)).isEmpty();
        assertThat(RULE.check(off)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.difference()).isEqualTo("-0.01");
        });
    }
}
