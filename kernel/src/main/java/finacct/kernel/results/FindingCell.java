package finacct.kernel.results;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A cell a finding points at, with the value it holds. {@code fiscalYear} is set when a finding compares two
 * years (a cross-year check names this year's and last year's cells); null means the submission's own year.
 */
public record FindingCell(String table, String row, String column, String value,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Integer fiscalYear) {

    public FindingCell(String table, String row, String column, String value) {
        this(table, row, column, value, null);
    }

    public FindingCell inYear(int year) {
        return new FindingCell(table, row, column, value, year);
    }
}
