package finacct.submission.query;

import finacct.kernel.events.PerformanceEvaluationReported;
import finacct.kernel.events.SubmissionEvent;
import finacct.kernel.fold.FoldedSubmission;
import finacct.kernel.fold.SubmissionFold;
import finacct.kernel.template.ReportTemplate;
import finacct.kernel.template.ReportTemplates;
import finacct.kernel.template.TableDefinition;
import finacct.submission.api.SubmissionStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The state query's reading of a submission's events, in stream order: the kernel's one fold of the stream (the
 * one validation and the read models use, so they cannot disagree on a cell, a name or a status), shown with the
 * cells in print order. Plain Java: no store, no framework.
 */
final class SubmissionStateFold {

    private final SubmissionFold fold;

    SubmissionStateFold(String submissionId) {
        this.fold = new SubmissionFold(submissionId);
    }

    /** An event of sequence {@code sequence}, stored at {@code at} (ISO-8601) on behalf of {@code actor}. */
    void apply(SubmissionEvent event, long sequence, String at, String actor) {
        fold.apply(event, sequence, at, actor);
    }

    SubmissionState result() {
        return stateOf(fold.result());
    }

    static SubmissionState stateOf(FoldedSubmission folded) {
        if (!folded.opened()) {
            throw new IllegalStateException("stream does not start with SubmissionOpened");
        }
        List<SubmissionState.Cell> cells = new ArrayList<>(folded.cells().stream()
                .map(f -> new SubmissionState.Cell(f.table(), f.row(), f.column(), f.value(), f.name())).toList());
        ReportTemplates.find(folded.templateVersion()).ifPresent(t -> cells.sort(printOrder(t)));
        return new SubmissionState(folded.submissionId(), folded.departmentCode(), folded.fiscalYear(),
                folded.templateVersion(), folded.unit(), SubmissionStatus.of(folded.status()), folded.version(),
                List.copyOf(cells), new SubmissionState.Narrative(folded.narrative().sections(),
                folded.narrative().claims()),
                folded.evaluations().stream().map(SubmissionStateFold::evaluation).toList(),
                folded.publishedVersion(), folded.reviewHistory(), folded.publishedVersions());
    }

    private static SubmissionState.Evaluation evaluation(PerformanceEvaluationReported e) {
        return new SubmissionState.Evaluation(e.evaluationId(), e.scope(), e.name(), e.budget(), e.executed(),
                e.rate(), e.weight(), e.score(), e.indicators(), e.totalScore());
    }

    /** The order a reader expects: tables as numbered, listed rows as printed, then subject codes, then columns. */
    private static Comparator<SubmissionState.Cell> printOrder(ReportTemplate template) {
        return Comparator.<SubmissionState.Cell>comparingInt(c -> template.table(c.table()).map(TableDefinition::number)
                        .orElse(Integer.MAX_VALUE))
                .thenComparing(c -> rowKey(template, c))
                .thenComparingInt(c -> columnIndex(template, c));
    }

    private static String rowKey(ReportTemplate template, SubmissionState.Cell c) {
        TableDefinition t = template.table(c.table()).orElseThrow();
        List<String> listed = t.rows().stream().map(r -> r.key()).toList();
        int i = listed.indexOf(c.row());
        // listed rows first in template order (zero-padded index), subject codes after them in code order
        return i >= 0 ? "0" + String.format("%05d", i) : "1" + c.row();
    }

    private static int columnIndex(ReportTemplate template, SubmissionState.Cell c) {
        TableDefinition t = template.table(c.table()).orElseThrow();
        for (int i = 0; i < t.columns().size(); i++) {
            if (t.columns().get(i).key().equals(c.column())) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
