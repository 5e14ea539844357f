package finacct.publication.core;

import finacct.kernel.results.Finding;
import finacct.kernel.results.YearOnYear;

import java.util.List;

/**
 * The latest validation as the document shows it: of which event ({@code basedOnSequence}), whether it is of
 * the document's version ({@code current}; false while the validation of the latest change is on its way), the
 * counts by severity and the findings with their cells and arithmetic; last year's figures beside this year's.
 */
public record ValidationView(long basedOnSequence, boolean current, String ruleSetVersion, String validatedAt,
                             int errors, int warnings, int infos, List<Finding> findings, YearOnYear yearOnYear) {

    static ValidationView of(ValidationSummary v, long lastSequence) {
        int errors = v.counts() == null ? 0 : v.counts().errors();
        int warnings = v.counts() == null ? 0 : v.counts().warnings();
        int infos = v.counts() == null ? 0 : v.counts().infos();
        return new ValidationView(v.basedOnSequence(), v.basedOnSequence() == lastSequence, v.ruleSetVersion(),
                v.validatedAt(), errors, warnings, infos, v.findings(), v.yearOnYear());
    }
}
