package finacct.validation.rules.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.kernel.events.Indicator;
import finacct.kernel.events.PerformanceEvaluationReported;
import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.kernel.results.Severity;
import finacct.validation.rules.BaseRule;
import finacct.validation.rules.Facts;
import finacct.validation.rules.Interval;
import finacct.validation.rules.RuleHeader;
import finacct.validation.rules.narrative.ClaimComparison;
import finacct.validation.rules.narrative.NarrativeContext;
import finacct.validation.rules.narrative.Quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code kind: evaluationTotal} — a self-evaluation's 总分 equals the execution score plus every indicator's
 * score, on intervals. An indicator without a printed score counts as 0 and the message names it; when no
 * indicator has a score the total cannot be checked at all: {@code unscoredSeverity} (a table printed without
 * its scores is incomplete, not known to be wrong).
 */
public final class EvaluationTotalRule extends BaseRule {

    private final Severity unscoredSeverity;

    public EvaluationTotalRule(RuleHeader header, JsonNode spec) {
        super(header);
        this.unscoredSeverity = Severity.valueOf(spec.path("unscoredSeverity").asText("WARNING"));
    }

    @Override
    public List<Finding> check(Facts facts) {
        List<Finding> findings = new ArrayList<>();
        for (PerformanceEvaluationReported e : facts.evaluations()) {
            Optional<Quantity> total = EvaluationRule.figure(e, "total", e.totalScore(), "总分", "");
            if (total.isEmpty() || e.indicators().isEmpty()) {
                continue;
            }
            Interval sum = Interval.ZERO;
            BigDecimal printedSum = BigDecimal.ZERO;
            List<String> unscored = new ArrayList<>();
            List<FindingCell> cells = new ArrayList<>();
            int scored = 0;
            for (int i = 0; i < e.indicators().size(); i++) {
                Indicator ind = e.indicators().get(i);
                if (EvaluationRule.isNumber(ind.score())) {
                    scored++;
                    sum = sum.plus(Interval.stated(ind.score()));
                    printedSum = printedSum.add(new BigDecimal(ind.score()));
                    cells.add(new FindingCell(NarrativeContext.EVALUATION, e.evaluationId(), "indicator:" + (i + 1), ind.score()));
                } else {
                    unscored.add(ind.name());
                }
            }
            String execution = EvaluationRule.isNumber(e.score()) ? e.score() : "（未填）";
            if (EvaluationRule.isNumber(e.score())) {
                sum = sum.plus(Interval.stated(e.score()));
                cells.add(new FindingCell(NarrativeContext.EVALUATION, e.evaluationId(), "score", e.score()));
            }
            if (scored == 0) {
                List<FindingCell> all = new ArrayList<>(total.get().cells());
                all.addAll(cells);
                findings.add(new Finding(header.id(), unscoredSeverity, header.message() + "：" + total.get().label() + " "
                        + e.totalScore() + " 无法核对——" + e.indicators().size() + " 项指标均未填得分（执行得分 " + execution + "）",
                        all, null, e.totalScore(), null));
                continue;
            }
            String expression = "执行得分 " + execution + " + " + scored + " 项指标得分合计 " + printedSum.toPlainString()
                    + (unscored.isEmpty() ? "" : "（另有 " + unscored.size() + " 项指标未填得分，按 0 计：" + String.join("、", unscored) + "）");
            ClaimComparison.compare(header, total.get(), EvaluationRule.decimals(e.totalScore()), sum, expression, "分", cells)
                    .ifPresent(findings::add);
        }
        return findings;
    }
}
