package finacct.validation.core;

import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCounts;
import finacct.kernel.results.RecomputedTable;
import finacct.kernel.results.Severity;
import finacct.kernel.results.SubmissionValidated;
import finacct.kernel.results.YearOnYear;
import finacct.kernel.template.ReportTemplate;
import finacct.kernel.template.ReportTemplates;
import finacct.validation.rules.Facts;
import finacct.validation.rules.RuleSet;
import finacct.validation.rules.RuleSets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Validates a replayed submission: recomputes its tables and runs the rule set of its template version.
 */
public final class SubmissionValidation {

    static final String NEAREST_TEMPLATE_RULE = "TEMPLATE.nearest-year";

    public SubmissionValidated validate(ReplayedSubmission submission, String validatedAt) {
        return validate(submission, Optional.empty(), validatedAt);
    }

    /**
     * Validates with last year's accounts of the department beside it, when the caller has them: the cross-year
     * rules compare with them and the result carries the year-on-year comparison. Without them those rules say
     * they could not run.
     */
    public SubmissionValidated validate(ReplayedSubmission submission, Optional<PreviousYear> previous, String validatedAt) {
        Optional<ReportTemplate> template = templateOf(submission);
        String templateVersion = template.map(ReportTemplate::version).orElse(submission.templateVersion());
        List<RecomputedTable> tables = template
                .map(t -> DerivedTotals.recompute(t, submission.cells()))
                .orElse(List.of());
        Optional<RuleSet> rules = template.flatMap(t -> RuleSets.forTemplate(t.version()));
        Optional<ReportTemplate> previousTemplate = previous.flatMap(p -> templateOf(p.submission()));
        List<Finding> findings = new ArrayList<>();
        if (template.isPresent() && rules.isPresent()) {
            Facts facts = Facts.of(template.get(), submission);
            if (previousTemplate.isPresent()) {
                facts = facts.withPreviousYear(Facts.of(previousTemplate.get(), previous.get().submission()),
                        previous.get().source());
            }
            findings.addAll(rules.get().check(facts));
        }
        YearOnYear yearOnYear = template.isPresent() && previousTemplate.isPresent()
                ? YearOnYearComparison.of(template.get(), submission.fiscalYear(), tables,
                previous.get().submission().fiscalYear(),
                DerivedTotals.recompute(previousTemplate.get(), previous.get().submission().cells()), previous.get().source())
                : null;
        template.flatMap(t -> nearestYearTemplate(t, submission.fiscalYear())).ifPresent(f -> findings.add(0, f));
        String ruleSetVersion = rules.map(RuleSet::version).orElse(templateVersion + "/none");
        return new SubmissionValidated(submission.submissionId(), submission.departmentCode(),
                submission.fiscalYear(), templateVersion, submission.lastSequence(), submission.status().name(),
                ruleSetVersion, validatedAt, tables, findings, FindingCounts.of(findings), yearOnYear);
    }

    /**
     * A year without a template of its own is read and checked with the nearest earlier one of its family: the
     * classification or the tables may have changed since, so that is said as a warning.
     */
    private static Optional<Finding> nearestYearTemplate(ReportTemplate t, int fiscalYear) {
        if (t.fiscalYears().isEmpty() || t.fiscalYears().contains(fiscalYear)) {
            return Optional.empty();
        }
        return Optional.of(new Finding(NEAREST_TEMPLATE_RULE, Severity.WARNING, "尚无 " + fiscalYear
                + " 年度的报表模板，本文件按最近年度的模板 " + t.version() + "（适用年度：" + years(t)
                + "）读取和检查；该年度表式或科目如有变化，相关检查结果可能不准", List.of(), null, null, null));
    }

    private static String years(ReportTemplate t) {
        return String.join("、", t.fiscalYears().stream().map(String::valueOf).toList());
    }

    private static Optional<ReportTemplate> templateOf(ReplayedSubmission submission) {
        Optional<ReportTemplate> named = ReportTemplates.find(submission.templateVersion());
        return named.isPresent() ? named : ReportTemplates.defaultFor(submission.fiscalYear());
    }
}
