package finacct.publication.core;

import finacct.kernel.events.CellRef;
import finacct.kernel.events.EventDecoder;
import finacct.kernel.events.EventEnvelope;
import finacct.kernel.events.Figure;
import finacct.kernel.events.FiguresReported;
import finacct.kernel.events.FiguresWithdrawn;
import finacct.kernel.events.NarrativeReported;
import finacct.kernel.events.PerformanceEvaluationReported;
import finacct.kernel.events.SubmissionApproved;
import finacct.kernel.events.SubmissionEvent;
import finacct.kernel.events.SubmissionIds;
import finacct.kernel.events.SubmissionOpened;
import finacct.kernel.events.SubmissionPublished;
import finacct.kernel.events.SubmissionReturned;
import finacct.kernel.events.SubmissionSubmitted;
import finacct.kernel.events.SubmissionWithdrawn;
import finacct.kernel.registry.Department;
import finacct.kernel.registry.DepartmentRegistry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Applies one event to a read model. Ordering and duplicates are the caller's business (see version). */
public final class SubmissionProjection {

    private final DepartmentRegistry registry;
    private final EventDecoder decoder;

    public SubmissionProjection(DepartmentRegistry registry) {
        this(registry, new EventDecoder());
    }

    public SubmissionProjection(DepartmentRegistry registry, EventDecoder decoder) {
        this.registry = registry;
        this.decoder = decoder;
    }

    /** The read model of a submission no event has reached yet. */
    public ReadModel empty(String submissionId) {
        String department = submissionId;
        int year = 0;
        try {
            department = SubmissionIds.departmentOf(submissionId);
            year = SubmissionIds.fiscalYearOf(submissionId);
        } catch (RuntimeException e) {
            // not of the form dept:year; the opening event will say
        }
        return new ReadModel(submissionId, department, nameOf(department), year, null, null, null, 0, List.of(),
                Narrative.NONE, List.of(), List.of(), null, null);
    }

    public ReadModel apply(ReadModel model, EventEnvelope envelope) {
        Draft draft = new Draft(model);
        draft.version = model.version() + 1;
        draft.history.add(new HistoryEntry(envelope.sequence(), envelope.type(), envelope.timestamp(), envelope.actor()));
        draft.updatedAt = envelope.timestamp();
        // an event that cannot be read still counts in the history and the version, and changes nothing else
        decoder.decode(envelope).ifPresent(draft::apply);
        return draft.build();
    }

    private String nameOf(String departmentCode) {
        return registry.byCode(departmentCode).map(Department::name).orElse(null);
    }

    private final class Draft {
        private final ReadModel base;
        private String departmentCode;
        private String departmentName;
        private int fiscalYear;
        private String templateVersion;
        private String unit;
        private String status;
        private long version;
        private final Map<CellRef, Figure> cells = new LinkedHashMap<>();
        private Narrative narrative;
        private final Map<String, PerformanceEvaluationReported> evaluations = new LinkedHashMap<>();
        private final List<HistoryEntry> history;
        private String updatedAt;

        Draft(ReadModel m) {
            base = m;
            departmentCode = m.departmentCode();
            departmentName = m.departmentName();
            fiscalYear = m.fiscalYear();
            templateVersion = m.templateVersion();
            unit = m.unit();
            status = m.status();
            m.cells().forEach(f -> cells.put(f.cell(), f));
            narrative = m.narrative();
            m.evaluations().forEach(e -> evaluations.put(keyOf(e), e));
            history = new ArrayList<>(m.history());
        }

        void apply(SubmissionEvent event) {
            if (event instanceof SubmissionOpened e) {
                departmentCode = e.departmentCode();
                departmentName = Optional.ofNullable(nameOf(e.departmentCode())).orElse(departmentName);
                fiscalYear = e.fiscalYear();
                templateVersion = e.templateVersion();
                unit = e.unit();
                status = "DRAFT";
            } else if (event instanceof FiguresReported e) {
                for (Figure f : e.figures()) {
                    Figure before = cells.get(f.cell());
                    String name = f.name() == null && before != null ? before.name() : f.name();
                    cells.put(f.cell(), new Figure(f.table(), f.row(), f.column(), f.value(), name));
                }
            } else if (event instanceof FiguresWithdrawn e) {
                e.cells().forEach(cells::remove);
            } else if (event instanceof NarrativeReported e) {
                narrative = new Narrative(e.sections(), e.claims());
            } else if (event instanceof PerformanceEvaluationReported e) {
                evaluations.put(keyOf(e), e);
            } else if (event instanceof SubmissionSubmitted) {
                status = "SUBMITTED";
            } else if (event instanceof SubmissionWithdrawn) {
                status = "DRAFT";
            } else if (event instanceof SubmissionApproved) {
                status = "APPROVED";
            } else if (event instanceof SubmissionReturned) {
                status = "RETURNED";
            } else if (event instanceof SubmissionPublished) {
                status = "PUBLISHED";
            }
        }

        private static String keyOf(PerformanceEvaluationReported e) {
            return e.evaluationId() != null ? e.evaluationId() : e.scope() + ":" + e.name();
        }

        ReadModel build() {
            return new ReadModel(base.submissionId(), departmentCode, departmentName, fiscalYear, templateVersion,
                    unit, status, version, List.copyOf(cells.values()), narrative,
                    List.copyOf(evaluations.values()), history, updatedAt, base.validation());
        }
    }
}
