package finacct.validation.rules.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.kernel.results.Finding;
import finacct.validation.rules.Comparison;
import finacct.validation.rules.BaseRule;
import finacct.validation.rules.Facts;
import finacct.validation.rules.RuleHeader;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code kind: lessOrEqual} — a part may not exceed its whole: {@code part: [T4/59/2]},
 * {@code whole: [T1/57/2]}; or row by row, {@code part: {table: T5, columns: ["1", "2", "3"]}},
 * {@code whole: {table: T3, columns: ["1", "2", "3"]}} (表5 ≤ 表3 for every subject), or within one table
 * ({@code part: {table: T3, columns: ["2", "3"]}}, {@code whole: {table: T3, column: "1"}}). Interval-aware:
 * a breach only when the part's lowest reading exceeds the whole's highest; a part larger only by rounding is
 * INFO. Optional {@code when} as for {@code equal}.
 */
public final class LessOrEqualRule extends BaseRule {

    private final PairedCells cells;

    public LessOrEqualRule(RuleHeader header, JsonNode spec) {
        super(header);
        this.cells = new PairedCells(spec, "part", "whole");
    }

    @Override
    public List<Finding> check(Facts facts) {
        List<Finding> findings = new ArrayList<>();
        if (!cells.applies(facts)) {
            return findings;
        }
        for (PairedCells.Pair pair : cells.pairs(facts, false)) {
            Comparison.lessOrEqual(header, facts, pair.left(), pair.right()).ifPresent(findings::add);
        }
        return findings;
    }
}
