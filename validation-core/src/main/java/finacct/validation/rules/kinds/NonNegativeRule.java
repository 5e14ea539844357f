package finacct.validation.rules.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.kernel.events.CellRef;
import finacct.kernel.events.Figure;
import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.validation.rules.CellRefs;
import finacct.validation.rules.BaseRule;
import finacct.validation.rules.Facts;
import finacct.validation.rules.RuleHeader;
import finacct.validation.rules.RowRefs;
import finacct.validation.rules.Stated;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code kind: nonNegative} — amounts that cannot be negative are not: {@code tables: [T1, …]}, optional
 * {@code except: ["T1/58/2"]} for cells where a negative figure can be right (a {@code *} in place of the row or
 * the column matches any). A figure is negative when even its highest reading is below 0.
 */
public final class NonNegativeRule extends BaseRule {

    private final List<String> tables;
    private final List<String[]> except = new ArrayList<>();

    public NonNegativeRule(RuleHeader header, JsonNode spec) {
        super(header);
        this.tables = RowRefs.list(spec.get("tables"));
        RowRefs.list(spec.get("except")).forEach(e -> except.add(e.split("/")));
    }

    @Override
    public List<Finding> check(Facts facts) {
        List<Finding> findings = new ArrayList<>();
        for (String table : tables) {
            for (Figure f : facts.cellsOf(table)) {
                if (excepted(f)) {
                    continue;
                }
                Stated stated;
                try {
                    stated = Stated.of(f.value().strip());
                } catch (RuntimeException notANumber) {
                    continue;
                }
                if (stated.interval().hi().signum() < 0) {
                    String label = CellRefs.label(facts, f.cell());
                    findings.add(new Finding(header.id(), header.severity(),
                            header.message() + "：" + label + " 为负数 " + stated.printed(),
                            List.of(new FindingCell(f.table(), f.row(), f.column(), stated.printed())),
                            "≥ 0", stated.printed(), stated.printed()));
                }
            }
        }
        return findings;
    }

    private boolean excepted(Figure f) {
        CellRef ref = f.cell();
        for (String[] e : except) {
            if (e.length == 3 && matches(e[0], ref.table()) && matches(e[1], ref.row()) && matches(e[2], ref.column())) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String pattern, String value) {
        return pattern.equals("*") || pattern.equals(value);
    }
}
