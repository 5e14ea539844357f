package finacct.validation.rules.kinds;

import finacct.kernel.results.Severity;
import org.junit.jupiter.api.Test;

import static finacct.validation.rules.Submissions.check;
import static finacct.validation.rules.Submissions.facts;
import static org.assertj.core.api.Assertions.assertThat;

class ColumnSumRuleTest {

    private static final String T8_CLOSING = """
            id: T8.column6
            kind: columnSum
            severity: ERROR
            message: 表8 各行 6栏应等于 1栏 + 2栏 − 3栏
            table: T8
            total: "6"
            parts: ["1", "2", "-3"]
            """;

    private static java.util.List<finacct.kernel.results.Finding> closing(String value) {
        return check(T8_CLOSING, facts("T8/2120801/1=5.00", "T8/2120801/2=10.00", "T8/2120801/3=12.00",
                "T8/2120801/6=" + value));
    }

    @Test
    void openingPlusIncomeMinusExpenditureIsTheClosingBalance() {
        assertThat(closing("3.00")).isEmpty();
    }

    @Test
    void threePartsAndTheTotalMayDifferBy002AsRoundingAndNoMore() {
        // (3 + 1) × 0.005 = 0.02, whatever the signs of the parts
        assertThat(closing("3.02")).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(closing("2.98")).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(closing("3.03")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("− 表8 2120801 3栏（本年支出小计） 12.00").contains("= 3.00");
        });
    }
}
