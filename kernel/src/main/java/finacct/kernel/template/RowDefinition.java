package finacct.kernel.template;

import java.util.List;

/**
 * A row the template lists: a numbered line, or a fixed row such as 合计 of a subject table.
 * {@code columns} restricts the row to some of the table's columns (表1's income lines carry only the
 * income amount); empty means every column.
 */
public record RowDefinition(String key, String label, List<String> columns, List<String> sumOf,
                            List<String> sumOfClasses, String functionClass) {
    public RowDefinition {
        columns = columns == null ? List.of() : List.copyOf(columns);
        sumOf = sumOf == null ? List.of() : List.copyOf(sumOf);
        sumOfClasses = sumOfClasses == null ? List.of() : List.copyOf(sumOfClasses);
    }

    public boolean allowsColumn(String column) {
        return columns.isEmpty() || columns.contains(column);
    }
}
