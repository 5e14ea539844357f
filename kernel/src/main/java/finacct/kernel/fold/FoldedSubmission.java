package finacct.kernel.fold;

import finacct.kernel.events.Figure;
import finacct.kernel.events.PerformanceEvaluationReported;

import java.util.List;

/**
 * A submission as its events leave it: every stated cell (value and subject name, in the order first reported),
 * the narrative, the self-evaluations, the status, the review steps and the publications. {@code version} is the
 * number of events folded (the next event's sequence); {@code unreadableSequences} lists events whose type or
 * payload could not be read: they count in the version and changed nothing else.
 */
public record FoldedSubmission(String submissionId, String departmentCode, int fiscalYear, String templateVersion,
                               String unit, SubmissionStatus status, long version, List<Figure> cells,
                               Narrative narrative, List<PerformanceEvaluationReported> evaluations,
                               List<ReviewEntry> reviewHistory, List<PublishedVersion> publishedVersions,
                               List<Long> unreadableSequences) {

    public FoldedSubmission {
        cells = cells == null ? List.of() : List.copyOf(cells);
        narrative = narrative == null ? Narrative.NONE : narrative;
        evaluations = evaluations == null ? List.of() : List.copyOf(evaluations);
        reviewHistory = reviewHistory == null ? List.of() : List.copyOf(reviewHistory);
        publishedVersions = publishedVersions == null ? List.of() : List.copyOf(publishedVersions);
        unreadableSequences = unreadableSequences == null ? List.of() : List.copyOf(unreadableSequences);
        status = status == null ? SubmissionStatus.UNKNOWN : status;
    }

    /** The sequence of the last event folded, -1 before any. */
    public long lastSequence() {
        return version - 1;
    }

    /** True once the SubmissionOpened is folded. */
    public boolean opened() {
        return status != SubmissionStatus.UNKNOWN;
    }

    /** The latest public version, 0 while never published. */
    public int publishedVersion() {
        return publishedVersions.isEmpty() ? 0 : publishedVersions.get(publishedVersions.size() - 1).publishedVersion();
    }
}
