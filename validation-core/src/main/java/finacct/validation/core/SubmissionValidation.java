package finacct.validation.core;

import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCounts;
import finacct.kernel.results.RecomputedTable;
import finacct.kernel.results.SubmissionValidated;
import finacct.kernel.results.YearOnYear;
import finacct.kernel.template.ReportTemplate;
import finacct.kernel.template.ReportTemplates;
import finacct.validation.rules.Facts;
import finacct.validation.rules.RuleSet;
import finacct.validation.rules.RuleSets;

import java.util.List;
import java.util.Optional;

/**
 * Validates a replayed submission: recomputes its tables and runs the rule set of its template version.
 */
public final class SubmissionValidation {

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
        List<Finding> findings = List.of();
        if (template.isPresent() && rules.isPresent()) {
            Facts facts = Facts.of(template.get(), submission);
            if (previousTemplate.isPresent()) {
                facts = facts.withPreviousYear(Facts.of(previousTemplate.get(), previous.get().submission()),
                        previous.get().source());
            }
            findings = rules.get().check(facts);
        }
        YearOnYear yearOnYear = template.isPresent() && previousTemplate.isPresent()
                ? YearOnYearComparison.of(template.get(), submission.fiscalYear(), tables,
                previous.get().submission().fiscalYear(),
                DerivedTotals.recompute(previousTemplate.get(), previous.get().submission().cells()), previous.get().source())
                : null;
        String ruleSetVersion = rules.map(RuleSet::version).orElse(templateVersion + "/none");
        return new SubmissionValidated(submission.submissionId(), submission.departmentCode(),
                submission.fiscalYear(), templateVersion, submission.lastSequence(), submission.status().name(),
                ruleSetVersion, validatedAt, tables, findings, FindingCounts.of(findings), yearOnYear);
    }

    private static Optional<ReportTemplate> templateOf(ReplayedSubmission submission) {
        Optional<ReportTemplate> named = ReportTemplates.find(submission.templateVersion());
        return named.isPresent() ? named : ReportTemplates.defaultFor(submission.fiscalYear());
    }
}
