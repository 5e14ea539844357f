package finacct.submission.validation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCounts;
import finacct.kernel.results.Severity;

import java.util.List;

/**
 * What a review needs of validation-service's latest result of a submission: which event it was based on (so which
 * version it validated: basedOnSequence + 1), its counts and its findings.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LatestValidation(String submissionId, long basedOnSequence, String ruleSetVersion, String validatedAt,
                               FindingCounts counts, List<Finding> findings) {

    public LatestValidation {
        findings = findings == null ? List.of() : List.copyOf(findings);
        counts = counts == null ? FindingCounts.of(findings) : counts;
    }

    /** The version of the submission this result is of. */
    public long validatedVersion() {
        return basedOnSequence + 1;
    }

    public List<Finding> errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }
}
