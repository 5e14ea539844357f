package finacct.validation.rules;

import finacct.kernel.events.CellRef;
import finacct.kernel.events.Figure;
import finacct.kernel.events.NarrativeClaim;
import finacct.kernel.events.NarrativeSection;
import finacct.kernel.events.PerformanceEvaluationReported;
import finacct.kernel.template.ReportTemplate;
import finacct.kernel.template.TableDefinition;
import finacct.validation.core.ReplayedSubmission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What rules read: the stated cells of a replayed submission, the narrative's claims and sections, the
 * self-evaluations, and the template. A cell that was not stated is absent (a rule treats it as 0 where a
 * blank means nothing was spent).
 */
public final class Facts {

    private final ReportTemplate template;
    private final int fiscalYear;
    private final Map<CellRef, Figure> cells = new LinkedHashMap<>();
    private final List<NarrativeSection> sections;
    private final List<NarrativeClaim> claims;
    private final List<PerformanceEvaluationReported> evaluations;
    /** Checks that could not run because a table they need has no figure at all, by table, in rule order. */
    private final Map<String, List<SkippedCheck>> skipped = new LinkedHashMap<>();

    /** A check that needed a table the document gives no figure of: which rule, and what it would compare. */
    public record SkippedCheck(RuleHeader rule, String what) {
    }
    private Facts previousYear;
    private String previousSource;

    public Facts(ReportTemplate template, int fiscalYear, List<Figure> figures, List<NarrativeSection> sections,
                 List<NarrativeClaim> claims, List<PerformanceEvaluationReported> evaluations) {
        this.template = template;
        this.fiscalYear = fiscalYear;
        figures.forEach(f -> cells.put(f.cell(), f));
        this.sections = List.copyOf(sections);
        this.claims = List.copyOf(claims);
        this.evaluations = List.copyOf(evaluations);
    }

    public static Facts of(ReportTemplate template, ReplayedSubmission s) {
        return new Facts(template, s.fiscalYear(), s.cells(), s.narrativeSections(), s.narrativeClaims(), s.evaluations());
    }

    /**
     * These facts with last year's beside them ({@code source} says in Chinese where last year's came from), for
     * the cross-year rules.
     */
    public Facts withPreviousYear(Facts previous, String source) {
        Facts copy = new Facts(template, fiscalYear, List.copyOf(cells.values()), sections, claims, evaluations);
        copy.previousYear = previous;
        copy.previousSource = source;
        return copy;
    }

    /** Last year's facts of the same department, when the caller has them. */
    public Optional<Facts> previousYear() {
        return Optional.ofNullable(previousYear);
    }

    public String previousSource() {
        return previousSource;
    }

    public ReportTemplate template() {
        return template;
    }

    public int fiscalYear() {
        return fiscalYear;
    }

    public TableDefinition table(String id) {
        return template.table(id).orElseThrow(() -> new IllegalArgumentException("template has no table " + id));
    }

    public Optional<Stated> cell(CellRef ref) {
        Figure f = cells.get(ref);
        return f == null ? Optional.empty() : Optional.of(Stated.of(f.value()));
    }

    public Optional<Stated> cell(String table, String row, String column) {
        return cell(new CellRef(table, row, column));
    }

    /** The subject name the department wrote on a row, if any cell of the row carries one. */
    public Optional<String> rowName(String table, String row) {
        return cells.values().stream()
                .filter(f -> f.table().equals(table) && f.row().equals(row) && f.name() != null)
                .map(Figure::name).findFirst();
    }

    public List<Figure> cellsOf(String table) {
        return cells.values().stream().filter(f -> f.table().equals(table)).toList();
    }

    /** The rows of a table that hold at least one stated cell, in the order they were reported. */
    public List<String> rowsOf(String table) {
        Set<String> rows = new LinkedHashSet<>();
        cellsOf(table).forEach(f -> rows.add(f.row()));
        return new ArrayList<>(rows);
    }

    /**
     * A table of the template of which the document gives no figure at all: missing from it, unreadable, or
     * printed empty. Comparing another table's figures with its blanks says nothing about those figures.
     */
    public boolean absent(String table) {
        return template.table(table).isPresent() && cellsOf(table).isEmpty();
    }

    /** Records a check that could not run for want of {@code table}; the rule set reports them together. */
    public void skip(String table, RuleHeader rule, String what) {
        skipped.computeIfAbsent(table, t -> new ArrayList<>()).add(new SkippedCheck(rule, what));
    }

    public Map<String, List<SkippedCheck>> skippedChecks() {
        return java.util.Collections.unmodifiableMap(skipped);
    }

    void clearSkipped() {
        skipped.clear();
    }

    public List<Figure> allCells() {
        return List.copyOf(cells.values());
    }

    public List<NarrativeSection> sections() {
        return sections;
    }

    public List<NarrativeClaim> claims() {
        return claims;
    }

    public List<PerformanceEvaluationReported> evaluations() {
        return evaluations;
    }
}
