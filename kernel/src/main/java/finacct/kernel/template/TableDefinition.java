package finacct.kernel.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** One of the nine tables: its id (T1…T9), title, columns and how its rows are keyed. */
public record TableDefinition(String id, int number, String title, RowKind rowKind,
                              List<ColumnDefinition> columns, List<RowDefinition> rows) {

    private static final Pattern FUNCTION_CODE = Pattern.compile("\\d{3}|\\d{5}|\\d{7}");
    private static final Pattern ECONOMIC_CODE = Pattern.compile("\\d{3}|\\d{5}");

    public TableDefinition {
        columns = List.copyOf(columns);
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    public Optional<ColumnDefinition> column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public Optional<RowDefinition> row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    public Map<String, RowDefinition> rowsByKey() {
        Map<String, RowDefinition> byKey = new LinkedHashMap<>();
        rows.forEach(r -> byKey.put(r.key(), r));
        return byKey;
    }

    /** True when the row key is a classification code rather than a listed row. */
    public boolean isSubjectCode(String rowKey) {
        return switch (rowKind) {
            case FUNCTION_SUBJECT -> FUNCTION_CODE.matcher(rowKey).matches();
            case ECONOMIC_SUBJECT -> ECONOMIC_CODE.matcher(rowKey).matches();
            default -> false;
        };
    }

    /** Why a cell cannot be in this table, in words a finance officer understands; empty when it can. */
    public Optional<String> cellProblem(String rowKey, String columnKey) {
        if (rowKey == null || rowKey.isBlank()) {
            return Optional.of("表" + number + "（" + title + "）的单元格缺少行（row）");
        }
        if (columnKey == null || columnKey.isBlank()) {
            return Optional.of("表" + number + "（" + title + "）的单元格缺少栏次（column）");
        }
        Optional<RowDefinition> listed = row(rowKey);
        if (listed.isEmpty() && !isSubjectCode(rowKey)) {
            return Optional.of("表" + number + "（" + title + "）没有行“" + rowKey + "”" + rowHint());
        }
        if (column(columnKey).isEmpty()) {
            return Optional.of("表" + number + "（" + title + "）没有栏次“" + columnKey + "”，可用栏次："
                    + String.join("、", columns.stream().map(ColumnDefinition::key).toList()));
        }
        if (listed.isPresent() && !listed.get().allowsColumn(columnKey)) {
            return Optional.of("表" + number + "第" + rowKey + "行（" + listed.get().label() + "）没有栏次“"
                    + columnKey + "”，该行只有栏次：" + String.join("、", listed.get().columns()));
        }
        return Optional.empty();
    }

    private String rowHint() {
        return switch (rowKind) {
            case LINES -> "（行次应为 " + rows.get(0).key() + "–" + rows.get(rows.size() - 1).key() + "）";
            case FUNCTION_SUBJECT -> "（应为支出功能分类科目编码：类 3 位、款 5 位、项 7 位，或“total”合计行）";
            case ECONOMIC_SUBJECT -> "（应为经济分类科目编码：类 3 位、款 5 位，或 "
                    + String.join("、", rows.stream().map(RowDefinition::key).toList()) + "）";
            case FIXED -> "（可用行：" + String.join("、", rows.stream().map(RowDefinition::key).toList()) + "）";
        };
    }
}
