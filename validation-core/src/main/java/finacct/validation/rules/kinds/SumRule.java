package finacct.validation.rules.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.kernel.events.CellRef;
import finacct.kernel.results.Finding;
import finacct.validation.rules.CellRefs;
import finacct.validation.rules.BaseRule;
import finacct.validation.rules.Facts;
import finacct.validation.rules.RuleHeader;
import finacct.validation.rules.SumCheck;
import finacct.validation.rules.Term;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code kind: sum} — one cell equals the sum of others: {@code total: T1/27/1},
 * {@code parts: [T1/1/1, T1/2/1, …]} (a part written {@code -T…} is subtracted).
 */
public final class SumRule extends BaseRule {

    private final CellRef total;
    private final List<Term> parts = new ArrayList<>();

    public SumRule(RuleHeader header, JsonNode spec) {
        super(header);
        this.total = CellRefs.parse(spec.path("total").asText());
        spec.path("parts").forEach(p -> parts.add(Term.parse(p.asText())));
    }

    @Override
    public List<Finding> check(Facts facts) {
        return SumCheck.check(header, facts, total, parts).stream().toList();
    }
}
