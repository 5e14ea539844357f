package finacct.validation.core;

import finacct.kernel.events.Figure;
import finacct.kernel.events.NarrativeClaim;
import finacct.kernel.events.NarrativeSection;
import finacct.kernel.events.PerformanceEvaluationReported;
import finacct.kernel.fold.FoldedSubmission;
import finacct.kernel.fold.SubmissionStatus;

import java.util.List;

/**
 * A submission as its events leave it: every stated cell (value and subject name as the department wrote
 * them), the narrative, the self-evaluations and the status, as of event {@code lastSequence}.
 * {@code unreadableSequences} lists events whose type or payload could not be read; they changed nothing.
 */
public record ReplayedSubmission(String submissionId, String departmentCode, int fiscalYear,
                                 String templateVersion, String unit, SubmissionStatus status, long lastSequence,
                                 List<Figure> cells, List<NarrativeSection> narrativeSections,
                                 List<NarrativeClaim> narrativeClaims,
                                 List<PerformanceEvaluationReported> evaluations,
                                 List<Long> unreadableSequences) {
    public ReplayedSubmission {
        cells = List.copyOf(cells);
        narrativeSections = List.copyOf(narrativeSections);
        narrativeClaims = List.copyOf(narrativeClaims);
        evaluations = List.copyOf(evaluations);
        unreadableSequences = List.copyOf(unreadableSequences);
    }

    /** What the validation reads of the kernel's fold of the stream. */
    public static ReplayedSubmission of(FoldedSubmission folded) {
        return new ReplayedSubmission(folded.submissionId(), folded.departmentCode(), folded.fiscalYear(),
                folded.templateVersion(), folded.unit(), folded.status(), folded.lastSequence(), folded.cells(),
                folded.narrative().sections(), folded.narrative().claims(), folded.evaluations(),
                folded.unreadableSequences());
    }
}
