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
 * {@code kind: equal} — two figures (or sums of figures) that state the same quantity agree, on intervals:
 * {@code left: [T1/1/1, T1/2/1, T1/3/1]}, {@code right: [T2/total/2]}; or row by row between two tables with
 * {@code left: {table, columns}}, {@code right: {table, columns}}. Optional {@code when: {blank: [cells]}}:
 * the rule holds only when those cells are blank or zero (a relation the tables' logic makes exact only then).
 * A subject table's unprinted 类 or 合计 counts as the sum below it.
 */
public final class EqualRule extends BaseRule {

    private final PairedCells cells;

    public EqualRule(RuleHeader header, JsonNode spec) {
        super(header);
        this.cells = new PairedCells(spec, "left", "right");
    }

    @Override
    public List<Finding> check(Facts facts) {
        List<Finding> findings = new ArrayList<>();
        if (!cells.applies(facts)) {
            return findings;
        }
        for (PairedCells.Pair pair : cells.pairs(facts, true)) {
            Comparison.equal(header, facts, pair.left(), pair.right()).ifPresent(findings::add);
        }
        return findings;
    }
}
