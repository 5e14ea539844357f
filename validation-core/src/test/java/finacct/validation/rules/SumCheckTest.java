package finacct.validation.rules;

import finacct.kernel.events.CellRef;
import finacct.kernel.events.Figure;
import finacct.kernel.results.Finding;
import finacct.kernel.results.Severity;
import finacct.kernel.template.ReportTemplates;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SumCheckTest {

    private static final RuleHeader HEADER = new RuleHeader("T1.income-total", "sum", Severity.ERROR, "表1 本年收入合计应等于各项之和");

    /** Table 1 lines 1…n each 1.00, line 27 stated as n + offset. */
    private static Optional<Finding> checkWithOffset(int n, String offset) {
        List<Figure> figures = new ArrayList<>();
        IntStream.rangeClosed(1, n).forEach(i -> figures.add(new Figure("T1", String.valueOf(i), "1", "1.00", null)));
        String total = new BigDecimal(n).add(new BigDecimal(offset)).setScale(2).toPlainString();
        figures.add(new Figure("T1", "27", "1", total, null));
        Facts facts = new Facts(ReportTemplates.get("MOF-2020"), 2020, figures, List.of(), List.of(), List.of());
        List<Term> parts = IntStream.rangeClosed(1, n).mapToObj(i -> Term.plus(new CellRef("T1", String.valueOf(i), "1"))).toList();
        return SumCheck.check(HEADER, facts, new CellRef("T1", "27", "1"), parts);
    }

    @Test
    void anExactTotalHasNoFinding() {
        assertThat(checkWithOffset(5, "0")).isEmpty();
    }

    @Test
    void aTotalOffByWhatRoundingOfNPartsExplainsIsAtMostInfo() {
        // 5 parts and the total at 0.01: up to (5 + 1) × 0.005 = 0.03 is rounding
        assertThat(checkWithOffset(5, "0.03")).hasValueSatisfying(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(checkWithOffset(5, "-0.03")).hasValueSatisfying(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(checkWithOffset(8, "0.04")).hasValueSatisfying(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void aTotalOffByMoreIsAnErrorShowingTheArithmetic() {
        Optional<Finding> finding = checkWithOffset(5, "0.04");
        assertThat(finding).hasValueSatisfying(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("表1 第27行（本年收入合计） 5.04 ≠ ").contains(" = 5.00").contains("差 0.04");
            assertThat(f.cells()).hasSize(6);
            assertThat(f.expected()).isEqualTo("5.00");
            assertThat(f.actual()).isEqualTo("5.04");
            assertThat(f.difference()).isEqualTo("0.04");
        });
        assertThat(checkWithOffset(8, "-0.05")).hasValueSatisfying(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void intervalsFollowThePrintedPrecision() {
        assertThat(Interval.stated("35.7")).isEqualTo(new Interval(new BigDecimal("35.65"), new BigDecimal("35.75"), new BigDecimal("35.7")));
        assertThat(Interval.stated("35.7").intersects(Interval.stated("35.70"))).isTrue();
        assertThat(Interval.stated("377.55").intersects(Interval.stated("352.60").plus(Interval.stated("24.94")))).isTrue();
        assertThat(Interval.stated("286.45").intersects(
                Interval.stated("262.05").plus(Interval.stated("0")).plus(Interval.stated("2602.4")))).isFalse();
    }
}
