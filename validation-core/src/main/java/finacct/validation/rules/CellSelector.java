package finacct.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * {@code {table: T5, columns: ["1", "2"]}} (or {@code column: "1"}) in a rule file: the named columns of every
 * row of a table, for rules that pair rows of two tables (or two columns of one table) by their key.
 */
public record CellSelector(String table, List<String> columns) {

    public CellSelector {
        columns = List.copyOf(columns);
    }

    public static boolean isSelector(JsonNode node) {
        return node != null && node.isObject();
    }

    public static CellSelector parse(JsonNode node) {
        List<String> columns = node.has("columns") ? RowRefs.list(node.get("columns")) : RowRefs.list(node.get("column"));
        String table = node.path("table").asText(null);
        if (table == null || columns.isEmpty()) {
            throw new IllegalArgumentException("a cell selector needs a table and columns: " + node);
        }
        return new CellSelector(table, columns);
    }

    /** The column paired with the i-th column of another selector: the same position, or this one column. */
    public String columnFor(int i) {
        return columns.size() == 1 ? columns.get(0) : columns.get(i);
    }
}
