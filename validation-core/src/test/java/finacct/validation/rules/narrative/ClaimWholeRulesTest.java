package finacct.validation.rules.narrative;

import finacct.kernel.results.Finding;
import finacct.kernel.results.Severity;
import finacct.validation.rules.Rule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static finacct.validation.rules.narrative.Narratives.narrative;
import static finacct.validation.rules.narrative.Narratives.rule;
import static finacct.validation.rules.narrative.Narratives.serious;
import static org.assertj.core.api.Assertions.assertThat;

/** claimSum, claimNotAbove, claimRestated: the narrative's figures among themselves. */
class ClaimWholeRulesTest {

    private static final Rule PROCUREMENT = rule("""
            id: N.procurement-parts
            kind: claimSum
            severity: ERROR
            message: 政府采购支出总额与货物、工程、服务之和不符
            whole: procurement.total
            parts: [procurement.goods, procurement.works, procurement.services]
            """ + Narratives.CONCEPTS);
    private static final Rule NOT_ABOVE = rule("""
            id: N.sme-awards-within-total
            kind: claimNotAbove
            severity: WARNING
            message: 中标金额合计大于采购金额
            whole: procurement.total
            parts: [procurement.sme.reserved, procurement.sme.other]
            """ + Narratives.CONCEPTS);
    private static final Rule RESTATED = rule("""
            id: N.restated
            kind: claimRestated
            severity: ERROR
            message: 同一数量多处所列不一致
            exceptPrefixes: ["project:"]
            """ + Narratives.CONCEPTS);

    private static Narratives procurement(String total, String goods, String works, String services) {
        return narrative().amount("11", "procurement.total", total).amount("11", "procurement.goods", goods)
                .amount("11", "procurement.works", works).amount("11", "procurement.services", services);
    }

    @Test
    void aWholeEqualToItsPartsPasses() {
        assertThat(procurement("100.00", "60.00", "0", "40.00").check(PROCUREMENT)).isEmpty();
    }

    @Test
    void aWholeOffByWhatRoundingOfItsPartsExplainsIsInfoAndBeyondAnError() {
        // three parts and the whole at 0.01 (a 0 is exactly nothing): up to (3 + 1) × 0.005 = 0.02 is rounding
        List<Finding> rounding = procurement("1.01", "0.33", "0.33", "0.33").check(PROCUREMENT);
        assertThat(rounding).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(serious(procurement("1.01", "0.32", "0.33", "0.34").check(PROCUREMENT))).isEmpty();
        assertThat(serious(procurement("1.03", "0.33", "0.33", "0.33").check(PROCUREMENT))).hasSize(1);
    }

    @Test
    void aTotalThatDropsADigitIsAnErrorShowingEveryPart() {
        List<Finding> f = procurement("245.30", "221.80", "0", "2231.2").check(PROCUREMENT);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.message()).contains("245.30").contains("货物 221.80").contains("工程 0").contains("服务 2231.2")
                    .contains("= 2453.00");
            assertThat(x.cells()).hasSize(4);
        });
    }

    @Test
    void partsLargerThanTheirWholeAreAWarning() {
        var ok = narrative().amount("11", "procurement.total", "34.50").amount("11", "procurement.sme.reserved", "34.50")
                .amount("11", "procurement.sme.other", "0");
        assertThat(ok.check(NOT_ABOVE)).isEmpty();
        var over = narrative().amount("11", "procurement.total", "34.50").amount("11", "procurement.sme.reserved", "34.50")
                .amount("11", "procurement.sme.other", "34.50");
        assertThat(over.check(NOT_ABOVE)).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.message()).contains("69").contains("34.50");
        });
        // within rounding of the whole: not flagged
        var edge = narrative().amount("11", "procurement.total", "21.1").amount("11", "procurement.sme.reserved", "21.14");
        assertThat(edge.check(NOT_ABOVE)).isEmpty();
        var beyond = narrative().amount("11", "procurement.total", "21.1").amount("11", "procurement.sme.reserved", "21.16");
        assertThat(beyond.check(NOT_ABOVE)).hasSize(1);
    }

    @Test
    void oneQuantityStatedTwiceWithinRoundingPassesAndApartIsAnError() {
        var same = narrative().amount("5.1", "gpb.expenditure", "655.40").amount("5.3", "gpb.expenditure", "655.4");
        assertThat(same.check(RESTATED)).isEmpty();
        var apart = narrative().amount("5.1", "gpb.expenditure", "655.40").amount("5.3", "gpb.expenditure", "655.6");
        assertThat(apart.check(RESTATED)).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.message()).contains("655.40").contains("655.6").contains("五（一）").contains("五（三）");
        });
    }

    @Test
    void theDepartmentWideSelfEvaluationIsTheGeneralBudgetWhileTheDepartmentHasNoOtherMoney() {
        Narratives n = narrative().cells("T4/59/2=655.40", "T4/59/3=655.40")
                .claim("5.3", "adjustedBudget", "gpb.expenditure", null, "655.40", "万元")
                .evaluation("department", "某单位", "880.5", "655.40", "74.43", "20", "14.9", "90.1");
        assertThat(n.check(RESTATED)).singleElement().satisfies(x -> assertThat(x.message())
                .contains("655.40").contains("880.5").contains("部门整体绩效自评表"));
        // with government-fund money the two budgets are different quantities
        Narratives other = narrative().cells("T4/59/2=755.40", "T4/59/3=655.40", "T4/59/4=100.00")
                .claim("5.3", "adjustedBudget", "gpb.expenditure", null, "655.40", "万元")
                .evaluation("department", "某单位", "880.5", "655.40", "74.43", "20", "14.9", "90.1");
        assertThat(other.check(RESTATED)).isEmpty();
    }
}
