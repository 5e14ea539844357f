package finacct.publication;

import finacct.kernel.events.EventEnvelope;
import finacct.kernel.events.SubmissionIds;
import finacct.kernel.fold.FoldedSubmission;
import finacct.kernel.fold.PublishedVersion;
import finacct.kernel.fold.SubmissionFold;
import finacct.kernel.results.SubmissionValidated;
import finacct.publication.config.RegisteredDepartments;
import finacct.publication.core.DepartmentFigures;
import finacct.publication.core.DocumentAssembler;
import finacct.publication.core.HistoryEntry;
import finacct.publication.core.PublicDocument;
import finacct.publication.core.ReadModel;
import finacct.publication.live.OverviewStreams;
import finacct.publication.live.SubmissionChange;
import finacct.publication.store.PublishedVersions;
import finacct.publication.store.ReadModels;
import finacct.publication.store.SubmissionEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the read models in step with both topics, idempotently. Every event is stored first (a duplicate stores
 * nothing); then the submission's fold carries on from its version through every stored event that follows without
 * a gap, so an event ahead of its turn waits until the events before it arrive. A publication folded keeps its
 * public document as of that event. A validation older than the one held is ignored.
 */
@Service
public class ReadModelUpdater {

    private static final Logger log = LoggerFactory.getLogger(ReadModelUpdater.class);

    private final ReadModels models;
    private final SubmissionEvents events;
    private final PublishedVersions published;
    private final RegisteredDepartments departments;
    private final OverviewStreams streams;

    public ReadModelUpdater(ReadModels models, SubmissionEvents events, PublishedVersions published,
                            RegisteredDepartments departments, OverviewStreams streams) {
        this.models = models;
        this.events = events;
        this.published = published;
        this.departments = departments;
        this.streams = streams;
    }

    public void acceptEvent(EventEnvelope envelope) {
        String id = envelope.submissionId();
        events.store(envelope);
        Optional<ReadModel> held = models.find(id);
        long expected = held.map(ReadModel::version).orElse(0L);
        if (envelope.sequence() < expected) {
            log.debug("submission {}: event {} applied before", id, envelope.sequence());
            return;
        }
        if (envelope.sequence() > expected) {
            log.info("submission {}: event {} waits for event {}", id, envelope.sequence(), expected);
            return;
        }
        ReadModel model = held.orElseGet(() -> empty(id));
        SubmissionFold fold = model.fold() == null ? new SubmissionFold(id) : SubmissionFold.resume(model.fold());
        List<HistoryEntry> history = new ArrayList<>(model.history());
        String updatedAt = model.updatedAt();
        String name = model.departmentName();
        int applied = 0;
        for (Optional<EventEnvelope> next = Optional.of(envelope); next.isPresent();
             next = events.find(id, fold.result().version())) {
            EventEnvelope e = next.get();
            int publicationsBefore = fold.result().publishedVersions().size();
            fold.apply(e);
            history.add(HistoryEntry.of(e));
            updatedAt = e.timestamp();
            applied++;
            FoldedSubmission now = fold.result();
            if (name == null) {
                name = departments.nameOf(now.departmentCode()).orElse(null);
            }
            if (now.publishedVersions().size() > publicationsBefore) {
                PublishedVersion version = now.publishedVersions().get(now.publishedVersions().size() - 1);
                published.keep(id, PublicDocument.of(now, name, version));
            }
        }
        FoldedSubmission folded = fold.result();
        DepartmentFigures figures = DocumentAssembler.template(folded)
                .map(t -> DepartmentFigures.of(t, DocumentAssembler.tables(folded))).orElse(DepartmentFigures.NONE);
        models.saveEventState(new ReadModel(id, folded.departmentCode(), name, folded.fiscalYear(), folded, history,
                updatedAt, figures, null));
        if (applied > 1) {
            log.info("submission {}: applied events {} to {}", id, envelope.sequence(), folded.lastSequence());
        }
        streams.changed(new SubmissionChange(id, folded.departmentCode(), folded.fiscalYear(),
                folded.opened() ? folded.status().name() : null, folded.version()));
    }

    public void acceptValidation(SubmissionValidated result) {
        Optional<Long> held = models.validationSequence(result.submissionId());
        if (held.isPresent() && result.basedOnSequence() < held.get()) {
            log.debug("submission {}: validation of event {} is older than the one held ({})",
                    result.submissionId(), result.basedOnSequence(), held.get());
            return;
        }
        models.saveValidation(result);
        Optional<ReadModel> model = models.find(result.submissionId());
        streams.changed(new SubmissionChange(result.submissionId(), result.departmentCode(), result.fiscalYear(),
                model.map(ReadModel::status).orElse(null), model.map(ReadModel::version).orElse(0L)));
    }

    private ReadModel empty(String submissionId) {
        String department = submissionId;
        int year = 0;
        try {
            department = SubmissionIds.departmentOf(submissionId);
            year = SubmissionIds.fiscalYearOf(submissionId);
        } catch (RuntimeException e) {
            // not of the form dept:year; the opening event will say
        }
        return new ReadModel(submissionId, department, departments.nameOf(department).orElse(null), year, null,
                List.of(), null, null, null);
    }
}
