package finacct.validation.rules.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.kernel.results.Severity;
import finacct.validation.rules.Interval;
import finacct.validation.rules.RuleHeader;
import finacct.validation.rules.narrative.ClaimComparison;
import finacct.validation.rules.narrative.NarrativeContext;
import finacct.validation.rules.narrative.NarrativeRule;
import finacct.validation.rules.narrative.Quantity;
import finacct.validation.rules.narrative.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code kind: claimChangeRate} — a year-on-year rate (增长/下降…%) equals change / (this year − change) × 100,
 * the change being the one the same section states just before it for the same quantity. When last year's
 * figure is 0 the rate is undefined: {@code zeroBaseSeverity} (a document that writes 100% for a new unit
 * follows a common convention).
 */
public final class ClaimChangeRateRule extends NarrativeRule {

    private final Severity zeroBaseSeverity;

    public ClaimChangeRateRule(RuleHeader header, JsonNode spec) {
        super(header, spec);
        this.zeroBaseSeverity = Severity.valueOf(spec.path("zeroBaseSeverity").asText("INFO"));
    }

    @Override
    protected List<Finding> check(NarrativeContext context) {
        List<Finding> findings = new ArrayList<>();
        List<Statement> claims = context.statements();
        for (int i = 0; i < claims.size(); i++) {
            Statement s = claims.get(i);
            if (!s.kind().equals("changeRate")) {
                continue;
            }
            Quantity stated = s.quantity(context.label(s.subject()) + "比上年增减的比例");
            Statement change = null;
            for (int j = i - 1; j >= 0; j--) {
                Statement c = claims.get(j);
                if (c.section().equals(s.section()) && c.kind().equals("change") && c.base() == null
                        && c.subject().equals(s.subject())) {
                    change = c;
                    break;
                }
            }
            Optional<Quantity> current = context.value(s.subject(), s.section());
            if (change == null || current.isEmpty()) {
                findings.add(ClaimComparison.unchecked(header(), stated,
                        change == null ? "文中没有与之对应的增减额" : "文中和表中都没有" + context.label(s.subject()) + "的本年数"));
                continue;
            }
            Quantity delta = change.quantity(context.label(s.subject()) + "增减额");
            Interval prior = current.get().interval().minus(delta.interval());
            List<FindingCell> cells = new ArrayList<>(delta.cells());
            cells.addAll(current.get().cells());
            String priorWords = "上年数（" + current.get().label() + " " + current.get().printed() + " − 增减额 "
                    + delta.printed() + "）";
            if (prior.lo().signum() <= 0 && prior.hi().signum() >= 0) {
                List<FindingCell> all = new ArrayList<>(stated.cells());
                all.addAll(cells);
                findings.add(new Finding(header().id(), zeroBaseSeverity, header().message() + "：" + stated.label() + " "
                        + stated.printed() + "，但" + priorWords + "为 0，增减比例无从计算", all, null, s.printed(), null));
                continue;
            }
            Interval computed = delta.interval().percentOf(prior).orElseThrow();
            String expression = "增减额 " + delta.printed() + " ÷ " + priorWords + " × 100%";
            ClaimComparison.compare(header(), stated, s.decimals(), computed, expression, "%", cells).ifPresent(findings::add);
        }
        return findings;
    }
}
