package finacct.validation.core;

import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCounts;
import finacct.kernel.results.RecomputedTable;
import finacct.kernel.results.SubmissionValidated;
import finacct.kernel.template.ReportTemplate;
import finacct.kernel.template.ReportTemplates;

import java.util.List;
import java.util.Optional;

/**
 * Validates a replayed submission: recomputes its tables and (in a later issue) runs the rule set. The
 * skeleton rule set reports no findings yet.
 */
public final class SubmissionValidation {

    public static final String RULE_SET = "skeleton";

    public SubmissionValidated validate(ReplayedSubmission submission, String validatedAt) {
        Optional<ReportTemplate> template = templateOf(submission);
        String templateVersion = template.map(ReportTemplate::version).orElse(submission.templateVersion());
        List<RecomputedTable> tables = template
                .map(t -> DerivedTotals.recompute(t, submission.cells()))
                .orElse(List.of());
        List<Finding> findings = List.of();
        return new SubmissionValidated(submission.submissionId(), submission.departmentCode(),
                submission.fiscalYear(), templateVersion, submission.lastSequence(), submission.status().name(),
                ruleSetVersion(templateVersion), validatedAt, tables, findings, FindingCounts.of(findings));
    }

    public static String ruleSetVersion(String templateVersion) {
        return (templateVersion == null ? "none" : templateVersion) + "/" + RULE_SET;
    }

    private static Optional<ReportTemplate> templateOf(ReplayedSubmission submission) {
        Optional<ReportTemplate> named = ReportTemplates.find(submission.templateVersion());
        return named.isPresent() ? named : ReportTemplates.defaultFor(submission.fiscalYear());
    }
}
