package finacct.validation.rules.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.kernel.events.NarrativeClaim;
import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.validation.rules.BaseRule;
import finacct.validation.rules.Facts;
import finacct.validation.rules.RuleHeader;
import finacct.validation.rules.narrative.NarrativeContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code kind: percentSign} — a share, rate or year-on-year rate printed without its "%" ("增长 208.66。"): the
 * importer keeps the value and records the missing unit; the other rules check it as a percentage.
 */
public final class PercentSignRule extends BaseRule {

    private static final Set<String> PERCENT_KINDS = Set.of("share", "rate", "changeRate");

    public PercentSignRule(RuleHeader header, JsonNode spec) {
        super(header);
    }

    @Override
    public List<Finding> check(Facts facts) {
        List<Finding> findings = new ArrayList<>();
        for (NarrativeClaim c : facts.claims()) {
            if (c.kind() != null && PERCENT_KINDS.contains(c.kind()) && !"%".equals(c.unit())) {
                findings.add(new Finding(header.id(), header.severity(), header.message() + "：“" + quote(c) + "”中的 "
                        + c.value() + " 未印“%”（按 " + c.value() + "% 核对）",
                        List.of(new FindingCell(NarrativeContext.NARRATIVE, c.section(), c.id(), c.value())),
                        c.value() + "%", c.value(), null));
            }
        }
        return findings;
    }

    private static String quote(NarrativeClaim c) {
        String text = c.text() == null ? c.value() : c.text();
        int at = text.indexOf(c.value());
        if (at < 0 || text.length() <= 40) {
            return text;
        }
        return text.substring(Math.max(0, at - 20), Math.min(text.length(), at + c.value().length() + 5));
    }
}
