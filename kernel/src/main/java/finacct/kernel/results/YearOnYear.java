package finacct.kernel.results;

import java.util.List;

/**
 * A department's figures this year beside last year's, as the bureau compares them: 表1's totals and 表3's
 * function classes, with the change and its rate (null where last year's figure is 0 or either is absent).
 * {@code previousSource} says in Chinese which of last year's submissions (status, version) the figures are from.
 */
public record YearOnYear(int fiscalYear, int previousFiscalYear, String previousSource, List<Line> lines) {

    public YearOnYear {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** One compared figure: where it is, what it is called, both years' values (万元), change and rate (%). */
    public record Line(String table, String row, String column, String label, String current, String previous,
                       String change, String rate) {
    }
}
