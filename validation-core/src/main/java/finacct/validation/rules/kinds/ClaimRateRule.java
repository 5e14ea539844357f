package finacct.validation.rules.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.kernel.results.Severity;
import finacct.validation.rules.Interval;
import finacct.validation.rules.RuleHeader;
import finacct.validation.rules.conventions.Conventions;
import finacct.validation.rules.narrative.ClaimComparison;
import finacct.validation.rules.narrative.NarrativeContext;
import finacct.validation.rules.narrative.NarrativeRule;
import finacct.validation.rules.narrative.Quantity;
import finacct.validation.rules.narrative.Statement;
import finacct.validation.rules.narrative.Statements;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code kind: claimRate} — an execution rate the narrative states (完成年初预算的…%) equals actual / budget × 100,
 * the budget being the one the words name (年初 = budget, 全年/调整 = adjustedBudget). When that budget is 0
 * the rate cannot be one of it: {@code zeroBaseSeverity} (default the rule's), and the message says whether the
 * rate is the one of the other budget (a slip of wording rather than of figures). A rate that misses its budget
 * but fits the other one says so too. A rate of nothing — budget and actual both 0, the rate printed 0 % or
 * 100 % — contradicts nothing: the rule set's {@code conventions.rateOfNothing} (INFO).
 */
public final class ClaimRateRule extends NarrativeRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final Severity zeroBaseSeverity;
    private final Severity rateOfNothing;

    public ClaimRateRule(RuleHeader header, JsonNode spec) {
        super(header, spec);
        this.zeroBaseSeverity = Severity.valueOf(spec.path("zeroBaseSeverity").asText(header.severity().name()));
        this.rateOfNothing = Conventions.of(spec).rateOfNothing();
    }

    @Override
    protected List<Finding> check(NarrativeContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Statement s : context.claims("rate")) {
            if (s.base() == null) {
                continue;
            }
            Quantity stated = s.quantity(Statements.describe(context, s));
            Optional<Quantity> actual = context.value(s.subject(), s.section());
            Optional<Quantity> budget = context.value(s.base(), s.section());
            if (actual.isEmpty() || budget.isEmpty()) {
                findings.add(ClaimComparison.unchecked(header(), stated, "文中和表中都没有"
                        + (actual.isEmpty() ? context.label(s.subject()) : context.label(s.base())) + "的数额"));
                continue;
            }
            Optional<String> other = otherRate(context, s, actual.get());
            List<FindingCell> cells = new ArrayList<>(actual.get().cells());
            cells.addAll(budget.get().cells());
            if (budget.get().mayBeZero()) {
                List<FindingCell> all = new ArrayList<>(stated.cells());
                all.addAll(cells);
                if (printedZero(actual.get()) && printedZero(budget.get())
                        && (s.value().signum() == 0 || s.value().compareTo(HUNDRED) == 0)) {
                    findings.add(new Finding(header().id(), rateOfNothing, header().message() + "：" + stated.label()
                            + " " + stated.printed() + "，" + budget.get().label() + " 与 " + actual.get().label()
                            + " 均为 0，完成率无从计算，所列比例不与任何数字矛盾", all, null, s.printed(), null));
                    continue;
                }
                if (actual.get().isZero()) {
                    continue;
                }
                Severity severity = other.isPresent() ? zeroBaseSeverity : header().severity();
                findings.add(new Finding(header().id(), severity, header().message() + "：" + stated.label() + " "
                        + stated.printed() + "，但" + budget.get().label() + " 为 " + budget.get().printed()
                        + "，完成率无从计算" + other.map(o -> "；该比例与 " + o + " 相符，应是用词有误").orElse(""),
                        all, null, s.printed(), null));
                continue;
            }
            Interval computed = actual.get().interval().percentOf(budget.get().interval()).orElseThrow();
            String expression = actual.get().label() + " " + actual.get().printed() + " ÷ " + budget.get().label() + " "
                    + budget.get().printed() + " × 100%";
            Optional<Finding> f = ClaimComparison.compare(header(), stated, s.decimals(), computed, expression, "%", cells);
            if (f.isPresent() && f.get().severity() != Severity.INFO && other.isPresent()) {
                Finding e = f.get();
                f = Optional.of(new Finding(e.ruleId(), e.severity(), e.message() + "；该比例与 " + other.get()
                        + " 相符，文中所称的预算口径有误", e.cells(), e.expected(), e.actual(), e.difference()));
            }
            f.ifPresent(findings::add);
        }
        return findings;
    }

    /** A figure printed as 0 (0, 0.00), which a rate of it cannot contradict. */
    private static boolean printedZero(Quantity q) {
        return q.interval().value().signum() == 0;
    }

    /** The rate as a share of the other budget, in words, when the stated rate fits it. */
    private static Optional<String> otherRate(NarrativeContext context, Statement s, Quantity actual) {
        if (!s.base().contains("#")) {
            return Optional.empty();
        }
        String subject = s.base().substring(0, s.base().indexOf('#'));
        String kind = s.base().endsWith("#budget") ? "adjustedBudget" : "budget";
        Optional<Quantity> other = context.value(subject + "#" + kind, s.section());
        if (other.isEmpty() || other.get().mayBeZero()) {
            return Optional.empty();
        }
        Interval r = actual.interval().percentOf(other.get().interval()).orElseThrow();
        if (!r.intersects(s.interval())) {
            return Optional.empty();
        }
        return Optional.of(actual.label() + " " + actual.printed() + " ÷ " + other.get().label() + " "
                + other.get().printed() + " × 100% = " + r.rounded(s.decimals()).toPlainString() + "%");
    }
}
