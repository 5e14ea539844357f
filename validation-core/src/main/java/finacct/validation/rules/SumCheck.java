package finacct.validation.rules;

import finacct.kernel.events.CellRef;
import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.kernel.results.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one comparison most rules make: a stated total against the sum of stated parts, on intervals. A blank
 * part counts as 0; a blank total with non-blank parts counts as a stated 0. The finding's message shows the
 * arithmetic with every figure, so nobody needs the rule file to follow it.
 */
public final class SumCheck {

    private SumCheck() {
    }

    public static Optional<Finding> check(RuleHeader header, Facts facts, CellRef total, List<Term> parts) {
        Optional<Stated> statedTotal = facts.cell(total);
        boolean anyPart = parts.stream().anyMatch(p -> facts.cell(p.cell()).isPresent());
        if (statedTotal.isEmpty() && !anyPart) {
            return Optional.empty();
        }
        Stated stated = statedTotal.orElse(Stated.of(zero(facts)));
        Interval computed = Interval.ZERO;
        List<FindingCell> cells = new ArrayList<>();
        cells.add(new FindingCell(total.table(), total.row(), total.column(), statedTotal.map(Stated::printed).orElse(null)));
        StringBuilder expression = new StringBuilder();
        for (Term part : parts) {
            Optional<Stated> v = facts.cell(part.cell());
            if (v.isPresent()) {
                computed = part.negative() ? computed.minus(v.get().interval()) : computed.plus(v.get().interval());
                cells.add(new FindingCell(part.cell().table(), part.cell().row(), part.cell().column(), v.get().printed()));
                if (!expression.isEmpty() || part.negative()) {
                    expression.append(part.negative() ? " − " : " + ");
                }
                expression.append(CellRefs.label(facts, part.cell())).append(' ').append(v.get().printed());
            }
        }
        if (expression.isEmpty()) {
            expression.append("各项均为空");
        }
        Optional<Finding> finding = compare(header, facts, stated, computed, CellRefs.label(facts, total),
                expression.toString(), cells);
        if (finding.isPresent()) {
            // a total and parts in a table of which the document gives no figure: not checked, recorded as skipped
            Optional<String> absent = java.util.stream.Stream.concat(java.util.stream.Stream.of(total),
                            parts.stream().map(Term::cell))
                    .map(CellRef::table).distinct().filter(facts::absent).findFirst();
            if (absent.isPresent()) {
                facts.skip(absent.get(), header, CellRefs.label(facts, total) + " " + stated.printed() + " ≠ "
                        + expression);
                return Optional.empty();
            }
        }
        return finding;
    }

    /** A stated figure against a computed interval, with the words for both sides. */
    public static Optional<Finding> compare(RuleHeader header, Facts facts, Stated stated, Interval computed,
                                            String statedLabel, String expression, List<FindingCell> cells) {
        Agreement agreement = Agreement.of(stated, computed);
        if (agreement == Agreement.EXACT) {
            return Optional.empty();
        }
        BigDecimal expected = computed.rounded(stated.decimals());
        BigDecimal difference = stated.value().subtract(expected);
        String arithmetic = statedLabel + " " + stated.printed() + " ≠ " + expression + " = " + expected.toPlainString()
                + "（差 " + difference.toPlainString() + "）";
        if (agreement == Agreement.ROUNDING) {
            return Optional.of(new Finding(header.id(), Severity.INFO,
                    header.message() + "：" + arithmetic + "，差额在四舍五入范围内", cells,
                    expected.toPlainString(), stated.printed(), difference.toPlainString()));
        }
        return Optional.of(new Finding(header.id(), header.severity(), header.message() + "：" + arithmetic, cells,
                expected.toPlainString(), stated.printed(), difference.toPlainString()));
    }

    private static String zero(Facts facts) {
        return BigDecimal.ZERO.setScale(facts.template().decimals()).toPlainString();
    }
}
