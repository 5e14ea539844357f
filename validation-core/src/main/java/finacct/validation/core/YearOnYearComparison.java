package finacct.validation.core;

import finacct.kernel.results.RecomputedCell;
import finacct.kernel.results.RecomputedTable;
import finacct.kernel.results.YearOnYear;
import finacct.kernel.template.ColumnDefinition;
import finacct.kernel.template.ReportTemplate;
import finacct.kernel.template.RowDefinition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * This year's recomputed tables beside last year's, as the bureau reads them: 表1's totals (the rows the template
 * sums, in each column they hold) and 表3's 合计 and function classes (本年支出合计), with change and rate. A class
 * that one year's 表3 lacks while the table holds figures counts as 0 there.
 */
public final class YearOnYearComparison {

    private static final String T1 = "T1";
    private static final String T3 = "T3";
    private static final String T3_TOTAL_COLUMN = "1";

    private YearOnYearComparison() {
    }

    public static YearOnYear of(ReportTemplate template, int fiscalYear, List<RecomputedTable> current,
                                int previousFiscalYear, List<RecomputedTable> previous, String previousSource) {
        List<YearOnYear.Line> lines = new ArrayList<>();
        template.table(T1).ifPresent(t1 -> {
            for (RowDefinition row : t1.rows()) {
                if (row.sumOf().isEmpty()) {
                    continue;
                }
                for (ColumnDefinition column : t1.columns()) {
                    if (row.allowsColumn(column.key())) {
                        lines.add(line(T1, row.key(), column.key(), row.label() + "（" + column.label() + "）",
                                current, previous, false));
                    }
                }
            }
        });
        template.table(T3).ifPresent(t3 -> {
            Set<String> rows = new LinkedHashSet<>();
            t3.rows().forEach(r -> rows.add(r.key()));
            classes(current).forEach(rows::add);
            classes(previous).forEach(rows::add);
            for (String row : rows) {
                String label = t3.row(row).map(RowDefinition::label)
                        .orElseGet(() -> name(current, row).or(() -> name(previous, row)).map(n -> row + " " + n).orElse(row));
                lines.add(line(T3, row, T3_TOTAL_COLUMN, label, current, previous, true));
            }
        });
        return new YearOnYear(fiscalYear, previousFiscalYear, previousSource, lines);
    }

    private static YearOnYear.Line line(String table, String row, String column, String label,
                                        List<RecomputedTable> current, List<RecomputedTable> previous, boolean blankIsZero) {
        BigDecimal now = value(current, table, row, column, blankIsZero).orElse(null);
        BigDecimal before = value(previous, table, row, column, blankIsZero).orElse(null);
        BigDecimal change = now != null && before != null ? now.subtract(before) : null;
        BigDecimal rate = change != null && before.signum() != 0
                ? change.multiply(BigDecimal.valueOf(100)).divide(before.abs(), 2, RoundingMode.HALF_UP) : null;
        return new YearOnYear.Line(table, row, column, label, plain(now), plain(before), plain(change), plain(rate));
    }

    /** A cell as stated, else as recomputed from its parts; a blank of a table holding figures is 0 where asked. */
    private static Optional<BigDecimal> value(List<RecomputedTable> tables, String table, String row, String column,
                                              boolean blankIsZero) {
        Optional<RecomputedTable> t = tables.stream().filter(x -> x.table().equals(table)).findFirst();
        if (t.isEmpty() || t.get().cells().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> text = t.get().cells().stream().filter(c -> c.row().equals(row) && c.column().equals(column))
                .map(c -> c.stated() != null ? c.stated() : c.computed()).filter(v -> v != null).findFirst();
        if (text.isPresent()) {
            return Optional.of(new BigDecimal(text.get()));
        }
        return blankIsZero ? Optional.of(BigDecimal.ZERO.setScale(2)) : Optional.empty();
    }

    private static List<String> classes(List<RecomputedTable> tables) {
        return tables.stream().filter(t -> t.table().equals(T3)).flatMap(t -> t.cells().stream())
                .map(RecomputedCell::row).filter(r -> r.matches("\\d{3}")).distinct().sorted().toList();
    }

    private static Optional<String> name(List<RecomputedTable> tables, String row) {
        return tables.stream().filter(t -> t.table().equals(T3)).flatMap(t -> t.cells().stream())
                .filter(c -> c.row().equals(row) && c.name() != null).map(RecomputedCell::name).findFirst();
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }
}
