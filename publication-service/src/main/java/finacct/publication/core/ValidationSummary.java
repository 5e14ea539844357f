package finacct.publication.core;

import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCounts;
import finacct.kernel.results.SubmissionValidated;
import finacct.kernel.results.YearOnYear;

import java.util.List;

/**
 * The latest validation of a submission, as of its event {@code basedOnSequence}, as kept: the counts, the
 * findings and last year's figures beside this year's. The tables are not kept: the documents recompute them from
 * the folded cells with the same code.
 */
public record ValidationSummary(long basedOnSequence, String ruleSetVersion, String validatedAt, String status,
                                FindingCounts counts, List<Finding> findings, YearOnYear yearOnYear) {
    public ValidationSummary {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    public static ValidationSummary of(SubmissionValidated result) {
        return new ValidationSummary(result.basedOnSequence(), result.ruleSetVersion(), result.validatedAt(),
                result.status(), result.counts(), result.findings(), result.yearOnYear());
    }
}
