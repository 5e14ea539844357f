package finacct.validation.rules;

import finacct.kernel.events.CellRef;
import finacct.kernel.results.FindingCell;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * One figure a comparison reads: a stated cell, a value derived from stated cells (a 类 a table does not
 * print, computed from its 款), or a blank cell, which counts as 0. {@code cells} are the cells a finding
 * points at for it: the cell itself, or the cells a derived value comes from.
 */
public record Operand(String label, Interval interval, BigDecimal value, String printed, List<FindingCell> cells,
                      boolean blank) {

    public Operand {
        cells = List.copyOf(cells);
    }

    public static Operand stated(Facts facts, CellRef ref, Stated stated) {
        return new Operand(CellRefs.label(facts, ref), stated.interval(), stated.value(), stated.printed(),
                List.of(cellOf(ref, stated.printed())), false);
    }

    public static Operand blank(Facts facts, CellRef ref) {
        return new Operand(CellRefs.label(facts, ref), Interval.ZERO, BigDecimal.ZERO, "（空）",
                List.of(cellOf(ref, null)), true);
    }

    /** A figure no table holds (e.g. a line the template does not have): 0, pointing at no cell. */
    public static Operand missing(String label) {
        return new Operand(label, Interval.ZERO, BigDecimal.ZERO, "（无）", List.of(), true);
    }

    /** A cell that was not stated, computed as the sum of its parts; blank when every part is. */
    public static Operand derived(Facts facts, CellRef ref, List<Operand> parts) {
        if (parts.stream().allMatch(Operand::blank)) {
            return blank(facts, ref);
        }
        Interval sum = Interval.ZERO;
        BigDecimal value = BigDecimal.ZERO;
        List<FindingCell> cells = new ArrayList<>();
        for (Operand p : parts) {
            if (!p.blank()) {
                sum = sum.plus(p.interval());
                value = value.add(p.value());
                cells.addAll(p.cells());
            }
        }
        String printed = value.setScale(facts.template().decimals(), RoundingMode.HALF_UP).toPlainString();
        return new Operand(CellRefs.label(facts, ref) + "（未列示，按下级科目计算）", sum, value, printed, cells, false);
    }

    private static FindingCell cellOf(CellRef ref, String value) {
        return new FindingCell(ref.table(), ref.row(), ref.column(), value);
    }
}
