package finacct.publication.core;

import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCounts;
import finacct.kernel.results.RecomputedTable;
import finacct.kernel.results.SubmissionValidated;

import java.util.List;

/** The latest validation of a submission, as of its event {@code basedOnSequence}. */
public record ValidationSummary(long basedOnSequence, String ruleSetVersion, String validatedAt, String status,
                                FindingCounts counts, List<Finding> findings, List<RecomputedTable> tables) {
    public ValidationSummary {
        findings = findings == null ? List.of() : List.copyOf(findings);
        tables = tables == null ? List.of() : List.copyOf(tables);
    }

    public static ValidationSummary of(SubmissionValidated result) {
        return new ValidationSummary(result.basedOnSequence(), result.ruleSetVersion(), result.validatedAt(),
                result.status(), result.counts(), result.findings(), result.tables());
    }
}
