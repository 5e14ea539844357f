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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code kind: claimShare} — a share the narrative states (占…%) equals part / whole × 100 on intervals, the part
 * and the whole as the same section states them, else as the document or the tables do.
 * {@code balancingUnits: n} (the rule's own, else the rule set's {@code conventions}): a share off by at most n
 * units of its last printed decimal, among shares of one whole that the section prints to total exactly 100%,
 * was adjusted so that they do (尾差调整) — a rounding difference, INFO.
 */
public final class ClaimShareRule extends NarrativeRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final int balancingUnits;

    public ClaimShareRule(RuleHeader header, JsonNode spec) {
        super(header, spec);
        this.balancingUnits = spec.path("balancingUnits").asInt(Conventions.of(spec).balancingUnits());
    }

    @Override
    protected List<Finding> check(NarrativeContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Statement s : context.claims("share")) {
            String what = context.label(s.subject()) + "占" + (s.base() == null ? "？" : context.label(s.base())) + "的比重";
            Quantity stated = s.quantity(what);
            Optional<Quantity> part = context.value(s.subject(), s.section());
            Optional<Quantity> whole = s.base() == null ? Optional.empty() : context.value(s.base(), s.section());
            if (part.isEmpty() || whole.isEmpty()) {
                findings.add(ClaimComparison.unchecked(header(), stated, part.isEmpty()
                        ? "文中和表中都没有" + context.label(s.subject()) + "的数额"
                        : s.base() == null ? "未能确定占的是哪个数的比重" : "文中和表中都没有" + context.label(s.base()) + "的数额"));
                continue;
            }
            if (whole.get().mayBeZero()) {
                if (!part.get().isZero()) {
                    findings.add(ClaimComparison.unchecked(header(), stated, whole.get().label() + " 为 0"));
                }
                continue;
            }
            Interval computed = part.get().interval().percentOf(whole.get().interval()).orElseThrow();
            List<FindingCell> cells = new ArrayList<>(part.get().cells());
            cells.addAll(whole.get().cells());
            String expression = part.get().label() + " " + part.get().printed() + " ÷ " + whole.get().label() + " "
                    + whole.get().printed() + " × 100%";
            Optional<Finding> f = ClaimComparison.compare(header(), stated, s.decimals(), computed, expression, "%", cells);
            if (f.isPresent() && f.get().severity() != Severity.INFO && balanced(context, s, computed)) {
                Finding e = f.get();
                f = Optional.of(new Finding(e.ruleId(), Severity.INFO, e.message()
                        + "；同一段各项占比合计恰为 100%，系为凑足 100% 所作的尾差调整，属四舍五入差异",
                        e.cells(), e.expected(), e.actual(), e.difference()));
            }
            f.ifPresent(findings::add);
        }
        return findings;
    }

    private boolean balanced(NarrativeContext context, Statement s, Interval computed) {
        if (balancingUnits <= 0) {
            return false;
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(s.decimals()).multiply(BigDecimal.valueOf(balancingUnits));
        Interval stated = s.interval();
        BigDecimal gap = computed.lo().subtract(stated.hi()).max(stated.lo().subtract(computed.hi()));
        if (gap.compareTo(unit) > 0) {
            return false;
        }
        BigDecimal total = context.claims("share").stream()
                .filter(o -> o.section().equals(s.section()) && o.base() != null && o.base().equals(s.base()))
                .map(Statement::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        return total.compareTo(HUNDRED) == 0;
    }
}
