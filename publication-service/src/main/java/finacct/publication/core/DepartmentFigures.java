package finacct.publication.core;

import finacct.kernel.results.RecomputedCell;
import finacct.kernel.results.RecomputedTable;
import finacct.kernel.template.ReportTemplate;
import finacct.kernel.template.RowDefinition;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the district aggregation needs of one department, kept beside its read model so the overview sums
 * without recomputing anyone's tables: 表1 by row (its one column), 表3 by function class 类 / 款 and 表6 by
 * economic class 类 / 款, each by column; amounts as stated, else as recomputed. {@code names} holds the subject
 * names the department wrote, for codes the classification data does not know.
 */
public record DepartmentFigures(Map<String, String> table1, Map<String, Map<String, String>> table3,
                                Map<String, Map<String, String>> table6, Map<String, String> names) {

    public static final DepartmentFigures NONE = new DepartmentFigures(Map.of(), Map.of(), Map.of(), Map.of());

    public DepartmentFigures {
        table1 = table1 == null ? Map.of() : table1;
        table3 = table3 == null ? Map.of() : table3;
        table6 = table6 == null ? Map.of() : table6;
        names = names == null ? Map.of() : names;
    }

    public static DepartmentFigures of(ReportTemplate template, List<RecomputedTable> tables) {
        Map<String, String> table1 = new TreeMap<>(DistrictAggregation.ROW_ORDER);
        template.table("T1").ifPresent(t -> {
            for (RowDefinition row : t.rows()) {
                String column = row.columns().isEmpty() ? t.columns().get(0).key() : row.columns().get(0);
                TableValues.value(tables, "T1", row.key(), column).ifPresent(v -> table1.put(row.key(), v.toPlainString()));
            }
        });
        Map<String, String> names = new TreeMap<>();
        return new DepartmentFigures(table1, classes(tables, "T3", names), classes(tables, "T6", names), names);
    }

    /** The 类 (3 digits) and 款 (5 digits) rows of a subject table, by column. */
    private static Map<String, Map<String, String>> classes(List<RecomputedTable> tables, String table,
                                                            Map<String, String> names) {
        Map<String, Map<String, String>> byCode = new TreeMap<>();
        tables.stream().filter(t -> t.table().equals(table)).flatMap(t -> t.cells().stream())
                .filter(c -> c.row().matches("\\d{3}|\\d{5}"))
                .forEach(c -> {
                    String text = TableValues.text(c);
                    if (text != null && TableValues.parse(text).isPresent()) {
                        byCode.computeIfAbsent(c.row(), k -> new TreeMap<>(DistrictAggregation.ROW_ORDER))
                                .put(c.column(), TableValues.parse(text).get().toPlainString());
                    }
                    nameOf(c).ifPresent(n -> names.putIfAbsent(table + ":" + c.row(), n));
                });
        return byCode;
    }

    private static Optional<String> nameOf(RecomputedCell cell) {
        return cell.name() == null || cell.name().isBlank() ? Optional.empty()
                : Optional.of(cell.name());
    }
}
