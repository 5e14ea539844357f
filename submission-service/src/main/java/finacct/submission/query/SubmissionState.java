package finacct.submission.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import finacct.kernel.events.Indicator;
import finacct.kernel.events.NarrativeClaim;
import finacct.kernel.events.NarrativeSection;
import finacct.submission.api.SubmissionStatus;

import java.util.List;

/**
 * A submission as it stands after its last event: every reported cell, the narrative, the self-evaluations, and its
 * review: the last published version (0: never published), every step of the review with the bureau's reasons, and
 * every publication.
 */
public record SubmissionState(String submissionId, String departmentCode, int fiscalYear, String templateVersion,
                              String unit, SubmissionStatus status, long version, List<Cell> cells,
                              Narrative narrative, List<Evaluation> evaluations, int publishedVersion,
                              List<ReviewStep> reviewHistory, List<Publication> publishedVersions) {

    /** The state without its review trail, as {@link SubmissionStateFold} builds it. */
    public SubmissionState(String submissionId, String departmentCode, int fiscalYear, String templateVersion,
                           String unit, SubmissionStatus status, long version, List<Cell> cells,
                           Narrative narrative, List<Evaluation> evaluations) {
        this(submissionId, departmentCode, fiscalYear, templateVersion, unit, status, version, cells, narrative,
                evaluations, 0, List.of(), List.of());
    }

    SubmissionState withReview(ReviewTrail trail) {
        return new SubmissionState(submissionId, departmentCode, fiscalYear, templateVersion, unit, status, version,
                cells, narrative, evaluations, trail.publishedVersion(), trail.steps(), trail.publications());
    }

    /**
     * One step of the review: submitted, withdrawn, approved, returned, published, reopened ({@code type} the event's
     * name), taken on the submission's {@code version} (its number of events before the step), by whom and when.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReviewStep(String type, String at, String actor, long version, String comment, List<String> reasons,
                             Integer publishedVersion) {
    }

    /**
     * A published version: {@code submissionVersion} is the version approved and so published (its events
     * 0 … submissionVersion - 1 make the published accounts).
     */
    public record Publication(int publishedVersion, long submissionVersion, String publishedAt, String publishedBy) {
    }

    public record Cell(String table, String row, String column, String value, String name) {
    }

    public record Narrative(List<NarrativeSection> sections, List<NarrativeClaim> claims) {
        static final Narrative EMPTY = new Narrative(List.of(), List.of());
    }

    public record Evaluation(String evaluationId, String scope, String name, String budget, String executed,
                             String rate, String weight, String score, List<Indicator> indicators,
                             String totalScore) {
    }
}
