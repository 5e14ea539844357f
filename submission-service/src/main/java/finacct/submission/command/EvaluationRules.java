package finacct.submission.command;

import finacct.kernel.events.Indicator;
import finacct.submission.api.ReportPerformanceEvaluation;

import java.util.List;
import java.util.Set;

/** What a self-evaluation (绩效自评) must satisfy: a known scope, and figures that are plain numbers. */
final class EvaluationRules {

    static final Set<String> SCOPES = Set.of("department", "project");
    static final int MAX_INDICATORS = 500;
    static final int MAX_SHORT = 500;

    private EvaluationRules() {
    }

    /** The id a re-report of the same evaluation replaces: given, or derived from scope and project name. */
    static String evaluationId(ReportPerformanceEvaluation cmd) {
        if (!Checks.blank(cmd.evaluationId())) {
            return cmd.evaluationId();
        }
        return "department".equals(cmd.scope()) ? "department" : "project:" + cmd.name();
    }

    static void check(ReportPerformanceEvaluation cmd, String unit, Violations v) {
        if (Checks.blank(cmd.scope())) {
            v.add("scope", "缺少范围（scope）：department（部门整体）或 project（项目）");
        } else if (!SCOPES.contains(cmd.scope())) {
            v.add("scope", "范围（scope）应为 department（部门整体）或 project（项目），而不是“" + cmd.scope() + "”");
        }
        if ("project".equals(cmd.scope())) {
            Checks.required(cmd.name(), "name", "项目名称", v);
        }
        Checks.maxLength(cmd.evaluationId(), MAX_SHORT, "evaluationId", v);
        Checks.maxLength(cmd.name(), MAX_SHORT, "name", v);
        Checks.optionalNumber(cmd.budget(), "budget", unit, v);
        Checks.optionalNumber(cmd.executed(), "executed", unit, v);
        Checks.optionalNumber(cmd.rate(), "rate", "%", v);
        Checks.optionalNumber(cmd.weight(), "weight", "分", v);
        Checks.optionalNumber(cmd.score(), "score", "分", v);
        Checks.optionalNumber(cmd.totalScore(), "totalScore", "分", v);
        checkIndicators(cmd.indicators(), v);
    }

    private static void checkIndicators(List<Indicator> indicators, Violations v) {
        if (indicators == null) {
            return;
        }
        if (indicators.size() > MAX_INDICATORS) {
            v.add("indicators", "指标最多 " + MAX_INDICATORS + " 项，本次有 " + indicators.size() + " 项");
            return;
        }
        for (int i = 0; i < indicators.size(); i++) {
            String at = "indicators[" + i + "]";
            Indicator ind = indicators.get(i);
            if (ind == null) {
                v.add(at, "指标为空");
                continue;
            }
            Checks.required(ind.name(), at + ".name", "指标名称", v);
            Checks.maxLength(ind.name(), MAX_SHORT, at + ".name", v);
            Checks.maxLength(ind.target(), MAX_SHORT, at + ".target", v);
            Checks.maxLength(ind.actual(), MAX_SHORT, at + ".actual", v);
            Checks.optionalNumber(ind.weight(), at + ".weight", "分", v);
            Checks.optionalNumber(ind.score(), at + ".score", "分", v);
        }
    }
}
