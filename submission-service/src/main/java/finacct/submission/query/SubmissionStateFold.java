package finacct.submission.query;

import finacct.kernel.events.CellRef;
import finacct.kernel.events.FiguresReported;
import finacct.kernel.events.FiguresWithdrawn;
import finacct.kernel.events.NarrativeReported;
import finacct.kernel.events.PerformanceEvaluationReported;
import finacct.kernel.events.SubmissionApproved;
import finacct.kernel.events.SubmissionEvent;
import finacct.kernel.events.SubmissionOpened;
import finacct.kernel.events.SubmissionPublished;
import finacct.kernel.events.SubmissionReopened;
import finacct.kernel.events.SubmissionReturned;
import finacct.kernel.events.SubmissionSubmitted;
import finacct.kernel.events.SubmissionWithdrawn;
import finacct.kernel.template.ReportTemplate;
import finacct.kernel.template.ReportTemplates;
import finacct.kernel.template.TableDefinition;
import finacct.submission.api.SubmissionStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Folds a submission's events, in stream order, into its current state. Plain Java: no store, no framework. */
final class SubmissionStateFold {

    private SubmissionOpened opened;
    private SubmissionStatus status = SubmissionStatus.DRAFT;
    private long version;
    private final Map<CellRef, SubmissionState.Cell> cells = new HashMap<>();
    private SubmissionState.Narrative narrative = SubmissionState.Narrative.EMPTY;
    private final Map<String, SubmissionState.Evaluation> evaluations = new LinkedHashMap<>();

    void apply(SubmissionEvent event, long sequence) {
        version = sequence + 1;
        if (event instanceof SubmissionOpened e) {
            opened = e;
        } else if (event instanceof FiguresReported e) {
            e.figures().forEach(f -> cells.put(f.cell(),
                    new SubmissionState.Cell(f.table(), f.row(), f.column(), f.value(), f.name())));
        } else if (event instanceof FiguresWithdrawn e) {
            e.cells().forEach(cells::remove);
        } else if (event instanceof NarrativeReported e) {
            narrative = new SubmissionState.Narrative(e.sections(), e.claims());
        } else if (event instanceof PerformanceEvaluationReported e) {
            evaluations.put(e.evaluationId(), new SubmissionState.Evaluation(e.evaluationId(), e.scope(), e.name(),
                    e.budget(), e.executed(), e.rate(), e.weight(), e.score(), e.indicators(), e.totalScore()));
        } else if (event instanceof SubmissionSubmitted) {
            status = SubmissionStatus.SUBMITTED;
        } else if (event instanceof SubmissionWithdrawn || event instanceof SubmissionReopened) {
            status = SubmissionStatus.DRAFT;
        } else if (event instanceof SubmissionApproved) {
            status = SubmissionStatus.APPROVED;
        } else if (event instanceof SubmissionReturned) {
            status = SubmissionStatus.RETURNED;
        } else if (event instanceof SubmissionPublished) {
            status = SubmissionStatus.PUBLISHED;
        }
        // a newer event type this version does not know yet changes nothing it can show
    }

    SubmissionState result() {
        if (opened == null) {
            throw new IllegalStateException("stream does not start with SubmissionOpened");
        }
        List<SubmissionState.Cell> sorted = new ArrayList<>(cells.values());
        ReportTemplates.find(opened.templateVersion()).ifPresent(t -> sorted.sort(printOrder(t)));
        return new SubmissionState(opened.submissionId(), opened.departmentCode(), opened.fiscalYear(),
                opened.templateVersion(), opened.unit(), status, version, List.copyOf(sorted), narrative,
                List.copyOf(evaluations.values()));
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
