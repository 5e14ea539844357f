package finacct.submission.rest;

import finacct.kernel.events.CellRef;
import finacct.kernel.events.Figure;
import finacct.kernel.events.Indicator;
import finacct.kernel.events.NarrativeClaim;
import finacct.kernel.events.NarrativeSection;

import java.util.List;

/** Request bodies of the submission API, as clients write them. */
public final class Requests {

    private Requests() {
    }

    public record Open(String templateVersion, String unit) {
    }

    public record Figures(String batchId, Long expectedVersion, List<Figure> figures) {
    }

    public record Withdrawals(String batchId, Long expectedVersion, List<CellRef> cells) {
    }

    public record Narrative(Long expectedVersion, List<NarrativeSection> sections, List<NarrativeClaim> claims) {
    }

    public record Evaluation(Long expectedVersion, String evaluationId, String scope, String name, String budget,
                      String executed, String rate, String weight, String score, List<Indicator> indicators,
                      String totalScore) {
    }

    public record Transition(Long expectedVersion, String reason) {
    }

    /** A reviewer's decision names the version it was taken on ({@code version} of the review state). */
    public record Approve(Long version, String comment) {
    }

    public record Return(Long version, List<String> reasons) {
    }

    public record Publish(Long version) {
    }
}
