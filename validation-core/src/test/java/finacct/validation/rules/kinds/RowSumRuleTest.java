package finacct.validation.rules.kinds;

import finacct.kernel.results.Finding;
import finacct.kernel.results.Severity;
import finacct.validation.rules.Facts;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static finacct.validation.rules.Submissions.check;
import static finacct.validation.rules.Submissions.facts;
import static finacct.validation.rules.Submissions.ones;
import static org.assertj.core.api.Assertions.assertThat;

class RowSumRuleTest {

    private static final String LINE27 = """
            id: T1.line27
            kind: rowSum
            severity: ERROR
            message: 表1 第27行应等于第1至8行之和
            table: T1
            total: "27"
            parts: ["1..8"]
            """;

    private static final String LINE59 = """
            id: T4.line59
            kind: rowSum
            severity: ERROR
            message: 表4 第59行应等于第33至58行之和
            table: T4
            total: "59"
            parts: ["33..58"]
            """;

    /** 表1 lines 1–8 at 1.00 each, line 27 stated as 8.00 + offset. */
    private static List<Finding> line27Off(String offset) {
        List<String> cells = new ArrayList<>(ones("T1/{i}/1", 1, 8));
        cells.add("T1/27/1=" + new BigDecimal("8.00").add(new BigDecimal(offset)).toPlainString());
        return check(LINE27, facts(2020, cells));
    }

    @Test
    void aTotalThatIsTheSumOfItsLinesHasNoFinding() {
        assertThat(line27Off("0")).isEmpty();
    }

    @Test
    void eightLinesAndTheirTotalAt001MayDifferBy004AsRoundingAndNoMore() {
        // 8 parts + the total, each ±0.005: (8 + 1) × 0.005 = 0.045, so 0.04 is rounding
        assertThat(line27Off("0.04")).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(line27Off("-0.04")).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(line27Off("0.05")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("8.05 ≠").contains("= 8.00").contains("差 0.05");
            assertThat(f.cells()).hasSize(9);
        });
    }

    @Test
    void aBlankTotalWithLinesIsAStatedZero() {
        Facts facts = facts("T1/1/1=5.00");
        assertThat(check(LINE27, facts)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.actual()).isEqualTo("0.00");
            assertThat(f.expected()).isEqualTo("5.00");
        });
    }

    @Test
    void eachColumnOfTheTotalRowIsCheckedOnItsOwn() {
        Facts facts = facts("T4/33/2=10.00", "T4/33/3=10.00", "T4/40/2=5.00", "T4/40/3=5.00",
                "T4/59/2=15.00", "T4/59/3=14.00");
        assertThat(check(LINE59, facts)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.cells()).first().satisfies(c -> assertThat(c.column()).isEqualTo("3"));
            assertThat(f.message()).contains("表4 第59行（本年支出合计） 3栏");
        });
    }

    @Test
    void withoutPartsTheTemplatesSumOfIsUsed() {
        String fromTemplate = """
                id: T1.line30
                kind: rowSum
                severity: ERROR
                message: 表1 第30行
                table: T1
                total: "30"
                """;
        assertThat(check(fromTemplate, facts("T1/27/1=3.00", "T1/29/1=1.00", "T1/30/1=4.00"))).isEmpty();
        assertThat(check(fromTemplate, facts("T1/27/1=3.00", "T1/29/1=1.00", "T1/30/1=5.00"))).hasSize(1);
    }
}
