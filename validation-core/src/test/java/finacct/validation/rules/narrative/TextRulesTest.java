package finacct.validation.rules.narrative;

import finacct.kernel.events.Indicator;
import finacct.kernel.results.Severity;
import finacct.validation.rules.Rule;
import org.junit.jupiter.api.Test;

import static finacct.validation.rules.narrative.Narratives.narrative;
import static finacct.validation.rules.narrative.Narratives.rule;
import static org.assertj.core.api.Assertions.assertThat;

/** templateLeftovers and percentSign: how the text is printed. */
class TextRulesTest {

    private static final Rule LEFTOVERS = rule("""
            id: N.template-leftovers
            kind: templateLeftovers
            severity: WARNING
            message: 留有模板说明
            patterns:
              - {pattern: "仍保留该表格式[^。\\\\n]*|在本表下方作下述说明", what: "模板的填写说明"}
              - {pattern: "(?<![A-Za-z])[Xx]{2,}(?![A-Za-z])", what: "占位符"}
            """);
    private static final Rule PERCENT = rule("{id: N.percent-sign, kind: percentSign, severity: WARNING, message: 漏印%}");

    @Test
    void aCleanTextHasNoLeftover() {
        var clean = narrative().section("8", "八、政府性基金预算财政拨款收入支出决算情况", "本部门没有政府性基金预算财政拨款收入。XXL 型号");
        assertThat(clean.check(LEFTOVERS)).isEmpty();
    }

    @Test
    void aTemplatesInstructionLeftUnderATableIsAWarningCountingItsPlaces() {
        var left = narrative().section("tables", "决算表注释与说明", """
                无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明：
                说明：本部门本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。
                无国有资本经营预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明：""");
        assertThat(left.check(LEFTOVERS)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("仍保留该表格式").contains("共 2 处");
        });
    }

    @Test
    void aPlaceholderInASelfEvaluationTableIsAWarning() {
        var left = narrative().evaluation("project", "甲", "1", "1", "100", "20", "20", "100",
                new Indicator("效益指标（XX分）", "社会效益指标", "满意度", "≥90%", "达标", null, null));
        assertThat(left.check(LEFTOVERS)).singleElement().satisfies(f -> assertThat(f.message()).contains("占位符").contains("XX"));
    }

    @Test
    void aRatePrintedWithItsPercentSignPassesAndWithoutItIsAWarning() {
        assertThat(narrative().claim("5.1", "changeRate", "gpb.expenditure", null, "208.7", "%").check(PERCENT)).isEmpty();
        assertThat(narrative().claim("5.1", "changeRate", "gpb.expenditure", null, "208.66", "").check(PERCENT))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).contains("208.66").contains("未印“%”");
                });
    }

    @Test
    void aClaimOrEvaluationMissingWhatTheRulesNeedIsNotComparedAndBreaksNothing() {
        var facts = new finacct.validation.rules.Facts(finacct.kernel.template.ReportTemplates.get("MOF-2020"), 2020,
                java.util.List.of(), java.util.List.of(),
                java.util.List.of(new finacct.kernel.events.NarrativeClaim("a", "1", null, null, null, "1.00", "万元", null),
                        new finacct.kernel.events.NarrativeClaim("b", "1", "rate", "gpb.expenditure", "gpb.expenditure", "abc", "%", null),
                        new finacct.kernel.events.NarrativeClaim("c", "1", "rate", "gpb.expenditure", "expenditure.total", "50", "%", null)),
                java.util.List.of(new finacct.kernel.events.PerformanceEvaluationReported(null, "e", null, null, "x", null, null,
                        null, null, null, null)));
        var rules = finacct.validation.rules.RuleSets.forTemplate("MOF-2020").orElseThrow();
        assertThat(rules.check(facts)).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
    }
}
