package finacct.validation.pipeline;

import finacct.kernel.events.EventEnvelope;
import finacct.validation.history.HistoryUnavailableException;
import finacct.validation.history.SubmissionHistoryClient;
import finacct.validation.store.EventLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Fills the holes of a stored stream from submission-service's history, which is the event store itself. The
 * topic may deliver the same events later; they are then duplicates and change nothing.
 */
@Component
class GapRepair {

    private static final Logger log = LoggerFactory.getLogger(GapRepair.class);

    private final SubmissionHistoryClient history;
    private final EventLog events;

    GapRepair(SubmissionHistoryClient history, EventLog events) {
        this.history = history;
        this.events = events;
    }

    /** Stores every event of the history that is not stored yet and returns the stream as stored now. */
    List<EventEnvelope> fill(String submissionId, List<EventEnvelope> stream) throws HistoryUnavailableException {
        Set<Long> stored = new HashSet<>();
        stream.forEach(e -> stored.add(e.sequence()));
        int added = 0;
        for (EventEnvelope event : history.history(submissionId)) {
            // events newer than the stored ones are kept too: they are the submission's present state
            if (!stored.contains(event.sequence()) && events.append(event, EventLog.Origin.HISTORY)) {
                added++;
            }
        }
        log.info("submission {}: stored {} events from submission-service's history", submissionId, added);
        return events.streamOf(submissionId);
    }

    /** The first sequence missing from a stream that should hold 0…n, if any. */
    static Optional<Long> firstMissing(List<EventEnvelope> stream) {
        for (int i = 0; i < stream.size(); i++) {
            if (stream.get(i).sequence() != i) {
                return Optional.of((long) i);
            }
        }
        return Optional.empty();
    }
}
