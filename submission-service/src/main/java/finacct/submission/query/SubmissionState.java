package finacct.submission.query;

import finacct.kernel.events.Indicator;
import finacct.kernel.events.NarrativeClaim;
import finacct.kernel.events.NarrativeSection;
import finacct.kernel.fold.PublishedVersion;
import finacct.kernel.fold.ReviewEntry;
import finacct.submission.api.SubmissionStatus;

import java.util.List;

/**
 * A submission as it stands after its last event: every reported cell, the narrative, the self-evaluations, and its
 * review as the kernel's fold keeps it: the last published version (0: never published), every step of the review
 * with the bureau's reasons, and every publication.
 */
public record SubmissionState(String submissionId, String departmentCode, int fiscalYear, String templateVersion,
                              String unit, SubmissionStatus status, long version, List<Cell> cells,
                              Narrative narrative, List<Evaluation> evaluations, int publishedVersion,
                              List<ReviewEntry> reviewHistory, List<PublishedVersion> publishedVersions) {

    public record Cell(String table, String row, String column, String value, String name) {
    }

    public record Narrative(List<NarrativeSection> sections, List<NarrativeClaim> claims) {
    }

    public record Evaluation(String evaluationId, String scope, String name, String budget, String executed,
                             String rate, String weight, String score, List<Indicator> indicators,
                             String totalScore) {
    }
}
