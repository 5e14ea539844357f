package finacct.validation.rules.kinds;

import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.kernel.results.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static finacct.validation.rules.Submissions.check;
import static finacct.validation.rules.Submissions.facts;
import static org.assertj.core.api.Assertions.assertThat;

class HierarchyRuleTest {

    private static final String T3 = """
            id: T3.hierarchy
            kind: hierarchy
            severity: ERROR
            message: 表3 合计应等于各类之和，类应等于其各款之和，款应等于其各项之和
            table: T3
            total: total
            """;

    private static final String T6 = """
            id: T6.hierarchy
            kind: hierarchy
            severity: ERROR
            message: 表6 各类应等于其各款之和，人员经费、公用经费合计应等于其各类之和
            table: T6
            groups:
              personnel_total: ["301", "303"]
              public_total: ["302", "307", "310", "312", "399"]
            """;

    /** A class 208 with three 款 of 1.00, 1.00 and 1.00 (each with one 项), the 类 and 合计 as given. */
    private static List<Finding> classStated(String classValue, String totalValue) {
        return check(T3, facts(
                "T3/total/1=" + totalValue,
                "T3/208/1=" + classValue + " 社会保障和就业支出",
                "T3/20805/1=1.00 行政事业单位养老支出", "T3/2080505/1=1.00 机关事业单位基本养老保险缴费支出",
                "T3/20808/1=1.00 抚恤", "T3/2080801/1=1.00 死亡抚恤",
                "T3/20810/1=1.00 社会福利", "T3/2081002/1=1.00 老年福利"));
    }

    @Test
    void aConsistentHierarchyHasNoFinding() {
        assertThat(classStated("3.00", "3.00")).isEmpty();
    }

    @Test
    void aClassOfThreeItemsMayDifferBy002AsRoundingAndNoMore() {
        // 3 parts + the class, each ±0.005: 0.02 is rounding, 0.03 is not
        assertThat(classStated("3.02", "3.02")).hasSize(1)
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        List<Finding> off = classStated("3.03", "3.03");
        assertThat(off).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("表3 208（社会保障和就业支出） 1栏（本年支出合计） 3.03 ≠")
                    .contains("= 3.00").contains("差 0.03");
            assertThat(f.cells()).extracting(FindingCell::row).containsExactly("208", "20805", "20808", "20810");
        });
    }

    @Test
    void theTotalIsTheSumOfTheClasses() {
        assertThat(classStated("3.00", "3.10")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.cells()).extracting(FindingCell::row).containsExactly("total", "208");
        });
    }

    @Test
    void aLevelTheTableLeavesOutCountsAsTheSumBelowIt() {
        // no 款 rows printed: 208 is compared with the 款 computed from the 项
        assertThat(check(T3, facts("T3/total/1=3.00", "T3/208/1=3.00", "T3/2080505/1=1.00", "T3/2080801/1=2.00"))).isEmpty();
        List<Finding> off = check(T3, facts("T3/total/1=3.00", "T3/208/1=3.00", "T3/2080505/1=1.00", "T3/2080801/1=2.50"));
        assertThat(off).extracting(Finding::severity).containsOnly(Severity.ERROR);
        assertThat(off).anySatisfy(f -> assertThat(f.cells()).anySatisfy(c -> assertThat(c.row()).isEqualTo("2080801")));
    }

    @Test
    void everyColumnIsChecked() {
        List<Finding> findings = check(T3, facts("T3/208/1=3.00", "T3/208/2=3.00", "T3/20805/1=3.00", "T3/20805/2=2.00"));
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.cells().get(0).column()).isEqualTo("2"));
    }

    @Test
    void aPrintedParentWithABlankColumnIsZeroThere() {
        List<Finding> findings = check(T3, facts("T3/208/1=3.00", "T3/20805/1=3.00", "T3/20805/3=1.00"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.actual()).isEqualTo("0.00");
        });
    }

    @Test
    void table6ClassesAndGroups() {
        List<String> consistent = List.of("T6/301/1=3.00 工资福利支出", "T6/30101/1=1.00 基本工资", "T6/30102/1=2.00 津贴补贴",
                "T6/303/1=1.00 对个人和家庭的补助", "T6/30302/1=1.00 退休费",
                "T6/302/1=0.50 商品和服务支出", "T6/30201/1=0.50 办公费",
                "T6/personnel_total/1=4.00", "T6/public_total/1=0.50");
        assertThat(check(T6, facts(2020, consistent))).isEmpty();

        List<String> personnelOff = new java.util.ArrayList<>(consistent);
        personnelOff.set(7, "T6/personnel_total/1=4.10");
        assertThat(check(T6, facts(2020, personnelOff))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("人员经费合计 4.10").contains("= 4.00");
        });

        // two parts and the total: 0.01 off is rounding
        List<String> rounding = new java.util.ArrayList<>(consistent);
        rounding.set(7, "T6/personnel_total/1=4.01");
        assertThat(check(T6, facts(2020, rounding))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void aGroupCountsAnUnprintedClassAsTheSumOfItsItems() {
        assertThat(check(T6, facts("T6/30201/1=0.50", "T6/30211/1=0.25", "T6/public_total/1=0.75"))).isEmpty();
        assertThat(check(T6, facts("T6/30201/1=0.50", "T6/30211/1=0.25", "T6/public_total/1=0.95")))
                .singleElement().satisfies(f -> assertThat(f.cells()).extracting(FindingCell::row)
                        .containsExactly("public_total", "30201", "30211"));
    }
}
