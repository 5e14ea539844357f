package finacct.kernel.results;

/** A cell a finding points at, with the value it holds. */
public record FindingCell(String table, String row, String column, String value) {
}
