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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code kind: evaluationScore} — a self-evaluation's execution score equals weight × execution rate, capped at
 * the weight ("得分 (20 分*执行率)"). The rate is 执行数 / 预算数 where both are printed (so that a wrong printed
 * rate does not hide a wrong score), else the printed 执行率. The weight is the header's, taken as exact.
 */
public final class EvaluationScoreRule extends BaseRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public EvaluationScoreRule(RuleHeader header, JsonNode spec) {
        super(header);
    }

    @Override
    public List<Finding> check(Facts facts) {
        List<Finding> findings = new ArrayList<>();
        for (PerformanceEvaluationReported e : facts.evaluations()) {
            Optional<Quantity> score = EvaluationRule.figure(e, "score", e.score(), "执行得分", "");
            if (score.isEmpty() || !EvaluationRule.isNumber(e.weight())) {
                continue;
            }
            BigDecimal weight = new BigDecimal(e.weight());
            Interval rate;
            String rateWords;
            List<FindingCell> cells = new ArrayList<>();
            Optional<Quantity> budget = EvaluationRule.figure(e, "budget", e.budget(), "预算数", "");
            Optional<Quantity> executed = EvaluationRule.figure(e, "executed", e.executed(), "执行数", "");
            if (budget.isPresent() && executed.isPresent() && !budget.get().mayBeZero()) {
                rate = executed.get().interval().dividedBy(budget.get().interval()).orElseThrow();
                rateWords = "（执行数 " + e.executed() + " ÷ 预算数 " + e.budget() + "）";
                cells.addAll(executed.get().cells());
                cells.addAll(budget.get().cells());
            } else if (EvaluationRule.isNumber(e.rate())) {
                Interval printed = Interval.stated(e.rate());
                rate = new Interval(printed.lo().divide(HUNDRED), printed.hi().divide(HUNDRED));
                rateWords = "执行率 " + e.rate() + "%";
                cells.addAll(EvaluationRule.figure(e, "rate", e.rate(), "执行率", "%").orElseThrow().cells());
            } else {
                continue;
            }
            Interval computed = rate.min(BigDecimal.ONE).times(weight);
            String expression = "权重 " + e.weight() + " 分 × " + rateWords + (rate.hi().compareTo(BigDecimal.ONE) > 0 ? "（以权重为上限）" : "");
            ClaimComparison.compare(header, score.get(), EvaluationRule.decimals(e.score()), computed, expression, "分", cells)
                    .ifPresent(findings::add);
        }
        return findings;
    }
}
