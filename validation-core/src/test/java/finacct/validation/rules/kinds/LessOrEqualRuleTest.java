package finacct.validation.rules.kinds;

import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.kernel.results.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static finacct.validation.rules.Submissions.check;
import static finacct.validation.rules.Submissions.facts;
import static org.assertj.core.api.Assertions.assertThat;

class LessOrEqualRuleTest {

    private static final String T5_T3 = """
            id: X.T5-T3.subjects
            kind: lessOrEqual
            severity: ERROR
            message: 表5 不应大于表3 同一科目、同一栏目的支出
            part: {table: T5, columns: ["1", "2", "3"]}
            whole: {table: T3, columns: ["1", "2", "3"]}
            """;

    private static List<Finding> subject(String t5, String t3) {
        return check(T5_T3, facts("T5/2010350/2=" + t5, "T3/2010350/2=" + t3));
    }

    @Test
    void aPartUpToItsWholeHasNoFinding() {
        assertThat(subject("10.00", "10.00")).isEmpty();
        assertThat(subject("9.00", "10.00")).isEmpty();
    }

    @Test
    void aPartLargerOnlyByRoundingIsInfoAndBeyondIsAnError() {
        // part 10.01 can be 10.005, whole 10.00 can be 10.005: rounding explains it
        assertThat(subject("10.01", "10.00")).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(subject("10.02", "10.00")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("表5 2010350 2栏（基本支出） 10.02 > 表3 2010350 2栏（基本支出） 10.00（超出 0.02）");
            assertThat(f.cells()).extracting(FindingCell::table).containsExactly("T5", "T3");
        });
    }

    @Test
    void aSubjectTheWholeTableLacksIsAnError() {
        assertThat(check(T5_T3, facts("T5/2010350/1=1.00", "T3/2050101/1=2.00"))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void withinOneTableEachPartColumnAgainstTheWholeColumn() {
        String rule = """
                id: P.T3.parts
                kind: lessOrEqual
                severity: WARNING
                message: 表3 基本支出、项目支出不应大于本年支出合计
                part: {table: T3, columns: ["2", "3"]}
                whole: {table: T3, column: "1"}
                """;
        assertThat(check(rule, facts("T3/201/1=5.00", "T3/201/2=3.00", "T3/201/3=2.00"))).isEmpty();
        assertThat(check(rule, facts("T3/201/1=5.00", "T3/201/2=6.00", "T3/201/3=-1.00"))).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.cells()).extracting(FindingCell::column).containsExactly("2", "1");
                });
    }

    @Test
    void singleCells() {
        String rule = """
                id: X.T6-T7.vehicle-running
                kind: lessOrEqual
                severity: WARNING
                message: 表6 30231 不应大于表7 11栏
                part: T6/30231/1
                whole: T7/1/11
                """;
        assertThat(check(rule, facts("T6/30231/1=0.96", "T7/1/11=1.20"))).isEmpty();
        assertThat(check(rule, facts("T6/30231/1=0.96", "T7/1/1=2.00"))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }
}
