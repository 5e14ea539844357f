package finacct.validation.rules.narrative;

import finacct.kernel.events.NarrativeClaim;
import finacct.kernel.events.PerformanceEvaluationReported;
import finacct.kernel.results.FindingCell;
import finacct.validation.rules.Facts;
import finacct.validation.rules.Interval;
import finacct.validation.rules.conventions.Conventions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the narrative rules read of one submission: every statement (claims, and the self-evaluation tables'
 * figures in the claims' terms), and the value of any concept key — stated in the same section first, then
 * anywhere in the document, then in the tables the bindings name. Findings point at a claim as the cell
 * {@code narrative/<section id>/<claim id>} and at a self-evaluation figure as {@code evaluation/<id>/<field>}.
 * Where the rule set accepts truncated percentages and the document's percentages show it
 * ({@link PercentReadings}), every percentage of the narrative stands for what it truncates.
 */
public final class NarrativeContext {

    public static final String NARRATIVE = "narrative";
    public static final String EVALUATION = "evaluation";

    private final Facts facts;
    private final ConceptBindings bindings;
    private final List<Statement> statements = new ArrayList<>();
    private final Optional<PercentReadings.Truncation> truncation;
    private final List<Statement> guesses = new ArrayList<>();
    private final List<Statement> comparisons = new ArrayList<>();
    private final java.util.Set<String> guessedComparisons = new java.util.HashSet<>();

    public NarrativeContext(Facts facts, ConceptBindings bindings) {
        this(facts, bindings, Conventions.NONE);
    }

    public NarrativeContext(Facts facts, ConceptBindings bindings, Conventions conventions) {
        this.facts = facts;
        this.bindings = bindings;
        for (NarrativeClaim c : facts.claims()) {
            // a claim sent through the API may lack what a rule needs: it is not compared, not a crash
            if (c.kind() == null || c.subject() == null || c.section() == null || !isNumber(c.value())) {
                continue;
            }
            Statement s = new Statement(c.id(), c.section(), c.kind(), c.subject(), c.base(), c.value(), c.unit(),
                    Statement.intervalOf(c.value(), c.unit()), "情况说明" + SectionLabels.of(c.section(), facts), c.text(),
                    new FindingCell(NARRATIVE, c.section(), c.id(), c.value()));
            // a comparison states no figure; a guessed binding is never a figure other rules assert errors with
            if (c.kind().equals("comparison")) {
                comparisons.add(s);
                if (c.guessed()) {
                    guessedComparisons.add(s.id());
                }
            } else if (c.guessed()) {
                guesses.add(s);
            } else {
                statements.add(s);
            }
        }
        addEvaluations(facts.evaluations());
        this.truncation = conventions.allowsTruncation() ? PercentReadings.truncation(this) : Optional.empty();
        if (truncation.isPresent()) {
            statements.replaceAll(s -> "%".equals(s.unit()) && !s.section().equals("evaluations")
                    ? new Statement(s.id(), s.section(), s.kind(), s.subject(), s.base(), s.printed(), s.unit(),
                    PercentReadings.truncated(s.value(), s.decimals()), s.where(), s.text(), s.cell())
                    : s);
        }
    }

    /** The document truncates its percentages (and the rule set accepts that): the evidence. */
    public Optional<PercentReadings.Truncation> truncation() {
        return truncation;
    }

    private void addEvaluations(List<PerformanceEvaluationReported> evaluations) {
        List<PerformanceEvaluationReported> projects = new ArrayList<>();
        for (PerformanceEvaluationReported e : evaluations) {
            boolean department = "department".equals(e.scope());
            if (!department && (e.name() == null || e.name().isBlank())) {
                continue;
            }
            String subject = department ? "evaluation.department" : "project:" + e.name();
            String where = department ? "部门整体绩效自评表" : "项目自评表" + Names.quoted(e.name());
            add(e, "budget", "adjustedBudget", subject, null, e.budget(), "万元", where);
            add(e, "executed", "amount", subject, null, e.executed(), "万元", where);
            add(e, "rate", "rate", subject, subject + "#adjustedBudget", e.rate(), "%", where);
            if (!department) {
                projects.add(e);
            }
        }
        if (projects.isEmpty()) {
            return;
        }
        // the tables together: how many projects were self-evaluated, and their budgets' total
        statements.add(new Statement("evaluations-count", "evaluations", "count", "evaluation.projects", null,
                String.valueOf(projects.size()), "个", Interval.exact(java.math.BigDecimal.valueOf(projects.size())),
                "项目自评表（共 " + projects.size() + " 张）", null, new FindingCell(EVALUATION, "*", "count", String.valueOf(projects.size()))));
        if (projects.stream().allMatch(p -> isNumber(p.budget()))) {
            Interval sum = Interval.ZERO;
            java.math.BigDecimal value = java.math.BigDecimal.ZERO;
            for (PerformanceEvaluationReported p : projects) {
                sum = sum.plus(Interval.stated(p.budget()));
                value = value.add(new java.math.BigDecimal(p.budget()));
            }
            statements.add(new Statement("evaluations-budget", "evaluations", "adjustedBudget", "evaluation.projects", null,
                    value.toPlainString(), "万元", sum, "各项目自评表预算数合计", null,
                    new FindingCell(EVALUATION, "*", "budget", value.toPlainString())));
        }
    }

    private void add(PerformanceEvaluationReported e, String field, String kind, String subject, String base,
                     String value, String unit, String where) {
        if (isNumber(value)) {
            statements.add(new Statement(e.evaluationId() + "-" + field, "evaluations", kind, subject, base, value, unit,
                    Interval.stated(value), where, null, new FindingCell(EVALUATION, e.evaluationId(), field, value)));
        }
    }

    static boolean isNumber(String s) {
        return s != null && s.matches("-?\\d+(\\.\\d+)?");
    }

    public Facts facts() {
        return facts;
    }

    public ConceptBindings bindings() {
        return bindings;
    }

    public List<Statement> statements() {
        return statements;
    }

    /** Figures whose binding the reader marked as a guess: not among {@link #statements()}. */
    public List<Statement> guesses() {
        return guesses;
    }

    /** Comparisons stated without figures ("决算数小于年初预算数"): value 1, −1 or 0 is the sign stated. */
    public List<Statement> comparisons() {
        return comparisons;
    }

    /** True when the reader could not tell which budget a comparison's bare "预算数" means. */
    public boolean guessed(Statement comparison) {
        return guessedComparisons.contains(comparison.id());
    }

    public List<Statement> claims(String kind) {
        return statements.stream().filter(s -> s.kind().equals(kind) && !s.section().equals("evaluations")).toList();
    }

    public String label(String concept) {
        String key = concept.contains("#") ? concept.substring(0, concept.indexOf('#')) : concept;
        String kind = concept.contains("#") ? concept.substring(concept.indexOf('#') + 1) : "amount";
        String base = bindings.label(key, facts);
        return switch (kind) {
            case "budget" -> base + "年初预算";
            case "adjustedBudget" -> base + "调整后预算";
            default -> base;
        };
    }

    /**
     * The value of a concept key ("S" = its amount, "S#budget", "S#adjustedBudget"): a statement of the given
     * section, else of any section, else the tables.
     */
    public Optional<Quantity> value(String key, String section) {
        String subject = key.contains("#") ? key.substring(0, key.indexOf('#')) : key;
        String kind = key.contains("#") ? key.substring(key.indexOf('#') + 1) : "amount";
        Optional<Statement> stated = find(subject, kind, section);
        if (stated.isPresent()) {
            return Optional.of(stated.get().quantity(label(key)));
        }
        return table(subject, kind);
    }

    /** The first statement of a subject and kind in the section, else anywhere. */
    public Optional<Statement> find(String subject, String kind, String section) {
        Optional<Statement> here = statements.stream()
                .filter(s -> s.subject().equals(subject) && s.kind().equals(kind) && s.section().equals(section)).findFirst();
        if (here.isPresent()) {
            return here;
        }
        return statements.stream().filter(s -> s.subject().equals(subject) && s.kind().equals(kind)).findFirst();
    }

    /** The concept's value as the first of its bound cell expressions gives it. */
    public Optional<Quantity> table(String subject, String kind) {
        for (String expression : bindings.expressions(subject, kind)) {
            Optional<Quantity> q = CellValue.of(facts, expression);
            if (q.isPresent()) {
                return q;
            }
        }
        return Optional.empty();
    }

    public List<String> expressions(String subject, String kind) {
        return bindings.expressions(subject, kind);
    }
}
