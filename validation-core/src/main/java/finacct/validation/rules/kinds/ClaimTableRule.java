package finacct.validation.rules.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.kernel.results.Finding;
import finacct.validation.rules.RuleHeader;
import finacct.validation.rules.narrative.CellValue;
import finacct.validation.rules.narrative.ClaimComparison;
import finacct.validation.rules.narrative.NarrativeContext;
import finacct.validation.rules.narrative.NarrativeRule;
import finacct.validation.rules.narrative.Quantity;
import finacct.validation.rules.narrative.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code kind: claimTable} — every amount, budget and adjusted budget the narrative states equals the cells
 * the bindings ({@code concepts:}) name for its concept: "基本支出 X 万元" = 表3 合计 2栏.
 */
public final class ClaimTableRule extends NarrativeRule {

    public ClaimTableRule(RuleHeader header, JsonNode spec) {
        super(header, spec);
    }

    @Override
    protected List<Finding> check(NarrativeContext context) {
        List<Finding> findings = new ArrayList<>();
        for (String kind : List.of("amount", "budget", "adjustedBudget")) {
            for (Statement s : context.claims(kind)) {
                for (String expression : context.expressions(s.subject(), kind)) {
                    Optional<Quantity> cells = CellValue.of(context.facts(), expression);
                    if (cells.isEmpty()) {
                        continue;
                    }
                    String label = context.label(s.qualifiedSubject());
                    ClaimComparison.compare(header(), s.quantity(label), s.decimals(), cells.get().interval(),
                            cells.get().label(), "万元", cells.get().cells()).ifPresent(findings::add);
                }
            }
        }
        return findings;
    }
}
