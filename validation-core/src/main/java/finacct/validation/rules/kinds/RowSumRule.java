package finacct.validation.rules.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.kernel.events.CellRef;
import finacct.kernel.results.Finding;
import finacct.kernel.template.ColumnDefinition;
import finacct.kernel.template.RowDefinition;
import finacct.kernel.template.TableDefinition;
import finacct.validation.rules.BaseRule;
import finacct.validation.rules.Facts;
import finacct.validation.rules.RuleHeader;
import finacct.validation.rules.RowRefs;
import finacct.validation.rules.SumCheck;
import finacct.validation.rules.Term;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code kind: rowSum} — a total row equals the sum of other rows, in each of its columns, as the notes
 * "27行 = (1+2+…+8)行" print it: {@code table: T4}, {@code total: "59"}, {@code parts: ["33..58"]} (a part
 * written {@code "-3"} is subtracted), optional {@code columns} (default: the columns the template gives the
 * total row). Without {@code parts} the template's {@code sumOf} of the row is used.
 */
public final class RowSumRule extends BaseRule {

    private final String table;
    private final String total;
    private final List<String> parts;
    private final List<String> columns;

    public RowSumRule(RuleHeader header, JsonNode spec) {
        super(header);
        this.table = spec.path("table").asText();
        this.total = spec.path("total").asText();
        this.parts = RowRefs.list(spec.get("parts"));
        this.columns = RowRefs.list(spec.get("columns"));
    }

    @Override
    public List<Finding> check(Facts facts) {
        TableDefinition definition = facts.table(table);
        var row = definition.row(total);
        List<String> rows = !parts.isEmpty() ? parts : row.map(RowDefinition::sumOf).orElse(List.of());
        List<String> cols = !columns.isEmpty() ? columns
                : row.filter(r -> !r.columns().isEmpty()).map(RowDefinition::columns)
                .orElse(definition.columns().stream().map(ColumnDefinition::key).toList());
        List<Finding> findings = new ArrayList<>();
        for (String column : cols) {
            List<Term> terms = rows.stream().map(r -> r.startsWith("-")
                    ? Term.minus(new CellRef(table, r.substring(1), column))
                    : Term.plus(new CellRef(table, r, column))).toList();
            SumCheck.check(header, facts, new CellRef(table, total, column), terms).ifPresent(findings::add);
        }
        return findings;
    }
}
