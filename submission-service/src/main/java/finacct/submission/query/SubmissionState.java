package finacct.submission.query;

import finacct.kernel.events.Indicator;
import finacct.kernel.events.NarrativeClaim;
import finacct.kernel.events.NarrativeSection;
import finacct.submission.api.SubmissionStatus;

import java.util.List;

/** A submission as it stands after its last event: every reported cell, the narrative, the self-evaluations. */
public record SubmissionState(String submissionId, String departmentCode, int fiscalYear, String templateVersion,
                              String unit, SubmissionStatus status, long version, List<Cell> cells,
                              Narrative narrative, List<Evaluation> evaluations) {

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
