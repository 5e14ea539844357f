package finacct.kernel.events;

/**
 * One reported cell: table (T1…T9), row (行次, subject code or fixed row key), column (栏次), value as a
 * decimal string in the submission's unit. Rows of subject tables also carry the subject name as the
 * department wrote it.
 */
public record Figure(String table, String row, String column, String value, String name) {
    public CellRef cell() {
        return new CellRef(table, row, column);
    }
}
