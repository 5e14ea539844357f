package finacct.validation.rules.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.kernel.events.CellRef;
import finacct.kernel.results.Finding;
import finacct.validation.rules.BaseRule;
import finacct.validation.rules.Facts;
import finacct.validation.rules.RuleHeader;
import finacct.validation.rules.SumCheck;
import finacct.validation.rules.Term;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code kind: columnSum} — in every row of a table that holds figures, one column equals the sum of others:
 * {@code table: T2}, {@code total: "1"}, {@code parts: ["2", "3", …]} (a part written {@code "-3"} is
 * subtracted), as the notes "1栏各行 = (2+3+…)栏各行" print it.
 */
public final class ColumnSumRule extends BaseRule {

    private final String table;
    private final String total;
    private final List<String> parts = new ArrayList<>();

    public ColumnSumRule(RuleHeader header, JsonNode spec) {
        super(header);
        this.table = spec.path("table").asText();
        this.total = spec.path("total").asText();
        spec.path("parts").forEach(p -> parts.add(p.asText()));
    }

    @Override
    public List<Finding> check(Facts facts) {
        List<Finding> findings = new ArrayList<>();
        for (String row : facts.rowsOf(table)) {
            List<Term> terms = parts.stream().map(p -> p.startsWith("-")
                    ? Term.minus(new CellRef(table, row, p.substring(1)))
                    : Term.plus(new CellRef(table, row, p))).toList();
            SumCheck.check(header, facts, new CellRef(table, row, total), terms).ifPresent(findings::add);
        }
        return findings;
    }
}
