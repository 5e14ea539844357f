package finacct.validation.rules;

import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.kernel.results.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The two comparisons the table rules make, on intervals (XBRL round-to-nearest): two sides agree, or a part
 * does not exceed its whole. A difference rounding explains is INFO at most; only a difference no reading of
 * the printed figures can close takes the rule's severity. Two blank sides say nothing.
 */
public final class Comparison {

    private Comparison() {
    }

    public static Optional<Finding> equal(RuleHeader header, Facts facts, Side left, Side right) {
        if (left.blank() && right.blank()) {
            return Optional.empty();
        }
        int decimals = facts.template().decimals();
        BigDecimal difference = left.value().subtract(right.value());
        if (difference.signum() == 0 && left.interval().intersects(right.interval())) {
            return Optional.empty();
        }
        String arithmetic = left.text(decimals) + " ≠ " + right.text(decimals)
                + "（差 " + Side.format(difference, decimals) + "）";
        if (skippedForAbsentTable(header, facts, arithmetic, left, right)) {
            return Optional.empty();
        }
        return Optional.of(finding(header, left.interval().intersects(right.interval()), arithmetic,
                cells(left, right), Side.format(right.value(), decimals), Side.format(left.value(), decimals),
                Side.format(difference, decimals)));
    }

    /** {@code part} may not exceed {@code whole}: a breach only when even the part's lowest reading does. */
    public static Optional<Finding> lessOrEqual(RuleHeader header, Facts facts, Side part, Side whole) {
        if (part.blank() && whole.blank()) {
            return Optional.empty();
        }
        BigDecimal excess = part.value().subtract(whole.value());
        boolean impossible = part.interval().lo().compareTo(whole.interval().hi()) > 0;
        if (excess.signum() <= 0 && !impossible) {
            return Optional.empty();
        }
        int decimals = facts.template().decimals();
        String arithmetic = part.text(decimals) + " > " + whole.text(decimals)
                + "（超出 " + Side.format(excess, decimals) + "）";
        if (skippedForAbsentTable(header, facts, arithmetic, part, whole)) {
            return Optional.empty();
        }
        return Optional.of(finding(header, !impossible, arithmetic, cells(part, whole),
                Side.format(whole.value(), decimals), Side.format(part.value(), decimals),
                Side.format(excess, decimals)));
    }

    /**
     * A comparison with a table of which the document gives no figure is not made: its blanks would turn every
     * figure of the other side into a finding of its own. It is recorded as skipped for that table.
     */
    private static boolean skippedForAbsentTable(RuleHeader header, Facts facts, String arithmetic, Side a, Side b) {
        java.util.Set<String> tables = new java.util.LinkedHashSet<>(a.tables());
        tables.addAll(b.tables());
        for (String table : tables) {
            if (facts.absent(table)) {
                facts.skip(table, header, arithmetic);
                return true;
            }
        }
        return false;
    }

    private static Finding finding(RuleHeader header, boolean roundingOnly, String arithmetic, List<FindingCell> cells,
                                   String expected, String actual, String difference) {
        if (roundingOnly) {
            return new Finding(header.id(), Severity.INFO,
                    header.message() + "：" + arithmetic + "，差额在四舍五入范围内", cells, expected, actual, difference);
        }
        return new Finding(header.id(), header.severity(), header.message() + "：" + arithmetic, cells,
                expected, actual, difference);
    }

    private static List<FindingCell> cells(Side a, Side b) {
        List<FindingCell> cells = new ArrayList<>(a.cells());
        cells.addAll(b.cells());
        return cells;
    }
}
