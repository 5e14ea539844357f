package finacct.validation.core;

import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCounts;
import finacct.kernel.results.RecomputedTable;
import finacct.kernel.results.SubmissionValidated;
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
        Optional<ReportTemplate> template = templateOf(submission);
        String templateVersion = template.map(ReportTemplate::version).orElse(submission.templateVersion());
        List<RecomputedTable> tables = template
                .map(t -> DerivedTotals.recompute(t, submission.cells()))
                .orElse(List.of());
        Optional<RuleSet> rules = template.flatMap(t -> RuleSets.forTemplate(t.version()));
        List<Finding> findings = template.isPresent() && rules.isPresent()
                ? rules.get().check(Facts.of(template.get(), submission))
                : List.of();
        String ruleSetVersion = rules.map(RuleSet::version).orElse(templateVersion + "/none");
        return new SubmissionValidated(submission.submissionId(), submission.departmentCode(),
                submission.fiscalYear(), templateVersion, submission.lastSequence(), submission.status().name(),
                ruleSetVersion, validatedAt, tables, findings, FindingCounts.of(findings));
    }

    private static Optional<ReportTemplate> templateOf(ReplayedSubmission submission) {
        Optional<ReportTemplate> named = ReportTemplates.find(submission.templateVersion());
        return named.isPresent() ? named : ReportTemplates.defaultFor(submission.fiscalYear());
    }
}
