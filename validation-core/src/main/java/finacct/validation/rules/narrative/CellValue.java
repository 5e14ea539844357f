package finacct.validation.rules.narrative;

import finacct.kernel.events.CellRef;
import finacct.kernel.results.FindingCell;
import finacct.kernel.template.RowDefinition;
import finacct.validation.rules.CellRefs;
import finacct.validation.rules.Facts;
import finacct.validation.rules.Interval;
import finacct.validation.rules.Stated;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A binding's cell expression evaluated on the stated cells: "T1/1/1 + T1/2/1 − …"; a row written "#201" is the
 * line of a table that carries function class 201. A blank cell of a table that holds figures counts as 0 (a
 * blank means nothing); a cell of a table that holds none makes the expression unknown — the document printed
 * no such table, or printed it empty, and there is nothing to compare with.
 */
public final class CellValue {

    private CellValue() {
    }

    public static Optional<Quantity> of(Facts facts, String expression) {
        Interval sum = Interval.ZERO;
        BigDecimal value = BigDecimal.ZERO;
        int scale = 0;
        List<FindingCell> cells = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String raw : expression.replace("−", "-").replace("-", "+-").split("\\+")) {
            String term = raw.strip();
            if (term.isEmpty()) {
                continue;
            }
            boolean negative = term.startsWith("-");
            Optional<CellRef> ref = resolve(facts, negative ? term.substring(1).strip() : term);
            if (ref.isEmpty() || facts.template().table(ref.get().table()).isEmpty() || facts.cellsOf(ref.get().table()).isEmpty()) {
                return Optional.empty();
            }
            Optional<Stated> stated = facts.cell(ref.get());
            Interval i = stated.map(Stated::interval).orElse(Interval.ZERO);
            BigDecimal v = stated.map(Stated::value).orElse(BigDecimal.ZERO);
            scale = Math.max(scale, stated.map(Stated::decimals).orElse(0));
            sum = negative ? sum.minus(i) : sum.plus(i);
            value = negative ? value.subtract(v) : value.add(v);
            cells.add(new FindingCell(ref.get().table(), ref.get().row(), ref.get().column(), stated.map(Stated::printed).orElse(null)));
            labels.add((negative ? "−" : "") + CellRefs.label(facts, ref.get()) + " " + stated.map(Stated::printed).orElse("（空）"));
        }
        if (cells.isEmpty()) {
            return Optional.empty();
        }
        String printed = value.setScale(scale, java.math.RoundingMode.HALF_UP).toPlainString();
        return Optional.of(new Quantity(String.join(" + ", labels).replace("+ −", "− "), sum, printed, cells));
    }

    private static Optional<CellRef> resolve(Facts facts, String text) {
        CellRef ref = CellRefs.parse(text);
        if (!ref.row().startsWith("#")) {
            return Optional.of(ref);
        }
        String functionClass = ref.row().substring(1);
        return facts.template().table(ref.table()).flatMap(t -> t.rows().stream()
                .filter(r -> functionClass.equals(r.functionClass()))
                .map(RowDefinition::key).findFirst())
                .map(row -> new CellRef(ref.table(), row, ref.column()));
    }
}
