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

/** claimShare, claimRate, claimChangeRate: ratios computed on intervals, the percentage printed with its decimals. */
class ClaimRatioRulesTest {

    private static final Rule SHARE = rule("""
            id: N.share
            kind: claimShare
            severity: ERROR
            message: 占比不符
            balancingUnits: 1
            """ + Narratives.CONCEPTS);
    private static final Rule RATE = rule("""
            id: N.execution-rate
            kind: claimRate
            severity: ERROR
            message: 完成比例不符
            zeroBaseSeverity: WARNING
            """ + Narratives.CONCEPTS);
    private static final Rule CHANGE = rule("""
            id: N.change-rate
            kind: claimChangeRate
            severity: ERROR
            message: 增减比例不符
            zeroBaseSeverity: INFO
            """ + Narratives.CONCEPTS);

    @Test
    void aShareThatRoundsFromItsPartAndWholePasses() {
        // 260.38 / 500.00 = 52.076%: printed 52.1%
        List<Finding> f = narrative().amount("3", "expenditure.total", "500.00").amount("3", "expenditure.basic", "260.38")
                .claim("3", "share", "expenditure.basic", "expenditure.total", "52.1", "%").check(SHARE);
        assertThat(serious(f)).isEmpty();
    }

    @Test
    void aShareBeyondRoundingIsAnErrorWithItsArithmetic() {
        // 102.55 / 250.00 = 41.02%: a printed 40.8% is not a rounding of it
        List<Finding> f = narrative().amount("3", "expenditure.total", "250.00").amount("3", "expenditure.basic", "102.55")
                .claim("3", "share", "expenditure.basic", "expenditure.total", "40.8", "%").check(SHARE);
        assertThat(serious(f)).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.message()).contains("40.8%").contains("102.55").contains("250.00").contains("41.0%");
        });
    }

    @Test
    void aWholeNumberShareStandsForHalfAPercentEitherSide() {
        var edge = narrative().amount("11", "procurement.total", "200.00").amount("11", "procurement.sme", "20.98")
                .claim("11", "share", "procurement.sme", "procurement.total", "10", "%");
        assertThat(serious(edge.check(SHARE))).isEmpty(); // 10.49%
        var beyond = narrative().amount("11", "procurement.total", "200.00").amount("11", "procurement.sme", "21.02")
                .claim("11", "share", "procurement.sme", "procurement.total", "10", "%");
        assertThat(serious(beyond.check(SHARE))).hasSize(1); // 10.51%
    }

    @Test
    void sharesAdjustedToTotalExactlyOneHundredAreARoundingDifference() {
        // 1000.10, 1000.10 and 999.80 of 3000.00 are 33.337%, 33.337% and 33.327%: rounded, 33.34 + 33.34 + 33.33
        // = 100.01; printing the last as 33.32 makes them total 100.00
        Narratives n = narrative().amount("5.2", "gpb.expenditure", "3000.00")
                .amount("5.2", "gpb.function:201", "1000.10").claim("5.2", "share", "gpb.function:201", "gpb.expenditure", "33.34", "%")
                .amount("5.2", "gpb.function:208", "1000.10").claim("5.2", "share", "gpb.function:208", "gpb.expenditure", "33.34", "%")
                .amount("5.2", "gpb.function:221", "999.80").claim("5.2", "share", "gpb.function:221", "gpb.expenditure", "33.32", "%");
        List<Finding> f = n.check(SHARE);
        assertThat(serious(f)).isEmpty();
        assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).contains("尾差调整"));
        // the same 33.32% where the section's shares do not total 100%: an error
        Narratives off = narrative().amount("5.2", "gpb.expenditure", "3000.00")
                .amount("5.2", "gpb.function:201", "1000.10").claim("5.2", "share", "gpb.function:201", "gpb.expenditure", "33.34", "%")
                .amount("5.2", "gpb.function:221", "999.80").claim("5.2", "share", "gpb.function:221", "gpb.expenditure", "33.32", "%");
        assertThat(serious(off.check(SHARE))).hasSize(1);
    }

    @Test
    void anExecutionRateIsActualOverTheBudgetItNames() {
        // 1127.50 of an initial 1540.00: 73.21% → 73.2%
        var ok = narrative().claim("5.3", "budget", "gpb.expenditure", null, "1540.00", "万元").amount("5.3", "gpb.expenditure", "1127.50")
                .claim("5.3", "rate", "gpb.expenditure", "gpb.expenditure#budget", "73.2", "%");
        assertThat(serious(ok.check(RATE))).isEmpty();
        var wrong = narrative().claim("13.3", "adjustedBudget", "project:甲", null, "250.00", "万元").amount("13.3", "project:甲", "102.55")
                .claim("13.3", "rate", "project:甲", "project:甲#adjustedBudget", "40.8", "%");
        assertThat(serious(wrong.check(RATE))).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("40.8%").contains("41.0%"));
    }

    @Test
    void aRateOfAZeroBudgetIsAWarningWhenItIsTheRateOfTheOtherBudgetAndAnErrorOtherwise() {
        var wording = narrative().claim("5.3", "budget", "gpb.expenditure", null, "0", "万元")
                .claim("5.3", "adjustedBudget", "gpb.expenditure", null, "250.00", "万元").amount("5.3", "gpb.expenditure", "240.00")
                .claim("5.3", "rate", "gpb.expenditure", "gpb.expenditure#budget", "96.00", "%");
        assertThat(serious(wording.check(RATE))).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.message()).contains("250.00").contains("用词有误");
        });
        var wrong = narrative().claim("5.3", "budget", "gpb.expenditure", null, "0", "万元")
                .claim("5.3", "adjustedBudget", "gpb.expenditure", null, "250.00", "万元").amount("5.3", "gpb.expenditure", "240.00")
                .claim("5.3", "rate", "gpb.expenditure", "gpb.expenditure#budget", "90.00", "%");
        assertThat(serious(wrong.check(RATE))).singleElement().satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void aRateTakesAnUnstatedBudgetFromTheTables() {
        var ok = narrative().cells("T7/1/5=4.20", "T7/1/11=1.35").amount("7", "sangong.vehicle.operation", "1.35")
                .claim("7", "rate", "sangong.vehicle.operation", "sangong.vehicle.operation#budget", "32.1", "%");
        assertThat(serious(ok.check(RATE))).isEmpty();
        var wrong = narrative().cells("T7/1/5=4.20", "T7/1/11=1.35").amount("7", "sangong.vehicle.operation", "1.35")
                .claim("7", "rate", "sangong.vehicle.operation", "sangong.vehicle.operation#budget", "31.2", "%");
        assertThat(serious(wrong.check(RATE))).hasSize(1);
    }

    @Test
    void aYearOnYearRateIsTheChangeOverLastYearsFigure() {
        // +300.00 to 800.00: last year 500.00, +60.0%
        var ok = narrative().amount("1", "total.income_expenditure", "800.00")
                .claim("1", "change", "total.income_expenditure", null, "300.00", "万元")
                .claim("1", "changeRate", "total.income_expenditure", null, "60.0", "%");
        assertThat(serious(ok.check(CHANGE))).isEmpty();
        // 37.5% is the change over this year's figure, not last year's
        var wrong = narrative().amount("1", "total.income_expenditure", "800.00")
                .claim("1", "change", "total.income_expenditure", null, "300.00", "万元")
                .claim("1", "changeRate", "total.income_expenditure", null, "37.5", "%");
        assertThat(serious(wrong.check(CHANGE))).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("37.5%").contains("300.00").contains("60.0%"));
    }

    @Test
    void aFallIsNegativeOnBothSides() {
        var ok = narrative().amount("7", "sangong", "1.50").claim("7", "change", "sangong", null, "-3.50", "万元")
                .claim("7", "changeRate", "sangong", null, "-70.0", "%");
        assertThat(serious(ok.check(CHANGE))).isEmpty();
        var sign = narrative().amount("7", "sangong", "1.50").claim("7", "change", "sangong", null, "-3.50", "万元")
                .claim("7", "changeRate", "sangong", null, "70.0", "%");
        assertThat(serious(sign.check(CHANGE))).hasSize(1);
    }

    @Test
    void growthFromNothingCannotBeARateAndIsOnlyNoted() {
        var fromZero = narrative().amount("1", "total.income_expenditure", "150.00")
                .claim("1", "change", "total.income_expenditure", null, "150.00", "万元")
                .claim("1", "changeRate", "total.income_expenditure", null, "100.00", "%");
        List<Finding> f = fromZero.check(CHANGE);
        assertThat(serious(f)).isEmpty();
        assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).contains("为 0"));
    }
}
