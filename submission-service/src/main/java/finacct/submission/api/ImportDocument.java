package finacct.submission.api;

import finacct.kernel.events.Figure;
import finacct.kernel.events.Indicator;
import finacct.kernel.events.NarrativeClaim;
import finacct.kernel.events.NarrativeSection;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Store what one imported document says, as one command: open the submission if needed (with the document's
 * template), then its figures batches (ids derived from their content), its narrative and its self-evaluations.
 * Everything is checked before anything is stored; a batch already stored, a narrative or an evaluation
 * identical to the one stored, stores nothing again. The document is the truth for the tables it contains
 * ({@code tables}, empty ones included): a cell stored earlier in one of them that the document no longer
 * has is withdrawn.
 */
public record ImportDocument(@TargetAggregateIdentifier String submissionId, String departmentCode, int fiscalYear,
                             String templateVersion, Long expectedVersion, List<String> tables, List<Batch> batches,
                             List<NarrativeSection> sections, List<NarrativeClaim> claims,
                             List<Evaluation> evaluations) {

    public ImportDocument {
        tables = tables == null ? List.of() : List.copyOf(tables);
        batches = batches == null ? List.of() : List.copyOf(batches);
        sections = sections == null ? List.of() : List.copyOf(sections);
        claims = claims == null ? List.of() : List.copyOf(claims);
        evaluations = evaluations == null ? List.of() : List.copyOf(evaluations);
    }

    public record Batch(String table, String batchId, List<Figure> figures) {
    }

    public record Evaluation(String evaluationId, String scope, String name, String budget, String executed,
                             String rate, String weight, String score, List<Indicator> indicators,
                             String totalScore) {
    }
}
