package finacct.validation.rules.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.kernel.results.Finding;
import finacct.kernel.results.Severity;
import finacct.validation.rules.BaseRule;
import finacct.validation.rules.Facts;
import finacct.validation.rules.RuleHeader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code kind: missingTable} — one cause, one finding: a table of which the document gives no figure at all,
 * while checks that relate it to other tables find figures there, is reported once (the rule's severity), and
 * the checks that could not run are listed in one INFO, instead of one finding per row compared with its blanks.
 * It runs after every other rule of the set, which record what they skipped ({@link Facts#skip}).
 */
public final class MissingTableRule extends BaseRule {

    /** How many skipped checks the INFO spells out before saying "等". */
    private static final int LISTED = 8;

    public MissingTableRule(RuleHeader header, JsonNode spec) {
        super(header);
    }

    /** The reporter a rule set without a {@code missingTable} entry still gets: a skipped check is never lost. */
    public static MissingTableRule byDefault() {
        return new MissingTableRule(new RuleHeader("X.missing-table", "missingTable", Severity.ERROR,
                "决算表缺失或无法读取"), null);
    }

    @Override
    public List<Finding> check(Facts facts) {
        List<Finding> findings = new ArrayList<>();
        facts.skippedChecks().forEach((table, skipped) -> {
            String name = "表" + facts.table(table).number() + "（" + facts.table(table).title() + "）";
            Map<String, Integer> byRule = new LinkedHashMap<>();
            skipped.forEach(s -> byRule.merge(s.rule().id(), 1, Integer::sum));
            findings.add(new Finding(header.id(), header.severity(), header.message() + "：" + name
                    + " 缺失或无法读取——文中没有它的任何数字，而其他表的数字要求它有（若该表注明无数据，则与这些数字矛盾）；依赖它的 "
                    + skipped.size() + " 项核对未能进行", List.of(), null, null, null));
            List<String> listed = new ArrayList<>();
            for (int i = 0; i < Math.min(LISTED, skipped.size()); i++) {
                listed.add("[" + skipped.get(i).rule().id() + "] " + skipped.get(i).what());
            }
            findings.add(new Finding(header.id(), Severity.INFO, "因" + name + " 缺失或无法读取，以下 " + skipped.size()
                    + " 项核对未能进行（按规则：" + byRule.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " 项")
                    .reduce((a, b) -> a + "，" + b).orElse("") + "）：" + String.join("；", listed)
                    + (skipped.size() > LISTED ? "；等" : ""), List.of(), null, null, null));
        });
        return findings;
    }
}
