package finacct.validation.core;

import finacct.kernel.events.CellRef;
import finacct.kernel.events.EventDecoder;
import finacct.kernel.events.EventEnvelope;
import finacct.kernel.events.Figure;
import finacct.kernel.events.FiguresReported;
import finacct.kernel.events.FiguresWithdrawn;
import finacct.kernel.events.NarrativeClaim;
import finacct.kernel.events.NarrativeReported;
import finacct.kernel.events.NarrativeSection;
import finacct.kernel.events.PerformanceEvaluationReported;
import finacct.kernel.events.SubmissionApproved;
import finacct.kernel.events.SubmissionEvent;
import finacct.kernel.events.SubmissionIds;
import finacct.kernel.events.SubmissionOpened;
import finacct.kernel.events.SubmissionPublished;
import finacct.kernel.events.SubmissionReturned;
import finacct.kernel.events.SubmissionSubmitted;
import finacct.kernel.events.SubmissionWithdrawn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Folds a submission's events, in sequence order, into a {@link ReplayedSubmission}. */
public final class SubmissionReplay {

    private final EventDecoder decoder;

    public SubmissionReplay() {
        this(new EventDecoder());
    }

    public SubmissionReplay(EventDecoder decoder) {
        this.decoder = decoder;
    }

    public ReplayedSubmission replay(String submissionId, List<EventEnvelope> events) {
        State state = new State(submissionId);
        events.stream()
                .sorted(Comparator.comparingLong(EventEnvelope::sequence))
                .forEach(envelope -> {
                    state.lastSequence = Math.max(state.lastSequence, envelope.sequence());
                    Optional<SubmissionEvent> event = decoder.decode(envelope);
                    if (event.isPresent()) {
                        state.apply(event.get());
                    } else {
                        state.unreadable.add(envelope.sequence());
                    }
                });
        return state.result();
    }

    private static final class State {
        private final String submissionId;
        private String departmentCode;
        private int fiscalYear;
        private String templateVersion;
        private String unit;
        private SubmissionStatus status = SubmissionStatus.UNKNOWN;
        private long lastSequence = -1;
        private final Map<CellRef, Figure> cells = new LinkedHashMap<>();
        private List<NarrativeSection> sections = List.of();
        private List<NarrativeClaim> claims = List.of();
        private final Map<String, PerformanceEvaluationReported> evaluations = new LinkedHashMap<>();
        private final List<Long> unreadable = new ArrayList<>();

        State(String submissionId) {
            this.submissionId = submissionId;
            // the id carries department and year, so a stream missing its SubmissionOpened still says whose it is
            try {
                departmentCode = SubmissionIds.departmentOf(submissionId);
                fiscalYear = SubmissionIds.fiscalYearOf(submissionId);
            } catch (RuntimeException e) {
                departmentCode = submissionId;
            }
        }

        void apply(SubmissionEvent event) {
            if (event instanceof SubmissionOpened e) {
                departmentCode = e.departmentCode();
                fiscalYear = e.fiscalYear();
                templateVersion = e.templateVersion();
                unit = e.unit();
                status = SubmissionStatus.DRAFT;
            } else if (event instanceof FiguresReported e) {
                e.figures().forEach(this::report);
            } else if (event instanceof FiguresWithdrawn e) {
                e.cells().forEach(cells::remove);
            } else if (event instanceof NarrativeReported e) {
                sections = e.sections();
                claims = e.claims();
            } else if (event instanceof PerformanceEvaluationReported e) {
                evaluations.put(evaluationKey(e), e);
            } else if (event instanceof SubmissionSubmitted) {
                status = SubmissionStatus.SUBMITTED;
            } else if (event instanceof SubmissionWithdrawn) {
                status = SubmissionStatus.DRAFT;
            } else if (event instanceof SubmissionApproved) {
                status = SubmissionStatus.APPROVED;
            } else if (event instanceof SubmissionReturned) {
                status = SubmissionStatus.RETURNED;
            } else if (event instanceof SubmissionPublished) {
                status = SubmissionStatus.PUBLISHED;
            }
            // any other type was added to the contract later and states nothing this replay keeps
        }

        private void report(Figure figure) {
            CellRef ref = figure.cell();
            Figure before = cells.get(ref);
            // a correction that gives only the value keeps the subject name stated earlier
            String name = figure.name() == null && before != null ? before.name() : figure.name();
            cells.put(ref, new Figure(figure.table(), figure.row(), figure.column(), figure.value(), name));
        }

        private static String evaluationKey(PerformanceEvaluationReported e) {
            return e.evaluationId() != null ? e.evaluationId() : e.scope() + ":" + e.name();
        }

        ReplayedSubmission result() {
            return new ReplayedSubmission(submissionId, departmentCode, fiscalYear, templateVersion, unit, status,
                    lastSequence, List.copyOf(cells.values()), sections, claims,
                    List.copyOf(evaluations.values()), unreadable);
        }
    }
}
