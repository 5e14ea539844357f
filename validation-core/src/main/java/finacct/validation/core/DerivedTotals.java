package finacct.validation.core;

import finacct.kernel.events.Figure;
import finacct.kernel.results.RecomputedTable;
import finacct.kernel.template.ReportTemplate;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Recomputes every derived total of the nine tables from its parts, as the template describes them: rows
 * and columns with {@code sumOf}, column formulas (表8 6栏 = 1+2−3), the classification hierarchy of the
 * subject tables (合计 = Σ类, 类 = Σ款, 款 = Σ项) and 表6's 人员经费 / 公用经费 groups.
 *
 * <p>Every table of the template comes out, in template order, holding each cell that is stated or derived:
 * {@code stated} as the department gave it, {@code computed} for a derived cell whose parts are (at least
 * partly) present. Comparing the two is the rule engine's job, not this class's.
 */
public final class DerivedTotals {

    private DerivedTotals() {
    }

    public static List<RecomputedTable> recompute(ReportTemplate template, Collection<Figure> cells) {
        Map<String, List<Figure>> byTable = cells.stream()
                .filter(f -> f.table() != null && f.row() != null && f.column() != null)
                .collect(Collectors.groupingBy(Figure::table));
        return template.tables().stream()
                .map(t -> new TableTotals(t, template.decimals(), byTable.getOrDefault(t.id(), List.of())).recompute())
                .toList();
    }
}
