package finacct.publication.core;

import finacct.kernel.events.PerformanceEvaluationReported;
import finacct.kernel.results.RecomputedTable;

import java.util.List;

/**
 * What the public portal gets of a published submission: the tables as recomputed from the events (not
 * copied from the input), the narrative and the self-evaluations. No drafts, findings or history.
 */
public record PublicDocument(String departmentCode, String departmentName, int fiscalYear, String templateVersion,
                             String unit, String publishedAt, List<RecomputedTable> tables, Narrative narrative,
                             List<PerformanceEvaluationReported> evaluations) {

    public static PublicDocument of(ReadModel m) {
        String publishedAt = m.history().stream()
                .filter(h -> "SubmissionPublished".equals(h.type()))
                .reduce((first, second) -> second)
                .map(HistoryEntry::timestamp).orElse(null);
        return new PublicDocument(m.departmentCode(), m.departmentName(), m.fiscalYear(), m.templateVersion(),
                m.unit(), publishedAt, m.validation() == null ? List.of() : m.validation().tables(),
                m.narrative(), m.evaluations());
    }
}
