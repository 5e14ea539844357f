package finacct.validation.rules.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.kernel.results.Severity;
import finacct.validation.rules.Facts;
import finacct.validation.rules.Interval;
import finacct.validation.rules.RuleHeader;
import finacct.validation.rules.narrative.ClaimComparison;
import finacct.validation.rules.narrative.NarrativeContext;
import finacct.validation.rules.narrative.NarrativeRule;
import finacct.validation.rules.narrative.Quantity;
import finacct.validation.rules.narrative.Statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code kind: priorYear} — every last-year figure the narrative implies, against last year's own accounts of
 * the department: a year-on-year change ("与上年相比增加 X 万元") makes last year's figure this year's − X; a rate
 * stated without an amount ("增长 Y%") is recomputed from both years; a figure of a kind listed in
 * {@code priorKinds} states last year's figure outright. Last year's figure is what last year's tables give the
 * same concept (the concept bindings of this rule), else what last year's narrative stated.
 *
 * <p>Without last year's accounts nothing is known to be wrong: one INFO says which figures could not be checked.
 * A finding names both years' cells (each {@link FindingCell} carries its fiscal year) and where last year's
 * accounts came from.
 */
public final class PriorYearClaimRule extends NarrativeRule {

    private final Set<String> priorKinds = new HashSet<>();

    public PriorYearClaimRule(RuleHeader header, JsonNode spec) {
        super(header, spec);
        spec.path("priorKinds").forEach(k -> priorKinds.add(k.asText()));
    }

    @Override
    protected List<Finding> check(NarrativeContext context) {
        List<Statement> implying = implyingLastYear(context);
        if (implying.isEmpty()) {
            return List.of();
        }
        Facts facts = context.facts();
        int year = facts.fiscalYear();
        if (facts.previousYear().isEmpty()) {
            List<FindingCell> cells = implying.stream().map(s -> s.cell().inYear(year)).toList();
            String what = String.join("、", implying.stream().map(s -> context.label(s.subject()) + " " + s.printed()
                    + s.displayUnit()).distinct().toList());
            return List.of(new Finding(header().id(), Severity.INFO, header().message() + "：未提供上年（" + (year - 1)
                    + " 年度）决算，文中与上年比较的 " + implying.size() + " 处数字（" + what + "）未能与上年核对",
                    cells, null, null, null));
        }
        Facts previous = facts.previousYear().get();
        NarrativeContext last = new NarrativeContext(previous, context.bindings());
        String source = facts.previousSource() == null ? "" : "；上年数据来自" + facts.previousSource();
        List<Finding> findings = new ArrayList<>();
        for (Statement s : implying) {
            Optional<Quantity> lastYear = lastYearValue(last, s.subject());
            String label = context.label(s.subject());
            Quantity stated = s.quantity(labelOf(s, label));
            if (lastYear.isEmpty()) {
                findings.add(unchecked(stated, year, "上年（" + previous.fiscalYear() + " 年度）决算中没有" + label + source));
                continue;
            }
            Quantity prior = inYear(lastYear.get(), previous.fiscalYear());
            if (priorKinds.contains(s.kind())) {
                compare(stated, year, s.decimals(), prior.interval(), "上年（" + previous.fiscalYear() + " 年度）决算"
                        + named(prior), " 万元", prior.cells(), source).ifPresent(findings::add);
                continue;
            }
            Optional<Quantity> current = context.value(s.subject(), s.section());
            if (current.isEmpty()) {
                findings.add(unchecked(stated, year, "文中和表中都没有" + label + "的本年数"));
                continue;
            }
            Quantity now = inYear(current.get(), year);
            List<FindingCell> cells = new ArrayList<>(now.cells());
            cells.addAll(prior.cells());
            if (s.kind().equals("change")) {
                // the change states last year's figure: this year's − change
                Interval implied = now.interval().minus(s.interval());
                Interval actual = prior.interval();
                Interval change = now.interval().minus(actual);
                String expression = "本年" + named(now) + " − 上年（" + previous.fiscalYear() + " 年度）" + named(prior);
                compare(stated, year, s.decimals(), change, expression, " 万元", cells,
                        "（按文中增减额，上年应为 " + implied.rounded(2).toPlainString() + " 万元）" + source)
                        .ifPresent(findings::add);
            } else {
                Optional<Interval> rate = now.interval().minus(prior.interval()).percentOf(prior.interval());
                if (prior.mayBeZero() || rate.isEmpty()) {
                    continue; // a rate of a zero base is the within-year rule's concern
                }
                String expression = "（本年" + named(now) + " − 上年（" + previous.fiscalYear() + " 年度）" + named(prior)
                        + "）÷ 上年数 × 100%";
                compare(stated, year, s.decimals(), rate.get(), expression, "%", cells, source).ifPresent(findings::add);
            }
        }
        return findings;
    }

    /** The statements that imply a last-year figure: changes, rates stated without a change, stated prior figures. */
    private List<Statement> implyingLastYear(NarrativeContext context) {
        List<Statement> all = context.statements();
        List<Statement> implying = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Statement s = all.get(i);
            if (s.section().equals("evaluations") || s.kind() == null) {
                continue;
            }
            if ((s.kind().equals("change") && s.base() == null) || priorKinds.contains(s.kind())) {
                implying.add(s);
            } else if (s.kind().equals("changeRate") && !hasChangeBefore(all, i)) {
                implying.add(s);
            }
        }
        return implying;
    }

    private static boolean hasChangeBefore(List<Statement> all, int index) {
        Statement rate = all.get(index);
        for (int j = index - 1; j >= 0; j--) {
            Statement c = all.get(j);
            if (c.section().equals(rate.section()) && c.kind().equals("change") && c.base() == null
                    && c.subject().equals(rate.subject())) {
                return true;
            }
        }
        return false;
    }

    private static String labelOf(Statement s, String label) {
        return switch (s.kind()) {
            case "change" -> label + "比上年增减额";
            case "changeRate" -> label + "比上年增减的比例";
            default -> label + "上年数";
        };
    }

    /** Last year's figure of a concept: its tables first, else what its narrative stated. */
    private static Optional<Quantity> lastYearValue(NarrativeContext last, String subject) {
        Optional<Quantity> table = last.table(subject, "amount");
        if (table.isPresent()) {
            return table;
        }
        return last.statements().stream()
                .filter(s -> s.subject().equals(subject) && s.kind().equals("amount") && !s.section().equals("evaluations"))
                .findFirst().map(s -> s.quantity(last.label(subject)));
    }

    /** A value with its figure: a table value's label already shows it ("表1 第30行（总计） 500.00"). */
    private static String named(Quantity q) {
        return q.label().endsWith(q.printed()) ? q.label() : q.label() + " " + q.printed();
    }

    private static Quantity inYear(Quantity q, int year) {
        return new Quantity(q.label(), q.interval(), q.printed(), q.cells().stream().map(c -> c.inYear(year)).toList());
    }

    private Optional<Finding> compare(Quantity stated, int year, int decimals, Interval computed, String expression,
                                      String unit, List<FindingCell> otherCells, String note) {
        Quantity dated = inYear(stated, year);
        return ClaimComparison.compare(header(), dated, decimals, computed, expression, unit.strip(), otherCells)
                .map(f -> new Finding(f.ruleId(), f.severity(), f.message() + note, f.cells(), f.expected(), f.actual(),
                        f.difference()));
    }

    private Finding unchecked(Quantity stated, int year, String why) {
        return ClaimComparison.unchecked(header(), inYear(stated, year), why);
    }
}
