package finacct.validation.rules.narrative;

import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.kernel.results.Severity;
import finacct.validation.rules.Interval;
import finacct.validation.rules.RuleHeader;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A stated figure against the value other figures give it, on intervals: equal as printed — nothing; apart only
 * by what rounding explains — INFO; else a finding of the rule's severity. The message shows the arithmetic:
 * the stated figure, the expression with every figure in it, the result and the difference.
 */
public final class ClaimComparison {

    private ClaimComparison() {
    }

    /**
     * @param stated     the figure as printed, with its interval
     * @param decimals   the decimals it is printed with (the computed value is shown with as many)
     * @param computed   what the other figures make of it
     * @param expression the other figures in words, e.g. "货物 162.05 + 工程 0 + 服务 1702.4"
     * @param unit       the unit both are shown in ("万元", "%", "")
     */
    public static Optional<Finding> compare(RuleHeader header, Quantity stated, int decimals, Interval computed,
                                            String expression, String unit, List<FindingCell> otherCells) {
        List<FindingCell> cells = new ArrayList<>(stated.cells());
        cells.addAll(otherCells);
        BigDecimal expected = computed.rounded(decimals);
        BigDecimal printed = new BigDecimal(stated.printed().replaceAll("[^0-9.\\-]", ""));
        if (!stated.interval().intersects(computed)) {
            // shown with at least one decimal: "得分 6 ≠ … = 7.6", not "= 8"
            BigDecimal shown = computed.rounded(Math.max(decimals, 1));
            return Optional.of(finding(header, header.severity(), stated, shown, printed, expression, unit, cells, ""));
        }
        if (printed.compareTo(expected) == 0) {
            return Optional.empty();
        }
        // a percentage of a document that truncates them (NarrativeContext) may fit only as truncated
        boolean truncatedOnly = "%".equals(unit) && !Interval.stated(printed).intersects(computed);
        String note = truncatedOnly ? "，与全文百分比截尾（直接舍去多余位数）的列示方式相符" : "，差额在四舍五入范围内";
        return Optional.of(finding(header, Severity.INFO, stated, expected, printed, expression, unit, cells, note));
    }

    static Finding finding(RuleHeader header, Severity severity, Quantity stated, BigDecimal expected, BigDecimal printed,
                           String expression, String unit, List<FindingCell> cells, String note) {
        BigDecimal difference = printed.subtract(expected);
        String arithmetic = stated.label() + " " + stated.printed() + " ≠ " + expression + " = "
                + expected.toPlainString() + unit + "（差 " + difference.toPlainString() + unit + "）";
        return new Finding(header.id(), severity, header.message() + "：" + arithmetic + note, cells,
                expected.toPlainString(), printed.toPlainString(), difference.toPlainString());
    }

    /** A finding that says why a figure could not be checked (INFO: nothing is known to be wrong). */
    public static Finding unchecked(RuleHeader header, Quantity stated, String why) {
        return new Finding(header.id(), Severity.INFO, header.message() + "：" + stated.label() + " " + stated.printed()
                + " 无法核对——" + why, stated.cells(), null, stated.printed(), null);
    }
}
