package finacct.kernel.template;

import java.util.List;

/** A column (栏次) of a table; {@code sumOf} lists the columns it totals, when it is a total. */
public record ColumnDefinition(String key, String label, List<String> sumOf, String formula) {
    public ColumnDefinition {
        sumOf = sumOf == null ? List.of() : List.copyOf(sumOf);
    }
}
