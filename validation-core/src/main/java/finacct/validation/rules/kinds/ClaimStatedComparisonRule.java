package finacct.validation.rules.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.validation.rules.Interval;
import finacct.validation.rules.RuleHeader;
import finacct.validation.rules.narrative.ClaimComparison;
import finacct.validation.rules.narrative.NarrativeContext;
import finacct.validation.rules.narrative.NarrativeRule;
import finacct.validation.rules.narrative.Quantity;
import finacct.validation.rules.narrative.Statement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code kind: claimStatedComparison} — what the narrative says of two quantities without a figure holds for the
 * figures it compares: "决算数大于（小于、等于）年初预算数", "决算数与全年预算数持平" against the amount and the budget
 * as the section, the document or the tables give them; "与上年持平" against the change from last year the section
 * states. Within what rounding allows it holds. A bare "预算数" the reader could not bind to one of two budgets
 * stated holds when it holds for either (what fails for both is wrong whichever was meant).
 */
public final class ClaimStatedComparisonRule extends NarrativeRule {

    public ClaimStatedComparisonRule(RuleHeader header, JsonNode spec) {
        super(header, spec);
    }

    @Override
    protected List<Finding> check(NarrativeContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Statement c : context.comparisons()) {
            int sign = c.value().signum();
            String said = c.where() + "称“" + c.text() + "”";
            if (c.base() == null || !c.base().contains("#")) {
                continue;
            }
            if (c.base().endsWith("#lastYear")) {
                lastYear(context, c, sign, said).ifPresent(findings::add);
                continue;
            }
            Optional<Quantity> actual = context.value(c.subject(), c.section());
            String kind = c.base().substring(c.base().indexOf('#') + 1);
            List<String> bases = context.guessed(c)
                    ? List.of(c.subject() + "#budget", c.subject() + "#adjustedBudget") : List.of(c.subject() + "#" + kind);
            List<Quantity> budgets = new ArrayList<>();
            bases.forEach(b -> context.value(b, c.section()).ifPresent(budgets::add));
            if (actual.isEmpty() || budgets.isEmpty()) {
                findings.add(ClaimComparison.unchecked(header(), c.quantity(context.label(c.subject()) + "与预算的比较"),
                        "文中和表中都没有" + (actual.isEmpty() ? context.label(c.subject()) : context.label(c.base())) + "的数额"));
                continue;
            }
            List<String> arithmetic = new ArrayList<>();
            boolean holds = false;
            List<FindingCell> cells = new ArrayList<>(List.of(c.cell()));
            cells.addAll(actual.get().cells());
            String expected = null;
            for (Quantity budget : budgets) {
                Interval difference = actual.get().interval().minus(budget.interval());
                holds |= holds(sign, difference);
                BigDecimal d = difference.midpoint().setScale(2, RoundingMode.HALF_UP);
                arithmetic.add(actual.get().label() + " " + actual.get().printed() + " − " + budget.label() + " "
                        + budget.printed() + " = " + d.toPlainString() + "万元，决算数" + relation(d.signum()) + "预算数");
                expected = expected == null ? relation(d.signum()) : expected;
                cells.addAll(budget.cells());
            }
            if (!holds) {
                findings.add(new Finding(header().id(), header().severity(), header().message() + "：" + said + "，但 "
                        + String.join("；", arithmetic), cells, expected, relation(sign), null));
            }
        }
        return findings;
    }

    /** "与上年持平" (or 增加 / 减少) against the change from last year the section states for the same quantity. */
    private Optional<Finding> lastYear(NarrativeContext context, Statement c, int sign, String said) {
        Optional<Statement> change = context.claims("change").stream()
                .filter(s -> s.base() == null && s.subject().equals(c.subject()) && s.section().equals(c.section()))
                .findFirst();
        if (change.isEmpty() || holds(sign, change.get().interval())) {
            return Optional.empty();
        }
        Statement d = change.get();
        return Optional.of(new Finding(header().id(), header().severity(), header().message() + "：" + said + "，但同段所列"
                + context.label(c.subject()) + "比上年增减 " + d.printed() + d.displayUnit() + "，并非"
                + (sign == 0 ? "持平" : sign > 0 ? "增加" : "减少"), List.of(c.cell(), d.cell()),
                d.value().signum() > 0 ? "增加" : d.value().signum() < 0 ? "减少" : "持平", sign == 0 ? "持平" : relation(sign), null));
    }

    /** True when a difference of that interval can have the stated sign (rounding allowing). */
    private static boolean holds(int sign, Interval difference) {
        if (sign > 0) {
            return difference.hi().signum() > 0;
        }
        if (sign < 0) {
            return difference.lo().signum() < 0;
        }
        return difference.lo().signum() <= 0 && difference.hi().signum() >= 0;
    }

    private static String relation(int sign) {
        return sign > 0 ? "大于" : sign < 0 ? "小于" : "等于";
    }
}
