package finacct.publication;

import finacct.kernel.events.EventEnvelope;
import finacct.kernel.registry.DepartmentRegistry;
import finacct.kernel.results.SubmissionValidated;
import finacct.publication.core.ReadModel;
import finacct.publication.core.SubmissionProjection;
import finacct.publication.store.ParkedEvents;
import finacct.publication.store.ReadModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the read models in step with both topics, idempotently: an event at or below the applied sequence is
 * a duplicate; one beyond the next expected is parked until the gap fills; a validation older than the one held
 * is ignored.
 */
@Service
public class ReadModelUpdater {

    private static final Logger log = LoggerFactory.getLogger(ReadModelUpdater.class);

    private final ReadModels models;
    private final ParkedEvents parked;
    private final SubmissionProjection projection;

    public ReadModelUpdater(ReadModels models, ParkedEvents parked, DepartmentRegistry registry) {
        this.models = models;
        this.parked = parked;
        this.projection = new SubmissionProjection(registry);
    }

    public void acceptEvent(EventEnvelope envelope) {
        String id = envelope.submissionId();
        ReadModel model = models.find(id).orElseGet(() -> projection.empty(id));
        long expected = model.version();
        if (envelope.sequence() < expected) {
            log.debug("submission {}: event {} applied before", id, envelope.sequence());
            return;
        }
        if (envelope.sequence() > expected) {
            parked.park(envelope);
            log.info("submission {}: event {} parked until event {} arrives", id, envelope.sequence(), expected);
            return;
        }
        model = projection.apply(model, envelope);
        List<Long> unparked = new ArrayList<>();
        for (Optional<EventEnvelope> next = parked.find(id, model.version()); next.isPresent();
             next = parked.find(id, model.version())) {
            unparked.add(next.get().sequence());
            model = projection.apply(model, next.get());
        }
        models.saveEventState(model);
        // removed only once the model holds them: a crash in between leaves harmless leftovers, never a loss
        parked.remove(id, unparked);
        if (!unparked.isEmpty()) {
            log.info("submission {}: applied parked events {}", id, unparked);
        }
    }

    public void acceptValidation(SubmissionValidated result) {
        Optional<Long> held = models.validationSequence(result.submissionId());
        if (held.isPresent() && result.basedOnSequence() < held.get()) {
            log.debug("submission {}: validation of event {} is older than the one held ({})",
                    result.submissionId(), result.basedOnSequence(), held.get());
            return;
        }
        models.saveValidation(result);
    }
}
