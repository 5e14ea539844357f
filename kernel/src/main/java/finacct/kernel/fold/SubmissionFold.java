package finacct.kernel.fold;

import finacct.kernel.events.CellRef;
import finacct.kernel.events.EventDecoder;
import finacct.kernel.events.EventEnvelope;
import finacct.kernel.events.EventTypes;
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
import finacct.kernel.events.SubmissionReopened;
import finacct.kernel.events.SubmissionReturned;
import finacct.kernel.events.SubmissionSubmitted;
import finacct.kernel.events.SubmissionWithdrawn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one fold of a submission's stream, shared by the state query, the validation replay and the read models.
 * Events are applied in sequence order (the caller's business); stored events are facts, so the fold never
 * refuses one — deciding what may happen is the aggregate's job.
 *
 * <p>Rules every reader of the stream gets alike:
 * <ul>
 *   <li>a cell holds its latest reported value; a report whose subject name is absent (null or blank) keeps the
 *       name the cell had (a correction of the amount alone does not erase the subject's name); a withdrawn cell
 *       is gone with its name, so a later report of it starts afresh;</li>
 *   <li>the latest narrative replaces the whole earlier one; a self-evaluation replaces the earlier one of the
 *       same id (or, without id, of the same scope and name);</li>
 *   <li>SubmissionReopened sends a published submission back to DRAFT; its published versions stay listed.</li>
 * </ul>
 * Not thread-safe; one fold per stream.
 */
public final class SubmissionFold {

    private static final EventDecoder DEFAULT_DECODER = new EventDecoder();

    private final EventDecoder decoder;
    private final String submissionId;
    private String departmentCode;
    private int fiscalYear;
    private String templateVersion;
    private String unit;
    private SubmissionStatus status = SubmissionStatus.UNKNOWN;
    private long version;
    private final Map<CellRef, Figure> cells = new LinkedHashMap<>();
    private Narrative narrative = Narrative.NONE;
    private final Map<String, PerformanceEvaluationReported> evaluations = new LinkedHashMap<>();
    private final List<ReviewEntry> reviewHistory = new ArrayList<>();
    private final List<PublishedVersion> publishedVersions = new ArrayList<>();
    private final List<Long> unreadable = new ArrayList<>();

    public SubmissionFold(String submissionId) {
        this(submissionId, DEFAULT_DECODER);
    }

    public SubmissionFold(String submissionId, EventDecoder decoder) {
        this.submissionId = submissionId;
        this.decoder = decoder;
        // the id carries department and year, so a stream missing its SubmissionOpened still says whose it is
        try {
            departmentCode = SubmissionIds.departmentOf(submissionId);
            fiscalYear = SubmissionIds.fiscalYearOf(submissionId);
        } catch (RuntimeException e) {
            departmentCode = submissionId;
        }
    }

    /** Carries on from an earlier result, as if its events had been folded here. */
    public static SubmissionFold resume(FoldedSubmission from) {
        return resume(from, DEFAULT_DECODER);
    }

    public static SubmissionFold resume(FoldedSubmission from, EventDecoder decoder) {
        SubmissionFold fold = new SubmissionFold(from.submissionId(), decoder);
        fold.departmentCode = from.departmentCode();
        fold.fiscalYear = from.fiscalYear();
        fold.templateVersion = from.templateVersion();
        fold.unit = from.unit();
        fold.status = from.status();
        fold.version = from.version();
        from.cells().forEach(f -> fold.cells.put(f.cell(), f));
        fold.narrative = from.narrative();
        from.evaluations().forEach(e -> fold.evaluations.put(evaluationKey(e), e));
        fold.reviewHistory.addAll(from.reviewHistory());
        fold.publishedVersions.addAll(from.publishedVersions());
        fold.unreadable.addAll(from.unreadableSequences());
        return fold;
    }

    /** Folds the envelopes in sequence order. */
    public static FoldedSubmission fold(String submissionId, List<EventEnvelope> envelopes) {
        return fold(submissionId, envelopes, DEFAULT_DECODER);
    }

    public static FoldedSubmission fold(String submissionId, List<EventEnvelope> envelopes, EventDecoder decoder) {
        SubmissionFold fold = new SubmissionFold(submissionId, decoder);
        envelopes.stream().sorted(Comparator.comparingLong(EventEnvelope::sequence)).forEach(fold::apply);
        return fold.result();
    }

    /** An event as it travels on the topic; one that cannot be read counts in the version and changes nothing. */
    public SubmissionFold apply(EventEnvelope envelope) {
        Optional<SubmissionEvent> event = decoder.decode(envelope);
        if (event.isPresent()) {
            apply(event.get(), envelope.sequence(), envelope.timestamp(), envelope.actor());
        } else {
            unreadable.add(envelope.sequence());
            version = Math.max(version, envelope.sequence() + 1);
        }
        return this;
    }

    /** An event of sequence {@code sequence}, stored at {@code timestamp} (ISO-8601) on behalf of {@code actor}. */
    public SubmissionFold apply(SubmissionEvent event, long sequence, String timestamp, String actor) {
        version = Math.max(version, sequence + 1);
        String type = EventTypes.nameOf(event.getClass());
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
            narrative = new Narrative(e.sections(), e.claims());
        } else if (event instanceof PerformanceEvaluationReported e) {
            evaluations.put(evaluationKey(e), e);
        } else if (event instanceof SubmissionSubmitted) {
            status = SubmissionStatus.SUBMITTED;
            review(sequence, type, timestamp, actor, null, null, null, null);
        } else if (event instanceof SubmissionWithdrawn e) {
            status = SubmissionStatus.DRAFT;
            review(sequence, type, timestamp, actor, e.reason(), null, null, null);
        } else if (event instanceof SubmissionReturned e) {
            status = SubmissionStatus.RETURNED;
            review(sequence, type, timestamp, actor, null, e.reasons(), null, null);
        } else if (event instanceof SubmissionApproved e) {
            status = SubmissionStatus.APPROVED;
            review(sequence, type, timestamp, actor, e.comment(), null, e.approvedVersion(), null);
        } else if (event instanceof SubmissionPublished e) {
            status = SubmissionStatus.PUBLISHED;
            publishedVersions.add(new PublishedVersion(e.publishedVersion(), approvedBefore(sequence), timestamp,
                    actor));
            review(sequence, type, timestamp, actor, null, null, null, e.publishedVersion());
        } else if (event instanceof SubmissionReopened e) {
            status = SubmissionStatus.DRAFT;
            review(sequence, type, timestamp, actor, e.reason(), null, null, null);
        }
        // a type added to the contract later states nothing this fold keeps
        return this;
    }

    private void report(Figure figure) {
        Figure before = cells.get(figure.cell());
        boolean named = figure.name() != null && !figure.name().isBlank();
        String name = !named && before != null ? before.name() : figure.name();
        cells.put(figure.cell(), new Figure(figure.table(), figure.row(), figure.column(), figure.value(), name));
    }

    private void review(long sequence, String type, String at, String actor, String comment,
                        List<String> reasons, Long approvedVersion, Integer publishedVersion) {
        // the step acts on the submission as its earlier events left it: version = events before it = its sequence
        reviewHistory.add(new ReviewEntry(sequence, type, at, actor, sequence, comment, reasons, approvedVersion,
                publishedVersion));
    }

    /**
     * What a publication makes public: the version the approval just before it named (nothing can change between
     * approval and publication); without one (a stream the aggregate would not write) the events before it.
     */
    private long approvedBefore(long sequence) {
        if (!reviewHistory.isEmpty()) {
            Long approved = reviewHistory.get(reviewHistory.size() - 1).approvedVersion();
            if (approved != null) {
                return approved;
            }
        }
        return sequence;
    }

    private static String evaluationKey(PerformanceEvaluationReported e) {
        return e.evaluationId() != null ? e.evaluationId() : e.scope() + ":" + e.name();
    }

    public FoldedSubmission result() {
        return new FoldedSubmission(submissionId, departmentCode, fiscalYear, templateVersion, unit, status, version,
                List.copyOf(cells.values()), narrative, List.copyOf(evaluations.values()), reviewHistory,
                publishedVersions, unreadable);
    }
}
