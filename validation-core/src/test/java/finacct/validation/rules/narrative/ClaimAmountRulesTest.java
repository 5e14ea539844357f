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

/** claimTable and claimBudgetDifference: a stated amount against its cells, a stated reduction against budget − actual. */
class ClaimAmountRulesTest {

    private static final Rule TABLE = rule("""
            id: N.amount-vs-table
            kind: claimTable
            severity: ERROR
            message: 情况说明所列金额与决算表不符
            """ + Narratives.CONCEPTS);
    private static final Rule DIFFERENCE = rule("""
            id: N.budget-difference
            kind: claimBudgetDifference
            severity: ERROR
            message: 比预算增减额不符
            """ + Narratives.CONCEPTS);

    @Test
    void anAmountEqualToItsCellOrWithinItsPrintedPrecisionPasses() {
        List<Finding> exact = narrative().cells("T3/total/2=388.40").amount("3", "expenditure.basic", "388.40").check(TABLE);
        assertThat(exact).isEmpty();
        // "42.3" stands for 42.25…42.35: the cell's 42.30 and 42.34 print as 42.3; 42.35 is 42.3 only by rounding
        assertThat(narrative().cells("T5/221/1=42.30").amount("5.2", "gpb.function:221", "42.3").check(TABLE)).isEmpty();
        assertThat(narrative().cells("T5/221/1=42.34").amount("5.2", "gpb.function:221", "42.3").check(TABLE)).isEmpty();
        List<Finding> rounding = narrative().cells("T5/221/1=42.35").amount("5.2", "gpb.function:221", "42.3").check(TABLE);
        assertThat(rounding).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void anAmountBeyondItsPrecisionIsAnErrorNamingTheCell() {
        List<Finding> f = narrative().cells("T5/221/1=42.36").amount("5.2", "gpb.function:221", "42.3").check(TABLE);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.message()).contains("42.3").contains("42.36").contains("表5");
            assertThat(x.cells()).anySatisfy(c -> assertThat(c.table() + "/" + c.row() + "/" + c.column()).isEqualTo("T5/221/1"));
        });
    }

    @Test
    void aBlankCellOfAPrintedTableIsZeroAndAnUnprintedTableIsNotCompared() {
        assertThat(narrative().cells("T7/1/7=1.25").amount("7", "sangong.abroad", "0").check(TABLE)).isEmpty();
        assertThat(serious(narrative().cells("T7/1/7=1.25").amount("7", "sangong.abroad", "0.50").check(TABLE))).hasSize(1);
        assertThat(narrative().cells("T3/total/1=1.00").amount("7", "sangong.abroad", "5.00").check(TABLE)).isEmpty();
    }

    @Test
    void aBudgetIsComparedWithTheBudgetColumns() {
        var ok = narrative().cells("T7/1/1=31.40", "T7/1/7=1.25").claim("7", "budget", "sangong", null, "31.4", "万元");
        assertThat(ok.check(TABLE)).isEmpty();
        var wrong = narrative().cells("T7/1/1=31.40", "T7/1/7=1.25").claim("7", "budget", "sangong", null, "34.1", "万元");
        assertThat(serious(wrong.check(TABLE))).singleElement().satisfies(x -> assertThat(x.message()).contains("34.1").contains("31.40"));
    }

    @Test
    void aReductionFromBudgetEqualsActualMinusBudget() {
        // 运行费 1.35 of a 4.20 budget: 比年初预算减少 2.85
        var ok = narrative().cells("T7/1/5=4.20", "T7/1/11=1.35").amount("7", "sangong.vehicle.operation", "1.35")
                .claim("7", "change", "sangong.vehicle.operation", "sangong.vehicle.operation#budget", "-2.85", "万元");
        assertThat(ok.check(DIFFERENCE)).isEmpty();
        var wrong = narrative().cells("T7/1/5=4.20", "T7/1/11=1.35").amount("7", "sangong.vehicle.operation", "1.35")
                .claim("7", "change", "sangong.vehicle.operation", "sangong.vehicle.operation#budget", "-2.58", "万元");
        assertThat(serious(wrong.check(DIFFERENCE))).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("-2.58").contains("1.35").contains("4.20").contains("-2.85"));
    }

    @Test
    void aReductionPrintedWithoutDecimalsMayDifferByHalfAUnit() {
        var edge = narrative().cells("T7/1/4=18.40").amount("7", "sangong.vehicle.purchase", "0")
                .claim("7", "change", "sangong.vehicle.purchase", "sangong.vehicle.purchase#budget", "-18", "万元");
        assertThat(serious(edge.check(DIFFERENCE))).isEmpty();
        var beyond = narrative().cells("T7/1/4=18.60").amount("7", "sangong.vehicle.purchase", "0")
                .claim("7", "change", "sangong.vehicle.purchase", "sangong.vehicle.purchase#budget", "-18", "万元");
        assertThat(serious(beyond.check(DIFFERENCE))).hasSize(1);
    }
}
