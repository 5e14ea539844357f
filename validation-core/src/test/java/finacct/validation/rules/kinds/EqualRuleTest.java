package finacct.validation.rules.kinds;

import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.kernel.results.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static finacct.validation.rules.Submissions.check;
import static finacct.validation.rules.Submissions.facts;
import static org.assertj.core.api.Assertions.assertThat;

class EqualRuleTest {

    private static final String BASIC = """
            id: X.T5-T6.basic
            kind: equal
            severity: ERROR
            message: 表5 基本支出应等于表6 人员经费与公用经费之和
            left: T5/total/2
            right: [T6/personnel_total/1, T6/public_total/1]
            """;

    private static List<Finding> basic(String t5) {
        return check(BASIC, facts("T5/total/2=" + t5, "T6/personnel_total/1=4.00", "T6/public_total/1=1.00"));
    }

    @Test
    void equalFiguresHaveNoFinding() {
        assertThat(basic("5.00")).isEmpty();
    }

    @Test
    void twoPartsAndATotalMayDifferBy001AsRoundingAndNoMore() {
        // (2 + 1) × 0.005 = 0.015
        assertThat(basic("5.01")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("四舍五入");
        });
        assertThat(basic("4.99")).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(basic("5.02")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("表5 合计 2栏（基本支出） 5.02 ≠ 表6 人员经费合计 4.00 + 表6 公用经费合计 1.00 = 5.00（差 0.02）");
            assertThat(f.expected()).isEqualTo("5.00");
            assertThat(f.actual()).isEqualTo("5.02");
            assertThat(f.difference()).isEqualTo("0.02");
            assertThat(f.cells()).extracting(FindingCell::table).containsExactly("T5", "T6", "T6");
        });
    }

    @Test
    void aBlankSideIsZeroAndTwoBlankSidesSayNothing() {
        // 表5 holds figures, but not this one
        assertThat(check(BASIC, facts("T5/total/3=1.00", "T6/personnel_total/1=4.00"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("（空）");
        });
        assertThat(check(BASIC, facts("T1/1/1=4.00"))).isEmpty();
    }

    @Test
    void anUnprintedTotalOfASubjectTableIsTheSumOfItsClasses() {
        String rule = """
                id: X.T1-T3.total
                kind: equal
                severity: ERROR
                message: 表1 第57行应等于表3 合计
                left: T1/57/2
                right: T3/total/1
                """;
        assertThat(check(rule, facts("T1/57/2=3.00", "T3/201/1=1.00", "T3/208/1=2.00"))).isEmpty();
        assertThat(check(rule, facts("T1/57/2=3.50", "T3/201/1=1.00", "T3/208/1=2.00"))).singleElement()
                .satisfies(f -> assertThat(f.cells()).extracting(FindingCell::row).containsExactly("57", "201", "208"));
    }

    @Test
    void aConditionalRuleHoldsOnlyWhenItsCellsAreBlank() {
        String rule = """
                id: P.T1-T4.expenditure
                kind: equal
                severity: WARNING
                message: 表1 第57行应与表4 第59行相同
                left: T1/57/2
                right: T4/59/2
                when: {blank: ["T1/4..8/1", T1/29/1]}
                """;
        assertThat(check(rule, facts("T1/57/2=10.00", "T4/59/2=8.00"))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(check(rule, facts("T1/57/2=10.00", "T4/59/2=8.00", "T1/5/1=0.00"))).hasSize(1);
        assertThat(check(rule, facts("T1/57/2=10.00", "T4/59/2=8.00", "T1/5/1=2.00"))).isEmpty();
        assertThat(check(rule, facts("T1/57/2=10.00", "T4/59/2=8.00", "T1/29/1=2.00"))).isEmpty();
    }

    @Test
    void rowByRowBetweenTwoTables() {
        String rule = """
                id: X.T2-T3.same
                kind: equal
                severity: ERROR
                message: 表2 与表3 各科目合计相同
                left: {table: T2, column: "1"}
                right: {table: T3, column: "1"}
                """;
        assertThat(check(rule, facts("T2/2010350/1=2.00", "T3/2010350/1=2.00"))).isEmpty();
        // a subject only one table has is compared with 0 on the other
        assertThat(check(rule, facts("T2/2010350/1=2.00", "T3/2010350/1=2.00", "T3/2010301/1=1.00")))
                .singleElement().satisfies(f -> assertThat(f.cells()).extracting(FindingCell::row)
                        .containsExactly("2010301", "2010301"));
    }
}
