package finacct.validation.rules.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.kernel.results.Severity;
import finacct.validation.rules.BaseRule;
import finacct.validation.rules.Facts;
import finacct.validation.rules.RuleHeader;
import finacct.validation.rules.narrative.CellValue;
import finacct.validation.rules.narrative.Quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code kind: priorYearCells} — cells of this year's tables that hold a figure of last year (年初结转和结余 is last
 * year's 年末结转和结余; a 上年 column where a template prints one), each against last year's own cell:
 * {@code pairs: [{current: "T1/29/1", previous: "T1/59/2"}]}, cell expressions as the narrative bindings write
 * them. A pair whose table either year did not print is not compared. Without last year's accounts one INFO
 * says which cells could not be checked.
 */
public final class PriorYearCellsRule extends BaseRule {

    private record Pair(String current, String previous) {
    }

    private final List<Pair> pairs = new ArrayList<>();

    public PriorYearCellsRule(RuleHeader header, JsonNode spec) {
        super(header);
        spec.path("pairs").forEach(p -> pairs.add(new Pair(p.path("current").asText(), p.path("previous").asText())));
        if (pairs.isEmpty()) {
            throw new IllegalStateException("rule " + header.id() + ": priorYearCells needs pairs: [{current, previous}]");
        }
    }

    @Override
    public List<Finding> check(Facts facts) {
        int year = facts.fiscalYear();
        List<Finding> findings = new ArrayList<>();
        List<Quantity> unchecked = new ArrayList<>();
        for (Pair pair : pairs) {
            Optional<Quantity> now = CellValue.of(facts, pair.current());
            if (now.isEmpty() || now.get().isZero() && facts.previousYear().isEmpty()) {
                continue;
            }
            if (facts.previousYear().isEmpty()) {
                unchecked.add(now.get());
                continue;
            }
            Facts last = facts.previousYear().get();
            Optional<Quantity> before = CellValue.of(last, pair.previous());
            if (before.isEmpty()) {
                continue;
            }
            if (!now.get().interval().intersects(before.get().interval())) {
                List<FindingCell> cells = new ArrayList<>();
                now.get().cells().forEach(c -> cells.add(c.inYear(year)));
                before.get().cells().forEach(c -> cells.add(c.inYear(last.fiscalYear())));
                String difference = new java.math.BigDecimal(now.get().printed())
                        .subtract(new java.math.BigDecimal(before.get().printed())).toPlainString();
                findings.add(new Finding(header.id(), header.severity(), header.message() + "：" + year + " 年度"
                        + now.get().label() + " ≠ " + last.fiscalYear() + " 年度" + before.get().label() + "（差 "
                        + difference + "）" + (facts.previousSource() == null ? "" : "；上年数据来自" + facts.previousSource()),
                        cells, before.get().printed(), now.get().printed(), difference));
            }
        }
        if (!unchecked.isEmpty()) {
            List<FindingCell> cells = unchecked.stream().flatMap(q -> q.cells().stream()).map(c -> c.inYear(year)).toList();
            findings.add(new Finding(header.id(), Severity.INFO, header.message() + "：未提供上年（" + (year - 1)
                    + " 年度）决算，" + String.join("、", unchecked.stream().map(Quantity::label).toList())
                    + " 未能与上年核对", cells, null, null, null));
        }
        return findings;
    }
}
