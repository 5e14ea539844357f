package finacct.validation.rules.narrative;

import finacct.kernel.results.Finding;
import finacct.kernel.results.Severity;
import finacct.validation.rules.Rule;
import finacct.validation.rules.RuleSet;
import finacct.validation.rules.RuleSets;
import org.junit.jupiter.api.Test;

import java.util.List;

import static finacct.validation.rules.narrative.Narratives.narrative;
import static finacct.validation.rules.narrative.Narratives.rule;
import static finacct.validation.rules.narrative.Narratives.serious;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conventions of rules.yaml on narratives written for them: percentages truncated for the whole document
 * (98.679 % printed 98.67 %), and rates of nothing (完成预算的 0.00% where budget and actual are both 0).
 */
class PercentConventionsTest {

    private static final RuleSet MOF = RuleSets.forTemplate("MOF-2020").orElseThrow();
    private static final RuleSet SH = RuleSets.forTemplate("SH-2024").orElseThrow();

    /** A document that truncates: 2960.37 ÷ 3000.00 = 98.679 % printed 98.67 %, the rest fitting both ways. */
    private static Narratives truncating() {
        return narrative()
                .amount("5.2", "gpb.expenditure", "3000.00")
                .amount("5.2", "gpb.function:201", "2960.37")
                .claim("5.2", "share", "gpb.function:201", "gpb.expenditure", "98.67", "%")   // 98.679
                .amount("5.2", "gpb.function:208", "39.63")
                .claim("5.2", "share", "gpb.function:208", "gpb.expenditure", "1.32", "%")    // 1.321
                .claim("5.3", "budget", "gpb.expenditure", null, "3100.00", "万元")
                .claim("5.3", "rate", "gpb.expenditure", "gpb.expenditure#budget", "96.77", "%"); // 96.774
    }

    @Test
    void aDocumentWhosePercentagesAreTruncatedGetsOneInfoAndNoError() {
        for (RuleSet rules : List.of(MOF, SH)) {
            List<Finding> findings = rules.check(truncating().facts());

            assertThat(serious(findings)).as(rules.version()).isEmpty();
            assertThat(findings).filteredOn(f -> f.ruleId().equals("C.percent-truncation")).singleElement()
                    .satisfies(f -> {
                        assertThat(f.severity()).isEqualTo(Severity.INFO);
                        assertThat(f.message()).contains("可核对的 3 处百分比中有 1 处只与截尾相符")
                                .contains("98.67%（按所列数字计算为 98.679%）");
                        assertThat(f.cells()).extracting(c -> c.value()).containsExactly("98.67");
                    });
            assertThat(findings).filteredOn(f -> f.ruleId().equals("N.share")).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.expected()).isEqualTo("98.68");
                assertThat(f.message()).contains("98.67%").contains("截尾");
            });
        }
    }

    @Test
    void oneTruncatedLookingPercentInADocumentThatRoundsIsStillAnError() {
        // 2960.37 ÷ 3000.00 printed 98.68 %: this document rounds, so 296.04 ÷ 300.00 = 98.68 % printed 98.67 % is wrong
        List<Finding> findings = MOF.check(truncating()
                .claim("5.2", "share", "gpb.function:201", "gpb.expenditure", "98.68", "%")
                .amount("11", "procurement.total", "300.00").amount("11", "procurement.sme", "296.04")
                .claim("11", "share", "procurement.sme", "procurement.total", "98.67", "%").facts());

        assertThat(findings).noneMatch(f -> f.ruleId().equals("C.percent-truncation"));
        assertThat(serious(findings)).extracting(Finding::actual).contains("98.67");
    }

    @Test
    void truncationIsAcceptedOnlyWhereTheRuleSetNamesIt() {
        String share = """
                id: N.share
                kind: claimShare
                severity: ERROR
                message: 占比不符
                """ + Narratives.CONCEPTS;
        Rule rounding = rule(share + "conventions: {percentRounding: [halfUp]}\n");
        Rule either = rule(share + "conventions: {percentRounding: [halfUp, truncate]}\n");

        assertThat(serious(truncating().check(rounding))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(serious(truncating().check(either))).isEmpty();
    }

    @Test
    void aRateOfNothingContradictsNothing() {
        for (String rate : List.of("0.00", "100.00")) {
            List<Finding> findings = MOF.check(narrative()
                    .claim("7", "budget", "sangong", null, "0.00", "万元").amount("7", "sangong", "0.00")
                    .claim("7", "rate", "sangong", "sangong#budget", rate, "%").facts());

            assertThat(serious(findings)).as(rate).isEmpty();
            assertThat(findings).filteredOn(f -> f.ruleId().equals("N.execution-rate")).singleElement()
                    .satisfies(f -> {
                        assertThat(f.severity()).isEqualTo(Severity.INFO);
                        assertThat(f.message()).contains(rate + "%").contains("均为 0");
                    });
        }
    }

    @Test
    void aRateOtherThanNoneOrAllOfNothingIsStillReported() {
        List<Finding> findings = MOF.check(narrative()
                .claim("7", "budget", "sangong", null, "0.00", "万元").amount("7", "sangong", "0.00")
                .claim("7", "rate", "sangong", "sangong#budget", "95.00", "%").facts());

        assertThat(serious(findings)).filteredOn(f -> f.ruleId().equals("N.execution-rate")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }
}
