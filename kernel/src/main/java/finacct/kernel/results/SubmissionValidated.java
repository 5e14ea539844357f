package finacct.kernel.results;

import java.util.List;

/**
 * What travels on {@code finacct.validation-results}: the recomputed tables and the findings of one
 * submission as of its event {@code basedOnSequence}.
 */
public record SubmissionValidated(String submissionId, String departmentCode, int fiscalYear,
                                  String templateVersion, long basedOnSequence, String status,
                                  String ruleSetVersion, String validatedAt, List<RecomputedTable> tables,
                                  List<Finding> findings, FindingCounts counts) {
    public SubmissionValidated {
        tables = tables == null ? List.of() : List.copyOf(tables);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}
