package finacct.publication.core;

import finacct.kernel.results.RecomputedTable;
import finacct.kernel.template.ColumnDefinition;
import finacct.kernel.template.ReportTemplate;
import finacct.kernel.template.RowDefinition;
import finacct.kernel.template.TableDefinition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Derives the four charts from the template's rows and columns, never from a document's own layout: totals are
 * the template's top-level sums (a summed row no other row sums up: 表1 总计 of income and of expenditure, 表4 总计),
 * the income structure is the parts of 表1's first summed row (本年收入合计 = its sources), the expenditure
 * structure the parts of 表3's summed column (本年支出合计 = 基本支出 + 项目支出 + …) on its 合计 row.
 */
public final class ChartData {

    /** Last year's figure of a cell, where known. */
    @FunctionalInterface
    public interface PreviousFigures {
        Optional<String> of(String table, String row, String column);

        PreviousFigures NONE = (table, row, column) -> Optional.empty();
    }

    private static final String T1 = "T1";
    private static final String T3 = "T3";
    private static final String T4 = "T4";
    private static final String TOTAL_ROW = "total";

    private ChartData() {
    }

    public static Charts of(ReportTemplate template, List<RecomputedTable> tables, PreviousFigures previous) {
        return new Charts(
                totals("收支决算总计变动情况", template, T1, tables, previous),
                incomeStructure(template, tables),
                expenditureStructure(template, tables),
                totals("财政拨款收支决算总计变动情况", template, T4, tables, previous));
    }

    private static Charts.Chart totals(String title, ReportTemplate template, String table,
                                       List<RecomputedTable> tables, PreviousFigures previous) {
        List<Charts.Item> items = new ArrayList<>();
        template.table(table).ifPresent(t -> {
            for (RowDefinition row : topLevelSums(t)) {
                String column = row.columns().isEmpty() ? t.columns().get(0).key() : row.columns().get(0);
                String side = t.column(column).map(ColumnDefinition::label).orElse("")
                        .replaceFirst("(金额|合计)$", "");
                items.add(new Charts.Item(side + TableValues.unnumbered(row.label()),
                        plain(TableValues.value(tables, table, row.key(), column)),
                        previous.of(table, row.key(), column).orElse(null)));
            }
        });
        return new Charts.Chart(title, template.unit(), items);
    }

    private static Charts.Chart incomeStructure(ReportTemplate template, List<RecomputedTable> tables) {
        List<Charts.Item> items = new ArrayList<>();
        template.table(T1).ifPresent(t -> t.rows().stream().filter(r -> !r.sumOf().isEmpty()).findFirst()
                .ifPresent(sum -> {
                    String column = sum.columns().isEmpty() ? t.columns().get(0).key() : sum.columns().get(0);
                    for (String part : sum.sumOf()) {
                        t.row(part).ifPresent(row -> TableValues.value(tables, T1, part, column).ifPresent(v ->
                                items.add(new Charts.Item(TableValues.unnumbered(row.label()), v.toPlainString(), null))));
                    }
                }));
        return new Charts.Chart("收入决算结构", template.unit(), items);
    }

    private static Charts.Chart expenditureStructure(ReportTemplate template, List<RecomputedTable> tables) {
        List<Charts.Item> items = new ArrayList<>();
        template.table(T3).ifPresent(t -> t.columns().stream().filter(c -> !c.sumOf().isEmpty()).findFirst()
                .ifPresent(sum -> {
                    for (String part : sum.sumOf()) {
                        t.column(part).ifPresent(column -> TableValues.value(tables, T3, TOTAL_ROW, part).ifPresent(v ->
                                items.add(new Charts.Item(column.label(), v.toPlainString(), null))));
                    }
                }));
        return new Charts.Chart("支出决算结构", template.unit(), items);
    }

    /** The summed rows that no other row sums up, in template order. */
    private static List<RowDefinition> topLevelSums(TableDefinition table) {
        Set<String> summed = new HashSet<>();
        table.rows().forEach(r -> summed.addAll(r.sumOf()));
        return table.rows().stream().filter(r -> !r.sumOf().isEmpty() && !summed.contains(r.key())).toList();
    }

    private static String plain(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse(null);
    }
}
