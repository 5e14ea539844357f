package finacct.validation.rules.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.kernel.events.CellRef;
import finacct.validation.rules.CellSelector;
import finacct.validation.rules.Condition;
import finacct.validation.rules.Facts;
import finacct.validation.rules.Operands;
import finacct.validation.rules.RowRefs;
import finacct.validation.rules.Side;
import finacct.validation.rules.Term;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The two sides of an {@code equal} or {@code lessOrEqual} rule. Either two lists of cells
 * ({@code left: [T1/1/1, T1/2/1]}, {@code right: T2/total/2}), compared once as sums; or two cell selectors
 * ({@code {table: T5, columns: ["1", "2"]}} against {@code {table: T3, columns: ["1", "2"]}}), compared row by
 * row (subject code, fixed row or line) and column by column in the order given — a selector with one column
 * pairs it with each of the other's.
 */
final class PairedCells {

    /** One comparison to make. */
    record Pair(Side left, Side right) {
    }

    private final List<Term> leftTerms;
    private final List<Term> rightTerms;
    private final CellSelector leftSelector;
    private final CellSelector rightSelector;
    private final Condition when;

    PairedCells(JsonNode spec, String leftName, String rightName) {
        JsonNode left = spec.get(leftName);
        JsonNode right = spec.get(rightName);
        if (CellSelector.isSelector(left) != CellSelector.isSelector(right)) {
            throw new IllegalArgumentException(leftName + " and " + rightName
                    + " must both be cell lists or both be {table, columns}: " + spec);
        }
        if (CellSelector.isSelector(left)) {
            leftSelector = CellSelector.parse(left);
            rightSelector = CellSelector.parse(right);
            leftTerms = List.of();
            rightTerms = List.of();
        } else {
            leftSelector = null;
            rightSelector = null;
            leftTerms = RowRefs.terms(left);
            rightTerms = RowRefs.terms(right);
        }
        when = Condition.parse(spec);
    }

    /** True when every cell the rule's {@code when: {blank: […]}} names is blank or zero. */
    boolean applies(Facts facts) {
        return when.applies(facts);
    }

    /**
     * The comparisons to make. With selectors the rows are those stated in the left table, and with
     * {@code bothWays} also those stated only in the right one (for equality, a row either side has matters).
     */
    List<Pair> pairs(Facts facts, boolean bothWays) {
        Operands operands = new Operands(facts);
        if (leftSelector == null) {
            return List.of(new Pair(operands.side(leftTerms), operands.side(rightTerms)));
        }
        Set<String> rows = new LinkedHashSet<>(facts.rowsOf(leftSelector.table()));
        if (bothWays) {
            rows.addAll(facts.rowsOf(rightSelector.table()));
        }
        int n = Math.max(leftSelector.columns().size(), rightSelector.columns().size());
        List<Pair> pairs = new ArrayList<>();
        for (String row : rows) {
            if (facts.table(leftSelector.table()).cellProblem(row, leftSelector.columnFor(0)).isPresent()
                    || facts.table(rightSelector.table()).cellProblem(row, rightSelector.columnFor(0)).isPresent()) {
                continue; // a row one of the tables cannot have (a line of 表1 in 表3): nothing to pair it with
            }
            for (int i = 0; i < n; i++) {
                pairs.add(new Pair(
                        Side.of(operands.of(new CellRef(leftSelector.table(), row, leftSelector.columnFor(i)))),
                        Side.of(operands.of(new CellRef(rightSelector.table(), row, rightSelector.columnFor(i))))));
            }
        }
        return pairs;
    }
}
