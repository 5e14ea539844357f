package finacct.kernel.results;

/**
 * One cell after replay: the value the department stated (null when absent) and, for derived totals, the
 * value recomputed from its parts (null for plain cells).
 */
public record RecomputedCell(String row, String column, String name, String stated, String computed) {
}
