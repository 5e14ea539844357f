package finacct.kernel.results;

import java.util.List;

public record RecomputedTable(String table, String title, List<RecomputedCell> cells) {
    public RecomputedTable {
        cells = List.copyOf(cells);
    }
}
