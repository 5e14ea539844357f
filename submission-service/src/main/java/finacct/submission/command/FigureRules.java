package finacct.submission.command;

import finacct.kernel.amount.Amounts;
import finacct.kernel.events.CellRef;
import finacct.kernel.events.Figure;
import finacct.kernel.template.ReportTemplate;
import finacct.kernel.template.TableDefinition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What a batch of cells must satisfy before any of it is stored; every bad cell is named. */
final class FigureRules {

    static final int MAX_CELLS_PER_BATCH = 5000;
    static final int MAX_BATCH_ID_LENGTH = 100;
    static final int MAX_NAME_LENGTH = 200;

    private FigureRules() {
    }

    static void checkBatchId(String batchId, Violations v) {
        Checks.required(batchId, "batchId", "批次号（batchId），重试同一批时用它避免重复保存", v);
        Checks.maxLength(batchId, MAX_BATCH_ID_LENGTH, "batchId", v);
    }

    static void checkFigures(List<Figure> figures, ReportTemplate template, String unit, Violations v) {
        if (!checkSize(figures, "figures", v)) {
            return;
        }
        Map<CellRef, Integer> seen = new HashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            String at = "figures[" + i + "]";
            Figure f = figures.get(i);
            if (f == null) {
                v.add(at, "单元格为空");
                continue;
            }
            boolean addressOk = checkAddress(f.table(), f.row(), f.column(), at, template, v);
            if (addressOk) {
                Integer earlier = seen.putIfAbsent(f.cell(), i);
                if (earlier != null) {
                    v.add(at, "与 figures[" + earlier + "] 是同一单元格（" + f.cell() + "），一批中每个单元格只能出现一次");
                }
            }
            Amounts.problem(f.value(), template.decimals(), unit).ifPresent(p -> v.add(at + ".value", p));
            Checks.maxLength(f.name(), MAX_NAME_LENGTH, at + ".name", v);
        }
    }

    static void checkWithdrawals(List<CellRef> cells, ReportTemplate template, Set<CellRef> reported, Violations v) {
        if (!checkSize(cells, "cells", v)) {
            return;
        }
        Map<CellRef, Integer> seen = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String at = "cells[" + i + "]";
            CellRef c = cells.get(i);
            if (c == null) {
                v.add(at, "单元格为空");
                continue;
            }
            if (!checkAddress(c.table(), c.row(), c.column(), at, template, v)) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(c, i);
            if (earlier != null) {
                v.add(at, "与 cells[" + earlier + "] 是同一单元格（" + c + "）");
            } else if (!reported.contains(c)) {
                v.add(at, "单元格 " + c + " 没有已填报的数字，无可撤回");
            }
        }
    }

    private static boolean checkSize(List<?> items, String field, Violations v) {
        if (items == null || items.isEmpty()) {
            v.add(field, "至少需要 1 个单元格");
            return false;
        }
        if (items.size() > MAX_CELLS_PER_BATCH) {
            v.add(field, "每批最多 " + MAX_CELLS_PER_BATCH + " 个单元格，本批有 " + items.size() + " 个，请分批报送");
            return false;
        }
        return true;
    }

    private static boolean checkAddress(String table, String row, String column, String at, ReportTemplate template,
                                        Violations v) {
        Optional<String> problem = template.cellProblem(table, row, column);
        problem.ifPresent(p -> v.add(at + "." + offendingField(template, table, row, column), p));
        return problem.isEmpty();
    }

    /** Which of table / row / column the template's complaint is about, following the order it checks them in. */
    static String offendingField(ReportTemplate template, String table, String row, String column) {
        if (Checks.blank(table)) {
            return "table";
        }
        Optional<TableDefinition> t = template.table(table);
        if (t.isEmpty()) {
            return "table";
        }
        if (Checks.blank(row)) {
            return "row";
        }
        if (Checks.blank(column)) {
            return "column";
        }
        if (t.get().row(row).isEmpty() && !t.get().isSubjectCode(row)) {
            return "row";
        }
        return "column";
    }
}
