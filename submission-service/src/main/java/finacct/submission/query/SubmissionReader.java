package finacct.submission.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import finacct.kernel.events.SubmissionEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Reads a submission's state and history straight from its event stream. Reading by aggregate id is exact
 * (unlike the timestamp-based tracking stream), so there is no projection to fall behind or to rebuild.
 */
@Component
public class SubmissionReader {

    private final EventStore eventStore;
    private final ObjectMapper json;

    public SubmissionReader(EventStore eventStore, ObjectMapper json) {
        this.eventStore = eventStore;
        this.json = json;
    }

    public Optional<SubmissionState> state(String submissionId) {
        List<? extends DomainEventMessage<?>> events = stream(submissionId);
        if (events.isEmpty()) {
            return Optional.empty();
        }
        SubmissionStateFold fold = new SubmissionStateFold(submissionId);
        for (DomainEventMessage<?> e : events) {
            if (e.getPayload() instanceof SubmissionEvent event) {
                fold.apply(event, e.getSequenceNumber(), e.getTimestamp().toString(), actorOf(e));
            }
        }
        return Optional.of(fold.result());
    }

    public Optional<SubmissionHistory> history(String submissionId) {
        List<? extends DomainEventMessage<?>> events = stream(submissionId);
        if (events.isEmpty()) {
            return Optional.empty();
        }
        List<SubmissionHistory.Entry> entries = events.stream()
                .map(e -> new SubmissionHistory.Entry(e.getSequenceNumber(), e.getPayloadType().getSimpleName(),
                        e.getTimestamp().toString(), actorOf(e), json.valueToTree(e.getPayload())))
                .toList();
        return Optional.of(new SubmissionHistory(submissionId, entries));
    }

    static String actorOf(DomainEventMessage<?> e) {
        Object actor = e.getMetaData().get("actor");
        return actor == null ? "anonymous" : actor.toString();
    }

    private List<? extends DomainEventMessage<?>> stream(String submissionId) {
        return eventStore.readEvents(submissionId).asStream().toList();
    }
}
