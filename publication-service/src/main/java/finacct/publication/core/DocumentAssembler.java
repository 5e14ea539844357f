package finacct.publication.core;

import finacct.kernel.events.EventEnvelope;
import finacct.kernel.fold.FoldedSubmission;
import finacct.kernel.fold.SubmissionFold;
import finacct.kernel.results.RecomputedTable;
import finacct.kernel.results.YearOnYear;
import finacct.kernel.template.ReportTemplate;
import finacct.kernel.template.ReportTemplates;
import finacct.validation.core.DerivedTotals;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Assembles the documents from the fold: the bureau's department-year document, as it stands or as of a point. */
public final class DocumentAssembler {

    private DocumentAssembler() {
    }

    /** The nine tables recomputed from the folded cells; none while the template version is unknown. */
    public static List<RecomputedTable> tables(FoldedSubmission fold) {
        return template(fold).map(t -> DerivedTotals.recompute(t, fold.cells())).orElse(List.of());
    }

    public static Optional<ReportTemplate> template(FoldedSubmission fold) {
        return fold.templateVersion() == null ? Optional.empty() : ReportTemplates.find(fold.templateVersion());
    }

    public static DepartmentYearDocument current(ReadModel model) {
        return assemble(model.departmentName(), model.fold(), model.history(), model.updatedAt(), model.validation(),
                null);
    }

    /**
     * The document as of a version (a number: that many events) or a moment (an ISO-8601 instant: the events
     * stored until then), folded from the stored stream. The validation shows only when it is of that very
     * version. Empty when the point is before the submission was opened.
     */
    public static Optional<DepartmentYearDocument> asOf(ReadModel model, List<EventEnvelope> stream, AsOf point) {
        SubmissionFold fold = new SubmissionFold(model.submissionId());
        List<HistoryEntry> history = new ArrayList<>();
        String updatedAt = null;
        for (EventEnvelope e : stream) {
            if (!point.includes(e)) {
                break;
            }
            fold.apply(e);
            history.add(HistoryEntry.of(e));
            updatedAt = e.timestamp();
        }
        FoldedSubmission folded = fold.result();
        if (!folded.opened()) {
            return Optional.empty();
        }
        ValidationSummary validation = model.validation() != null
                && model.validation().basedOnSequence() == folded.lastSequence() ? model.validation() : null;
        return Optional.of(assemble(model.departmentName(), folded, history, updatedAt, validation, point.text()));
    }

    private static DepartmentYearDocument assemble(String departmentName, FoldedSubmission fold,
                                                   List<HistoryEntry> history, String updatedAt,
                                                   ValidationSummary validation, String asOf) {
        List<RecomputedTable> tables = tables(fold);
        Charts charts = template(fold).map(t -> ChartData.of(t, tables, previous(validation))).orElse(null);
        return new DepartmentYearDocument(fold.submissionId(), fold.departmentCode(), departmentName,
                fold.fiscalYear(), fold.templateVersion(), fold.unit(), fold.status().name(), fold.version(), asOf,
                tables, fold.cells(), fold.narrative(), fold.evaluations(), charts,
                validation == null ? null : ValidationView.of(validation, fold.lastSequence()), fold.reviewHistory(),
                fold.publishedVersion(), fold.publishedVersions(), history, updatedAt);
    }

    /** Last year's figures as the validation set them beside this year's (the platform's submission of last year). */
    private static ChartData.PreviousFigures previous(ValidationSummary validation) {
        if (validation == null || validation.yearOnYear() == null) {
            return ChartData.PreviousFigures.NONE;
        }
        List<YearOnYear.Line> lines = validation.yearOnYear().lines();
        return (table, row, column) -> lines.stream()
                .filter(l -> table.equals(l.table()) && row.equals(l.row()) && column.equals(l.column()))
                .map(YearOnYear.Line::previous).filter(p -> p != null).findFirst();
    }

    /** A point in the stream: a version (number of events) or a moment. */
    public record AsOf(String text, Long version, Instant moment) {

        /** Empty when the words are neither a version number nor an ISO-8601 instant. */
        public static Optional<AsOf> parse(String text) {
            if (text == null || text.isBlank()) {
                return Optional.empty();
            }
            String t = text.trim();
            if (t.matches("\\d{1,18}")) {
                return Optional.of(new AsOf(t, Long.parseLong(t), null));
            }
            try {
                return Optional.of(new AsOf(t, null, Instant.parse(t)));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }

        boolean includes(EventEnvelope e) {
            if (version != null) {
                return e.sequence() < version;
            }
            try {
                return !Instant.parse(e.timestamp()).isAfter(moment);
            } catch (RuntimeException unreadable) {
                return false;
            }
        }
    }
}
