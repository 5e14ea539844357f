package finacct.submission.rest;

import finacct.kernel.fold.PublishedVersion;
import finacct.kernel.fold.ReviewEntry;
import finacct.submission.api.SubmissionStatus;

import java.util.List;

/**
 * What a reviewer looks at before deciding: the submission's status and version (the version a decision names), the
 * latest validation validation-service holds ({@code null} when there is none yet or it cannot be asked, which
 * {@code validationNote} then says), every step of the review and every published version.
 */
public record ReviewState(String submissionId, String departmentCode, int fiscalYear, String templateVersion,
                          SubmissionStatus status, long version, int publishedVersion, Validation validation,
                          String validationNote, List<ReviewEntry> reviewHistory,
                          List<PublishedVersion> publishedVersions) {

    /**
     * @param validatedVersion  the version it validated (basedOnSequence + 1)
     * @param ofCurrentVersion  whether it is the validation of the current version, the only one an approval accepts
     */
    public record Validation(long basedOnSequence, long validatedVersion, boolean ofCurrentVersion, int errors,
                             int warnings, int infos, String ruleSetVersion, String validatedAt) {
    }
}
