package finacct.kernel.results;

import java.util.List;

/** One result of a rule: enough to highlight the cells and to show the arithmetic without the rule file. */
public record Finding(String ruleId, Severity severity, String message, List<FindingCell> cells,
                      String expected, String actual, String difference) {
    public Finding {
        cells = cells == null ? List.of() : List.copyOf(cells);
    }
}
