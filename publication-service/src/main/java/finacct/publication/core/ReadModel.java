package finacct.publication.core;

import finacct.kernel.events.Figure;
import finacct.kernel.events.PerformanceEvaluationReported;
import finacct.kernel.results.RecomputedCell;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One department's submission for one year as the bureau reads it: current cells, narrative, self-evaluations,
 * status, history and the latest validation. {@code version} is the number of events applied, so the next
 * event expected is the one of sequence {@code version}.
 */
public record ReadModel(String submissionId, String departmentCode, String departmentName, int fiscalYear,
                        String templateVersion, String unit, String status, long version, List<Figure> cells,
                        Narrative narrative, List<PerformanceEvaluationReported> evaluations,
                        List<HistoryEntry> history, String updatedAt, ValidationSummary validation) {

    public ReadModel {
        cells = cells == null ? List.of() : List.copyOf(cells);
        narrative = narrative == null ? Narrative.NONE : narrative;
        evaluations = evaluations == null ? List.of() : List.copyOf(evaluations);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** True once the submission's opening event is applied; before that only a validation may have arrived. */
    public boolean opened() {
        return version > 0 && status != null;
    }

    /** A cell as stated, else as the latest validation recomputed it. */
    public Optional<BigDecimal> amount(String table, String row, String column) {
        Optional<String> value = cells.stream()
                .filter(f -> table.equals(f.table()) && row.equals(f.row()) && column.equals(f.column()))
                .map(Figure::value).findFirst();
        if (value.isEmpty() && validation != null) {
            value = validation.tables().stream().filter(t -> table.equals(t.table()))
                    .flatMap(t -> t.cells().stream())
                    .filter(c -> row.equals(c.row()) && column.equals(c.column()))
                    .map(RecomputedCell::computed).filter(v -> v != null).findFirst();
        }
        try {
            return value.map(BigDecimal::new);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
