package finacct.publication.core;

import finacct.kernel.results.RecomputedCell;
import finacct.kernel.results.RecomputedTable;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Reads a figure of the recomputed tables: as stated where the department gave it, else as recomputed. */
final class TableValues {

    private TableValues() {
    }

    static Optional<BigDecimal> value(List<RecomputedTable> tables, String table, String row, String column) {
        return tables.stream().filter(t -> t.table().equals(table)).flatMap(t -> t.cells().stream())
                .filter(c -> c.row().equals(row) && c.column().equals(column))
                .map(TableValues::text).filter(v -> v != null).findFirst().flatMap(TableValues::parse);
    }

    static String text(RecomputedCell cell) {
        return cell.stated() != null ? cell.stated() : cell.computed();
    }

    static Optional<BigDecimal> parse(String text) {
        try {
            return Optional.of(new BigDecimal(text.replace(",", "").trim()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** "一、一般公共预算财政拨款收入" → "一般公共预算财政拨款收入": a chart's legend needs no list numbering. */
    static String unnumbered(String label) {
        return label == null ? "" : label.replaceFirst("^[一二三四五六七八九十]+、", "").trim();
    }
}
