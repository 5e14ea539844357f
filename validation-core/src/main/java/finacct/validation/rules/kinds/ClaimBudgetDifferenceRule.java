package finacct.validation.rules.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.validation.rules.Interval;
import finacct.validation.rules.RuleHeader;
import finacct.validation.rules.narrative.ClaimComparison;
import finacct.validation.rules.narrative.NarrativeContext;
import finacct.validation.rules.narrative.NarrativeRule;
import finacct.validation.rules.narrative.Quantity;
import finacct.validation.rules.narrative.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code kind: claimBudgetDifference} — "比年初预算减少 X 万元" equals actual − budget (signed: a 减少 is
 * negative), the budget and the actual as the section, the document or the tables state them.
 */
public final class ClaimBudgetDifferenceRule extends NarrativeRule {

    public ClaimBudgetDifferenceRule(RuleHeader header, JsonNode spec) {
        super(header, spec);
    }

    @Override
    protected List<Finding> check(NarrativeContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Statement s : context.claims("change")) {
            if (s.base() == null) {
                continue;
            }
            Quantity stated = s.quantity(context.label(s.subject()) + "比" + context.label(s.base()) + "增减");
            Optional<Quantity> actual = context.value(s.subject(), s.section());
            Optional<Quantity> budget = context.value(s.base(), s.section());
            if (actual.isEmpty() || budget.isEmpty()) {
                findings.add(ClaimComparison.unchecked(header(), stated, "文中和表中都没有"
                        + (actual.isEmpty() ? context.label(s.subject()) : context.label(s.base())) + "的数额"));
                continue;
            }
            Interval computed = actual.get().interval().minus(budget.get().interval());
            List<FindingCell> cells = new ArrayList<>(actual.get().cells());
            cells.addAll(budget.get().cells());
            String expression = actual.get().label() + " " + actual.get().printed() + " − " + budget.get().label() + " "
                    + budget.get().printed();
            ClaimComparison.compare(header(), stated, s.decimals(), computed, expression, "万元", cells).ifPresent(findings::add);
        }
        return findings;
    }
}
