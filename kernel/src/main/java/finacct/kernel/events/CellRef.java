package finacct.kernel.events;

/** The address of one cell of the nine tables. */
public record CellRef(String table, String row, String column) {
    @Override
    public String toString() {
        return table + "/" + row + "/" + column;
    }
}
