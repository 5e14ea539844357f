package finacct.validation.rules.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.kernel.events.CellRef;
import finacct.kernel.results.Finding;
import finacct.kernel.template.RowDefinition;
import finacct.kernel.template.TableDefinition;
import finacct.validation.rules.CellSelector;
import finacct.validation.rules.Comparison;
import finacct.validation.rules.Condition;
import finacct.validation.rules.BaseRule;
import finacct.validation.rules.Facts;
import finacct.validation.rules.Operand;
import finacct.validation.rules.Operands;
import finacct.validation.rules.RuleHeader;
import finacct.validation.rules.Side;
import finacct.validation.rules.SubjectTree;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code kind: perFunctionClass} — two tables agree class by class of the function classification:
 * {@code left: {table: T1, column: "2"}}, {@code right: {table: T3, column: "1"}}. A table of numbered lines
 * gives a class by the template's {@code functionClass} of its lines (表1 lines 31–56, 表4 lines 33–58); a
 * subject table by its 类 rows (3-digit codes; an unprinted 类 is the sum of its 款). {@code relation: equal}
 * (default) or {@code lessOrEqual} (left ≤ right); optional {@code when} as for {@code equal}. A class one side
 * has no line for counts as 0 there.
 */
public final class PerFunctionClassRule extends BaseRule {

    private final CellSelector left;
    private final CellSelector right;
    private final boolean lessOrEqual;
    private final Condition when;

    public PerFunctionClassRule(RuleHeader header, JsonNode spec) {
        super(header);
        this.left = CellSelector.parse(spec.path("left"));
        this.right = CellSelector.parse(spec.path("right"));
        String relation = spec.path("relation").asText("equal");
        if (!relation.equals("equal") && !relation.equals("lessOrEqual")) {
            throw new IllegalArgumentException("relation must be equal or lessOrEqual: " + relation);
        }
        this.lessOrEqual = relation.equals("lessOrEqual");
        this.when = Condition.parse(spec);
    }

    @Override
    public List<Finding> check(Facts facts) {
        if (!when.applies(facts)) {
            return List.of();
        }
        Operands operands = new Operands(facts);
        Map<String, Operand> l = byClass(facts, operands, left);
        Map<String, Operand> r = byClass(facts, operands, right);
        Set<String> classes = new LinkedHashSet<>(l.keySet());
        classes.addAll(r.keySet());
        List<Finding> findings = new ArrayList<>();
        for (String c : classes) {
            Side a = Side.of(l.getOrDefault(c, absent(facts, left, c)));
            Side b = Side.of(r.getOrDefault(c, absent(facts, right, c)));
            (lessOrEqual ? Comparison.lessOrEqual(header, facts, a, b) : Comparison.equal(header, facts, a, b))
                    .ifPresent(findings::add);
        }
        return findings;
    }

    private static Map<String, Operand> byClass(Facts facts, Operands operands, CellSelector side) {
        TableDefinition table = facts.table(side.table());
        String column = side.columnFor(0);
        Map<String, Operand> out = new LinkedHashMap<>();
        if (SubjectTree.isSubjectTable(table)) {
            SubjectTree tree = operands.tree(side.table());
            tree.classes().forEach(c -> out.put(c, tree.operand(c, column)));
        } else {
            for (RowDefinition row : table.rows()) {
                if (row.functionClass() != null && !row.functionClass().isBlank()) {
                    out.put(row.functionClass(), operands.of(new CellRef(side.table(), row.key(), column)));
                }
            }
        }
        return out;
    }

    private static Operand absent(Facts facts, CellSelector side, String functionClass) {
        TableDefinition table = facts.table(side.table());
        if (SubjectTree.isSubjectTable(table)) {
            return Operand.blank(facts, new CellRef(side.table(), functionClass, side.columnFor(0)));
        }
        return Operand.missing("表" + table.number() + " 没有功能分类 " + functionClass + " 类的行");
    }
}
