package finacct.validation.rules.narrative;

import finacct.kernel.results.Finding;
import finacct.kernel.results.Severity;
import finacct.validation.rules.Rule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static finacct.validation.rules.narrative.Narratives.indicator;
import static finacct.validation.rules.narrative.Narratives.narrative;
import static finacct.validation.rules.narrative.Narratives.rule;
import static finacct.validation.rules.narrative.Narratives.serious;
import static org.assertj.core.api.Assertions.assertThat;

/** evaluationRate, evaluationScore, evaluationTotal, projectAgreement. */
class EvaluationRulesTest {

    private static final Rule RATE = rule("{id: E.rate, kind: evaluationRate, severity: ERROR, message: 执行率不符}");
    private static final Rule SCORE = rule("{id: E.score, kind: evaluationScore, severity: ERROR, message: 执行得分不符}");
    private static final Rule TOTAL = rule("{id: E.total, kind: evaluationTotal, severity: ERROR, message: 总分不符, unscoredSeverity: WARNING}");
    private static final Rule AGREEMENT = rule("""
            id: E.project-agreement
            kind: projectAgreement
            severity: ERROR
            message: 同一项目的数字不一致
            threshold: 0.8
            genericWords: [经费, 项目, 费用]
            aliases: [[甲系统, 乙平台]]
            """ + Narratives.CONCEPTS);

    private static Narratives project(String budget, String executed, String rate, String score, String total) {
        return narrative().evaluation("project", "甲系统运维费", budget, executed, rate, "20", score, total);
    }

    @Test
    void aRateThatRoundsFromExecutedOverBudgetPassesAndOneThatDoesNotFails() {
        assertThat(serious(project("250.00", "102.60", "41", "8.2", null).check(RATE))).isEmpty();   // 41.04%
        assertThat(serious(project("35", "28.81", "82.3", "16.5", null).check(RATE))).isEmpty();      // 82.31%
        List<Finding> f = project("0.80", "0.36", "35", "7", null).check(RATE);                        // 45%
        assertThat(serious(f)).singleElement().satisfies(x -> assertThat(x.message()).contains("35%").contains("45.0%"));
        // a rate printed with no decimals stands for ±0.5: 41.4 passes, 41.6 does not
        assertThat(serious(project("100.00", "41.40", "41", "8.3", null).check(RATE))).isEmpty();
        assertThat(serious(project("100.00", "41.60", "41", "8.3", null).check(RATE))).hasSize(1);
    }

    @Test
    void anExecutionScoreIsTheWeightTimesTheRateCappedAtTheWeight() {
        assertThat(serious(project("250.00", "102.60", "41", "8.2", null).check(SCORE))).isEmpty();
        assertThat(serious(project("100.00", "120.00", "120", "20", null).check(SCORE))).isEmpty();
        assertThat(serious(project("100.00", "120.00", "120", "24", null).check(SCORE))).hasSize(1);
        List<Finding> f = project("0.80", "0.36", "35", "7", null).check(SCORE);
        assertThat(serious(f)).singleElement().satisfies(x -> assertThat(x.message()).contains("执行得分 7").contains("9.0"));
    }

    @Test
    void aTotalIsTheExecutionScorePlusEveryIndicatorsScore() {
        var ok = narrative().evaluation("project", "甲", "10", "10", "100", "20", "20", "93.5",
                indicator("a", "30"), indicator("b", "40"), indicator("c", "3.5"));
        assertThat(ok.check(TOTAL)).isEmpty();
        var wrong = narrative().evaluation("project", "甲", "10", "10", "100", "20", "20", "95.5",
                indicator("a", "30"), indicator("b", "40"), indicator("c", "3.5"), indicator("维护设备", null));
        assertThat(serious(wrong.check(TOTAL))).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.message()).contains("95.5").contains("93.5").contains("未填得分").contains("维护设备");
        });
    }

    @Test
    void aTotalOffByWhatTheScoresRoundingExplainsIsNotAnError() {
        // two scores printed to 0.1 and a total to 0.1: up to 3 × 0.05 = 0.15 is rounding
        var edge = narrative().evaluation("project", "甲", "10", "10", "100", "20", "20.0", "50.1",
                indicator("a", "30.0"), indicator("b", null));
        assertThat(serious(edge.check(TOTAL))).isEmpty();
        var beyond = narrative().evaluation("project", "甲", "10", "10", "100", "20", "20.0", "50.2",
                indicator("a", "30.0"));
        assertThat(serious(beyond.check(TOTAL))).hasSize(1);
    }

    @Test
    void aTableWithoutAnyIndicatorScoreCannotBeCheckedAndSaysSo() {
        var unscored = narrative().evaluation("project", "甲", "60", "33.00", "55.0", "20", "11.0", "88.0",
                indicator("a", null), indicator("b", null));
        assertThat(unscored.check(TOTAL)).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.message()).contains("无法核对").contains("2 项指标均未填得分");
        });
    }

    @Test
    void aProjectsFiguresAgreeUnderItsShortenedNameAndDisagreeAsAnError() {
        var agree = narrative().evaluation("project", "管网巡检运行费", "250.00", "102.60", "41", "20", "8.2", null)
                .amount("5.3", "project:管网巡检运行维护费", "102.6")
                .claim("13.3", "rate", "project:管网巡检运行费", "project:管网巡检运行费#adjustedBudget", "41.0", "%");
        assertThat(serious(agree.check(AGREEMENT))).isEmpty();
        var disagree = narrative().evaluation("project", "“智慧社区”平台运维经费", "300.00", "240.0", "80", "20", "16.0", null)
                .amount("5.3", "project:“智慧社区”平台运维经费", "240.0")
                .amount("13.3", "project:“智慧社区”平台运维经费", "262.40")
                .claim("13.3", "rate", "project:“智慧社区”平台运维经费", "project:“智慧社区”平台运维经费#adjustedBudget", "87.5", "%");
        List<Finding> f = serious(disagree.check(AGREEMENT));
        assertThat(f).hasSize(2);
        assertThat(f.get(0).message()).contains("240.0").contains("262.40").contains("项目自评表").contains("情况说明十三（三）");
        assertThat(f.get(1).message()).contains("80%").contains("87.5%");
    }

    @Test
    void differentProjectsAreNotComparedAndAliasesFromTheDataAre() {
        var different = narrative().evaluation("project", "工会活动经费", "0.80", "0.36", "45", "20", "9.0", null)
                .amount("5.3", "project:工会慰问经费", "0.29");
        assertThat(different.check(AGREEMENT)).isEmpty();
        var alias = narrative().evaluation("project", "甲系统", "10.00", "5.00", "50", "20", "10", null)
                .amount("5.3", "project:乙平台", "6.00");
        assertThat(serious(alias.check(AGREEMENT))).hasSize(1);
    }

    @Test
    void projectNamesMatchByTheirCommonCore() {
        ProjectNames names = new ProjectNames(0.8, List.of("经费", "项目", "费用"), List.of());
        assertThat(names.same("管网巡检运行维护费", "管网巡检运行费")).isTrue();
        assertThat(names.same("群众投诉热线平台坐席服务外包经费及办公经费", "某区群众投诉热线平台坐席服务外包")).isTrue();
        assertThat(names.same("“智慧社区”平台运维项目经费", "智慧社区平台运维")).isTrue();
        assertThat(names.same("工会活动经费", "工会慰问经费")).isFalse();
        assertThat(names.same("后勤保障经费", "甲系统运维费")).isFalse();
    }
}
