package finacct.publication.core;

import finacct.kernel.fold.FoldedSubmission;

import java.util.List;

/**
 * What is kept of one department's submission for one year: the kernel's fold of its events (cells, narrative,
 * self-evaluations, status, review steps, publications), the stream's history, the figures the district
 * aggregation sums, and the latest validation. Documents are assembled from it on reading
 * ({@link DocumentAssembler}). {@code fold} is null while only a validation has arrived.
 */
public record ReadModel(String submissionId, String departmentCode, String departmentName, int fiscalYear,
                        FoldedSubmission fold, List<HistoryEntry> history, String updatedAt,
                        DepartmentFigures figures, ValidationSummary validation) {

    public ReadModel {
        history = history == null ? List.of() : List.copyOf(history);
        figures = figures == null ? DepartmentFigures.NONE : figures;
    }

    /** True once the submission's opening event is folded; before that only a validation may have arrived. */
    public boolean opened() {
        return fold != null && fold.opened();
    }

    /** The number of events folded: the next event expected is the one of this sequence. */
    public long version() {
        return fold == null ? 0 : fold.version();
    }

    public String status() {
        return opened() ? fold.status().name() : null;
    }

    /** The same model under the department's name as the registry now gives it (a renamed department reads anew). */
    public ReadModel named(String name) {
        return name == null || name.equals(departmentName) ? this
                : new ReadModel(submissionId, departmentCode, name, fiscalYear, fold, history, updatedAt, figures, validation);
    }
}
