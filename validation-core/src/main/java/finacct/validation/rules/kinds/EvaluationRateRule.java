package finacct.validation.rules.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.kernel.events.PerformanceEvaluationReported;
import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.validation.rules.BaseRule;
import finacct.validation.rules.Facts;
import finacct.validation.rules.Interval;
import finacct.validation.rules.RuleHeader;
import finacct.validation.rules.narrative.ClaimComparison;
import finacct.validation.rules.narrative.Quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code kind: evaluationRate} — a self-evaluation's 执行率 equals 执行数 / 预算数 × 100, on intervals. */
public final class EvaluationRateRule extends BaseRule {

    public EvaluationRateRule(RuleHeader header, JsonNode spec) {
        super(header);
    }

    @Override
    public List<Finding> check(Facts facts) {
        List<Finding> findings = new ArrayList<>();
        for (PerformanceEvaluationReported e : facts.evaluations()) {
            Optional<Quantity> rate = EvaluationRule.figure(e, "rate", e.rate(), "执行率", "%");
            Optional<Quantity> budget = EvaluationRule.figure(e, "budget", e.budget(), "预算数", "");
            Optional<Quantity> executed = EvaluationRule.figure(e, "executed", e.executed(), "执行数", "");
            if (rate.isEmpty() || budget.isEmpty() || executed.isEmpty() || budget.get().mayBeZero()) {
                continue;
            }
            Interval computed = executed.get().interval().percentOf(budget.get().interval()).orElseThrow();
            List<FindingCell> cells = new ArrayList<>(executed.get().cells());
            cells.addAll(budget.get().cells());
            String expression = "执行数 " + e.executed() + " ÷ 预算数 " + e.budget() + " × 100%";
            ClaimComparison.compare(header, rate.get(), EvaluationRule.decimals(e.rate()), computed, expression, "%", cells)
                    .ifPresent(findings::add);
        }
        return findings;
    }
}
