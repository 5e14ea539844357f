package finacct.validation.rules;

import finacct.kernel.events.CellRef;
import finacct.kernel.template.RowKind;
import finacct.kernel.template.TableDefinition;

/** Reading and naming cells: "T3/201/1" in rule files, "表3 201（一般公共服务支出）1栏" in messages. */
public final class CellRefs {
    private CellRefs() {
    }

    public static CellRef parse(String text) {
        String[] p = text.strip().split("/");
        if (p.length != 3) {
            throw new IllegalArgumentException("cell reference must be TABLE/ROW/COLUMN: " + text);
        }
        return new CellRef(p[0], p[1], p[2]);
    }

    public static String label(Facts facts, CellRef ref) {
        TableDefinition table = facts.table(ref.table());
        StringBuilder s = new StringBuilder("表").append(table.number()).append(' ');
        var listed = table.row(ref.row());
        if (table.rowKind() == RowKind.LINES) {
            s.append("第").append(ref.row()).append("行");
            listed.filter(r -> !r.label().isEmpty()).ifPresent(r -> s.append("（").append(r.label()).append("）"));
        } else if (listed.isPresent()) {
            s.append(listed.get().label());
        } else {
            s.append(ref.row());
            facts.rowName(ref.table(), ref.row()).ifPresent(n -> s.append("（").append(n).append("）"));
        }
        boolean oneColumnRow = listed.map(r -> r.columns().size() == 1).orElse(false);
        if (table.columns().size() > 1 && !oneColumnRow) {
            s.append(' ').append(ref.column()).append("栏");
            table.column(ref.column()).ifPresent(c -> s.append("（").append(c.label()).append("）"));
        }
        return s.toString();
    }
}
