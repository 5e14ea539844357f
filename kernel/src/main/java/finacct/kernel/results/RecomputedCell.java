package finacct.kernel.results;

/**
 * One cell after replay: the value the department stated (null when absent) and, for derived totals, the
 * value recomputed from its parts (null for plain cells) with what it is computed from, in words
 * ("201 + 208 + 221", "2栏 + 3栏"): the parts one level down as printed, so that a reader adding the printed
 * parts finds the same figure.
 */
public record RecomputedCell(String row, String column, String name, String stated, String computed,
                             String computedFrom) {

    /** A cell without the words of its computation (a plain cell, or one built by hand). */
    public RecomputedCell(String row, String column, String name, String stated, String computed) {
        this(row, column, name, stated, computed, null);
    }
}
