package finacct.validation.rules.kinds;

import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.kernel.results.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static finacct.validation.rules.Submissions.check;
import static finacct.validation.rules.Submissions.facts;
import static org.assertj.core.api.Assertions.assertThat;

class PerFunctionClassRuleTest {

    private static final String T1_T3 = """
            id: X.T1-T3.classes
            kind: perFunctionClass
            severity: ERROR
            message: 表1 各功能分类支出行应等于表3 对应类
            left: {table: T1, column: "2"}
            right: {table: T3, column: "1"}
            """;

    @Test
    void eachClassLineEqualsTheClassRow() {
        assertThat(check(T1_T3, facts("T1/31/2=5.00", "T1/38/2=2.00", "T3/201/1=5.00", "T3/208/1=2.00"))).isEmpty();
    }

    @Test
    void aClassRowOfThreeSummedItemsMayDifferBy002AsRoundingOnly() {
        // 201 not printed: its three 款 count, (3 + 1) × 0.005 = 0.02
        String[] t3 = {"T3/20101/1=1.00", "T3/20103/1=1.00", "T3/20106/1=1.00"};
        assertThat(check(T1_T3, facts(with(t3, "T1/31/2=3.02")))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(check(T1_T3, facts(with(t3, "T1/31/2=3.03")))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("表1 第31行（一、一般公共服务支出） 3.03 ≠").contains("按下级科目计算");
            assertThat(f.cells()).extracting(FindingCell::row).containsExactly("31", "20101", "20103", "20106");
        });
    }

    @Test
    void aClassOnlyOneTableHasIsComparedWithZero() {
        List<Finding> findings = check(T1_T3, facts("T1/31/2=5.00", "T3/201/1=5.00", "T3/208/1=2.00"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("表1 第38行（八、社会保障和就业支出） （空）");
        });
        // 227 预备费 has no line in 表1
        assertThat(check(T1_T3, facts("T3/227/1=1.00"))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("表1 没有功能分类 227 类的行"));
    }

    @Test
    void lessOrEqualRelation() {
        String rule = """
                id: X.T4-T1.classes
                kind: perFunctionClass
                relation: lessOrEqual
                severity: ERROR
                message: 表4 各类财政拨款支出不应大于表1 同类支出
                left: {table: T4, column: "2"}
                right: {table: T1, column: "2"}
                """;
        assertThat(check(rule, facts("T4/33/2=4.00", "T1/31/2=5.00"))).isEmpty();
        assertThat(check(rule, facts("T4/33/2=5.01", "T1/31/2=5.00"))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(check(rule, facts("T4/33/2=6.00", "T1/31/2=5.00"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("超出 1.00");
        });
    }

    private static String[] with(String[] cells, String more) {
        String[] out = java.util.Arrays.copyOf(cells, cells.length + 1);
        out[cells.length] = more;
        return out;
    }
}
