package finacct.validation.rules.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.kernel.results.Finding;
import finacct.validation.rules.Comparison;
import finacct.validation.rules.BaseRule;
import finacct.validation.rules.Facts;
import finacct.validation.rules.Operand;
import finacct.validation.rules.RuleHeader;
import finacct.validation.rules.RowRefs;
import finacct.validation.rules.Side;
import finacct.validation.rules.SubjectTree;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code kind: hierarchy} — the classification hierarchy of a subject table, in every column: each printed
 * 类 = Σ its 款 and each printed 款 = Σ its 项 (a level the table leaves out counts as the sum below it);
 * {@code total: total} adds 合计 = Σ 类; {@code groups: {personnel_total: ["301", "303"], …}} adds rows that
 * total given classes (表6 人员经费合计 / 公用经费合计). A total row that is not printed is not checked.
 */
public final class HierarchyRule extends BaseRule {

    private final String table;
    private final String total;
    private final Map<String, List<String>> groups = new LinkedHashMap<>();

    public HierarchyRule(RuleHeader header, JsonNode spec) {
        super(header);
        this.table = spec.path("table").asText();
        this.total = spec.path("total").asText(null);
        spec.path("groups").fields().forEachRemaining(e -> groups.put(e.getKey(), RowRefs.list(e.getValue())));
    }

    @Override
    public List<Finding> check(Facts facts) {
        SubjectTree tree = new SubjectTree(facts, table);
        List<Finding> findings = new ArrayList<>();
        if (total != null && tree.isStated(total)) {
            compare(facts, tree, total, tree.classes(), findings);
        }
        groups.forEach((row, classes) -> {
            if (tree.isStated(row)) {
                compare(facts, tree, row, classes, findings);
            }
        });
        for (String code : tree.codes()) {
            List<String> children = tree.children(code);
            if (tree.isStated(code) && !children.isEmpty()) {
                compare(facts, tree, code, children, findings);
            }
        }
        return findings;
    }

    private void compare(Facts facts, SubjectTree tree, String row, List<String> parts, List<Finding> findings) {
        for (String column : tree.columns()) {
            List<Operand> operands = parts.stream().map(p -> tree.operand(p, column)).toList();
            Comparison.equal(header, facts, Side.of(tree.operand(row, column)), Side.of(operands))
                    .ifPresent(findings::add);
        }
    }
}
