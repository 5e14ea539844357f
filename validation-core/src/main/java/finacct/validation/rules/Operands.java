package finacct.validation.rules;

import finacct.kernel.events.CellRef;
import finacct.kernel.template.TableDefinition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads cells as operands for the rules that relate tables: a subject table's unprinted 类 or 合计 counts as the
 * sum below it (so a layout that leaves a level out is compared, not reported blank); any other cell as
 * stated, or blank. One instance per check: it keeps the subject trees it builds.
 */
public final class Operands {

    private final Facts facts;
    private final Map<String, SubjectTree> trees = new HashMap<>();

    public Operands(Facts facts) {
        this.facts = facts;
    }

    public Operand of(CellRef ref) {
        TableDefinition table = facts.table(ref.table());
        if (SubjectTree.isSubjectTable(table)) {
            return tree(ref.table()).operand(ref.row(), ref.column());
        }
        Optional<Stated> stated = facts.cell(ref);
        return stated.map(s -> Operand.stated(facts, ref, s)).orElseGet(() -> Operand.blank(facts, ref));
    }

    /** Exactly as stated, else blank: what the notes under a table compare (a total is what was printed). */
    public Operand stated(CellRef ref) {
        Optional<Stated> stated = facts.cell(ref);
        return stated.map(s -> Operand.stated(facts, ref, s)).orElseGet(() -> Operand.blank(facts, ref));
    }

    public Side side(List<Term> terms) {
        Side side = new Side();
        terms.forEach(t -> side.add(of(t.cell()), t.negative()));
        return side;
    }

    public SubjectTree tree(String table) {
        return trees.computeIfAbsent(table, t -> new SubjectTree(facts, t));
    }
}
