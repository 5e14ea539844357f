package finacct.validation.rules;

import finacct.validation.rules.kinds.CodesRule;
import finacct.validation.rules.kinds.ColumnSumRule;
import finacct.validation.rules.kinds.EqualRule;
import finacct.validation.rules.kinds.HierarchyRule;
import finacct.validation.rules.kinds.LessOrEqualRule;
import finacct.validation.rules.kinds.NonNegativeRule;
import finacct.validation.rules.kinds.PerFunctionClassRule;
import finacct.validation.rules.kinds.RowSumRule;
import finacct.validation.rules.kinds.SumRule;
import finacct.validation.rules.kinds.ClaimTableRule;
import finacct.validation.rules.kinds.ClaimShareRule;
import finacct.validation.rules.kinds.ClaimRateRule;
import finacct.validation.rules.kinds.ClaimChangeRateRule;
import finacct.validation.rules.kinds.ClaimBudgetDifferenceRule;
import finacct.validation.rules.kinds.ClaimSumRule;
import finacct.validation.rules.kinds.ClaimNotAboveRule;
import finacct.validation.rules.kinds.ClaimRestatedRule;
import finacct.validation.rules.kinds.ProjectAgreementRule;
import finacct.validation.rules.kinds.EvaluationRateRule;
import finacct.validation.rules.kinds.EvaluationScoreRule;
import finacct.validation.rules.kinds.EvaluationTotalRule;
import finacct.validation.rules.kinds.TemplateLeftoversRule;
import finacct.validation.rules.kinds.PercentSignRule;
import finacct.validation.rules.kinds.PercentConventionRule;
import finacct.validation.rules.kinds.MissingTableRule;
import finacct.validation.rules.kinds.ClaimStatedComparisonRule;
import finacct.validation.rules.kinds.ClaimGuessedRule;
import finacct.validation.rules.kinds.ClaimSharesTotalRule;
import finacct.validation.rules.kinds.StatedNoneRule;
import finacct.validation.rules.kinds.PriorYearCellsRule;
import finacct.validation.rules.kinds.PriorYearClaimRule;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The kinds of rule a rule file may use, by the name it gives in {@code kind}. */
public final class RuleKinds {

    private static final Map<String, RuleFactory> KINDS = new TreeMap<>(Map.ofEntries(
            Map.entry("sum", SumRule::new),
            Map.entry("columnSum", ColumnSumRule::new),
            Map.entry("rowSum", RowSumRule::new),
            Map.entry("hierarchy", HierarchyRule::new),
            Map.entry("equal", EqualRule::new),
            Map.entry("lessOrEqual", LessOrEqualRule::new),
            Map.entry("perFunctionClass", PerFunctionClassRule::new),
            Map.entry("codes", CodesRule::new),
            Map.entry("nonNegative", NonNegativeRule::new),
            Map.entry("claimTable", ClaimTableRule::new),
            Map.entry("claimShare", ClaimShareRule::new),
            Map.entry("claimRate", ClaimRateRule::new),
            Map.entry("claimChangeRate", ClaimChangeRateRule::new),
            Map.entry("claimBudgetDifference", ClaimBudgetDifferenceRule::new),
            Map.entry("claimSum", ClaimSumRule::new),
            Map.entry("claimNotAbove", ClaimNotAboveRule::new),
            Map.entry("claimRestated", ClaimRestatedRule::new),
            Map.entry("projectAgreement", ProjectAgreementRule::new),
            Map.entry("evaluationRate", EvaluationRateRule::new),
            Map.entry("evaluationScore", EvaluationScoreRule::new),
            Map.entry("evaluationTotal", EvaluationTotalRule::new),
            Map.entry("templateLeftovers", TemplateLeftoversRule::new),
            Map.entry("percentSign", PercentSignRule::new),
            Map.entry("percentConvention", PercentConventionRule::new),
            Map.entry("missingTable", MissingTableRule::new),
            Map.entry("claimStatedComparison", ClaimStatedComparisonRule::new),
            Map.entry("claimGuessed", ClaimGuessedRule::new),
            Map.entry("claimSharesTotal", ClaimSharesTotalRule::new),
            Map.entry("statedNone", StatedNoneRule::new),
            Map.entry("priorYear", PriorYearClaimRule::new),
            Map.entry("priorYearCells", PriorYearCellsRule::new)
    ));

    private RuleKinds() {
    }

    public static Optional<RuleFactory> byName(String kind) {
        return Optional.ofNullable(KINDS.get(kind));
    }

    public static java.util.Set<String> names() {
        return KINDS.keySet();
    }
}
