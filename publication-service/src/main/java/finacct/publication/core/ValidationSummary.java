package finacct.publication.core;

import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCounts;
import finacct.kernel.results.RecomputedTable;
import finacct.kernel.results.SubmissionValidated;
import finacct.kernel.results.YearOnYear;

import java.util.List;

/**
 * The latest validation of a submission, as of its event {@code basedOnSequence}; {@code yearOnYear} sets 表1's
 * totals and 表3's classes beside last year's when the platform holds last year's submission (null otherwise).
 */
public record ValidationSummary(long basedOnSequence, String ruleSetVersion, String validatedAt, String status,
                                FindingCounts counts, List<Finding> findings, List<RecomputedTable> tables,
                                YearOnYear yearOnYear) {
    public ValidationSummary {
        findings = findings == null ? List.of() : List.copyOf(findings);
        tables = tables == null ? List.of() : List.copyOf(tables);
    }

    public ValidationSummary(long basedOnSequence, String ruleSetVersion, String validatedAt, String status,
                             FindingCounts counts, List<Finding> findings, List<RecomputedTable> tables) {
        this(basedOnSequence, ruleSetVersion, validatedAt, status, counts, findings, tables, null);
    }

    public static ValidationSummary of(SubmissionValidated result) {
        return new ValidationSummary(result.basedOnSequence(), result.ruleSetVersion(), result.validatedAt(),
                result.status(), result.counts(), result.findings(), result.tables(), result.yearOnYear());
    }
}
