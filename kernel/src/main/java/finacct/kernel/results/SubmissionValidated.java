package finacct.kernel.results;

import java.util.List;

/**
 * What travels on {@code finacct.validation-results}: the recomputed tables and the findings of one
 * submission as of its event {@code basedOnSequence}; {@code yearOnYear} sets them beside last year's when the
 * platform holds last year's submission of the department (null otherwise).
 */
public record SubmissionValidated(String submissionId, String departmentCode, int fiscalYear,
                                  String templateVersion, long basedOnSequence, String status,
                                  String ruleSetVersion, String validatedAt, List<RecomputedTable> tables,
                                  List<Finding> findings, FindingCounts counts, YearOnYear yearOnYear) {
    public SubmissionValidated {
        tables = tables == null ? List.of() : List.copyOf(tables);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** A result without last year's figures beside it. */
    public SubmissionValidated(String submissionId, String departmentCode, int fiscalYear,
                               String templateVersion, long basedOnSequence, String status,
                               String ruleSetVersion, String validatedAt, List<RecomputedTable> tables,
                               List<Finding> findings, FindingCounts counts) {
        this(submissionId, departmentCode, fiscalYear, templateVersion, basedOnSequence, status, ruleSetVersion,
                validatedAt, tables, findings, counts, null);
    }
}
