package finacct.validation.rules;

import finacct.kernel.events.CellRef;
import finacct.kernel.events.Figure;
import finacct.kernel.template.RowDefinition;
import finacct.kernel.template.RowKind;
import finacct.kernel.template.TableDefinition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The classification codes of one subject table (表2/3/5/8/9 by function 类 3 / 款 5 / 项 7 digits, 表6 by
 * economic 类 3 / 款 5): the codes stated, plus the 类 and 款 above a stated code that the table does not print.
 * A cell of such an unprinted row counts as the sum of its children; a printed row counts as printed.
 */
public final class SubjectTree {

    /** The key of the 合计 row of the function subject tables, as the templates name it. */
    public static final String TOTAL_ROW = "total";

    private final Facts facts;
    private final TableDefinition table;
    private final Set<String> statedRows = new HashSet<>();
    private final TreeSet<String> codes = new TreeSet<>();

    public SubjectTree(Facts facts, String tableId) {
        this.facts = facts;
        this.table = facts.table(tableId);
        for (Figure f : facts.cellsOf(tableId)) {
            statedRows.add(f.row());
            if (table.row(f.row()).isEmpty() && table.isSubjectCode(f.row())) {
                codes.add(f.row());
                for (int len = 3; len < f.row().length(); len += 2) {
                    codes.add(f.row().substring(0, len));
                }
            }
        }
    }

    public static boolean isSubjectTable(TableDefinition table) {
        return table.rowKind() == RowKind.FUNCTION_SUBJECT || table.rowKind() == RowKind.ECONOMIC_SUBJECT;
    }

    public String tableId() {
        return table.id();
    }

    /** Every code, stated or implied, in code order (so a 类 comes before its 款 and 项). */
    public List<String> codes() {
        return List.copyOf(codes);
    }

    public List<String> classes() {
        return codes.stream().filter(c -> c.length() == 3).toList();
    }

    /** The codes one level below: 类 → its 款, 款 → its 项. */
    public List<String> children(String code) {
        int childLength = code.length() + 2;
        return codes.subSet(code, false, code + Character.MAX_VALUE, false).stream()
                .filter(c -> c.length() == childLength)
                .toList();
    }

    public boolean isStated(String row) {
        return statedRows.contains(row);
    }

    /** The columns of the table, and any column a cell was stated in beyond them. */
    public List<String> columns() {
        Set<String> columns = new LinkedHashSet<>();
        table.columns().forEach(c -> columns.add(c.key()));
        facts.cellsOf(table.id()).forEach(f -> columns.add(f.column()));
        return new ArrayList<>(columns);
    }

    /**
     * A cell as a comparison reads it: as stated; for a row the table does not print, the sum of the rows below
     * it (合计 = Σ类, or a template row's classes such as 表6 人员经费合计); else blank.
     */
    public Operand operand(String row, String column) {
        CellRef ref = new CellRef(table.id(), row, column);
        Optional<Stated> stated = facts.cell(ref);
        if (stated.isPresent()) {
            return Operand.stated(facts, ref, stated.get());
        }
        if (isStated(row)) {
            return Operand.blank(facts, ref);
        }
        List<String> parts = partsOf(row);
        if (parts.isEmpty()) {
            return Operand.blank(facts, ref);
        }
        return Operand.derived(facts, ref, parts.stream().map(p -> operand(p, column)).toList());
    }

    private List<String> partsOf(String row) {
        Optional<RowDefinition> listed = table.row(row);
        if (listed.isPresent()) {
            if (!listed.get().sumOfClasses().isEmpty()) {
                return listed.get().sumOfClasses();
            }
            return TOTAL_ROW.equals(row) ? classes() : List.of();
        }
        return table.isSubjectCode(row) ? children(row) : List.of();
    }
}
