package finacct.validation.rules.narrative;

import finacct.kernel.results.Finding;
import finacct.kernel.results.Severity;
import finacct.validation.rules.Interval;
import finacct.validation.rules.Rule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static finacct.validation.rules.narrative.Narratives.narrative;
import static finacct.validation.rules.narrative.Narratives.rule;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A finding shows the figure a reader computes from the printed figures (0.20 ÷ 0.60 = 33.33 %), rounded to the
 * stated precision; the interval rounding allows is only the tolerance, never the figure shown.
 */
class ExactComputedValuesTest {

    private static final Rule CHANGE = rule("""
            id: N.change-rate
            kind: claimChangeRate
            severity: ERROR
            message: 增减比例不符
            zeroBaseSeverity: INFO
            """ + Narratives.CONCEPTS);
    private static final Rule SHARE = rule("""
            id: N.share
            kind: claimShare
            severity: ERROR
            message: 占比不符
            """ + Narratives.CONCEPTS);

    @Test
    void aRatioOfPrintedFiguresIsShownAsThatRatioNotAsTheMidpointOfItsInterval() {
        // 三公 0.40 this year, 0.20 less than last year's 0.60: −0.20 ÷ 0.60 = −33.33 %; the interval of the
        // printed figures' readings is −34.75 % … −31.97 %, whose midpoint (−33.36 %) nobody computes
        Interval lastYear = Interval.stated("0.40").minus(Interval.stated("-0.20"));
        Interval ratio = Interval.stated("-0.20").percentOf(lastYear).orElseThrow();
        assertThat(ratio.rounded(2)).hasToString("-33.33");
        assertThat(ratio.midpoint().setScale(2, java.math.RoundingMode.HALF_UP)).hasToString("-33.36");

        List<Finding> f = narrative().amount("7", "sangong", "0.40").claim("7", "change", "sangong", null, "-0.20", "万元")
                .claim("7", "changeRate", "sangong", null, "-33.35", "%").check(CHANGE);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.INFO);
            assertThat(x.expected()).isEqualTo("-33.33");
            assertThat(x.difference()).isEqualTo("-0.02");
            assertThat(x.message()).contains("= -33.33%").contains("差额在四舍五入范围内");
        });
    }

    @Test
    void aRatioPrintedExactlyAsComputedGivesNoFinding() {
        List<Finding> f = narrative().amount("7", "sangong", "0.40").claim("7", "change", "sangong", null, "-0.20", "万元")
                .claim("7", "changeRate", "sangong", null, "-33.33", "%").check(CHANGE);
        assertThat(f).isEmpty();
    }

    @Test
    void anErrorShowsTheShareOfThePrintedFigures() {
        // 0.05 ÷ 0.15 = 33.33 %; the readings' interval is 29.03 % … 37.93 %, its midpoint 33.48 %
        List<Finding> f = narrative().amount("7", "sangong", "0.15").amount("7", "sangong.reception", "0.05")
                .claim("7", "share", "sangong.reception", "sangong", "25.00", "%").check(SHARE);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.expected()).isEqualTo("33.33");
            assertThat(x.difference()).isEqualTo("-8.33");
            assertThat(x.message()).contains("0.05万元 ÷ ").contains("0.15万元 × 100% = 33.33%");
        });
    }
}
