package finacct.validation.rules.kinds;

import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.kernel.results.Severity;
import finacct.validation.rules.Facts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static finacct.validation.rules.Submissions.check;
import static finacct.validation.rules.Submissions.facts;
import static org.assertj.core.api.Assertions.assertThat;

class PriorYearCellsRuleTest {

    private static final String RULE = """
            id: Y.opening
            kind: priorYearCells
            severity: WARNING
            message: 本年年初结转和结余与上年年末结转和结余不符
            pairs:
              - {current: "T1/29/1", previous: "T1/59/2"}
            """;

    @Test
    void thisYearsOpeningBalanceOtherThanLastYearsClosingIsFoundWithBothYearsCells() {
        Facts lastYear = facts(2020, "T1/59/2=12.30", "T1/57/2=100.00");
        Facts thisYear = facts(2021, "T1/29/1=13.30", "T1/27/1=90.00").withPreviousYear(lastYear, "测试的 2020 年度");

        List<Finding> findings = check(RULE, thisYear);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.expected()).isEqualTo("12.30");
            assertThat(f.actual()).isEqualTo("13.30");
            assertThat(f.difference()).isEqualTo("1.00");
            assertThat(f.message()).contains("2021 年度").contains("2020 年度").contains("测试的 2020 年度");
            assertThat(f.cells()).containsExactly(new FindingCell("T1", "29", "1", "13.30", 2021),
                    new FindingCell("T1", "59", "2", "12.30", 2020));
        });
    }

    @Test
    void equalBalancesAgreeAndWithoutLastYearTheRuleOnlySaysItCouldNotCheck() {
        Facts lastYear = facts(2020, "T1/59/2=12.30");
        assertThat(check(RULE, facts(2021, "T1/29/1=12.30").withPreviousYear(lastYear, "x"))).isEmpty();

        assertThat(check(RULE, facts(2021, "T1/29/1=12.30"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("未提供上年（2020 年度）决算");
        });
        // nothing to carry over, nothing to say
        assertThat(check(RULE, facts(2021, "T1/27/1=5.00"))).isEmpty();
    }
}
