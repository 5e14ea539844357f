package finacct.validation;

import finacct.kernel.events.EventEnvelope;
import finacct.kernel.results.SubmissionValidated;
import finacct.validation.core.ReplayedSubmission;
import finacct.validation.core.SubmissionReplay;
import finacct.validation.core.SubmissionValidation;
import finacct.validation.messaging.ResultPublisher;
import finacct.validation.store.EventLog;
import finacct.validation.store.ValidationResults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Takes one submission event: stores it, and when the submission's stored stream is complete (sequences 0…n
 * without a hole) and newer than the held result, replays it, validates it and publishes the result.
 */
@Service
public class ValidationProcessor {

    private static final Logger log = LoggerFactory.getLogger(ValidationProcessor.class);

    private final EventLog events;
    private final ValidationResults results;
    private final ResultPublisher publisher;
    private final SubmissionReplay replay = new SubmissionReplay();
    private final SubmissionValidation validation = new SubmissionValidation();
    private final Clock clock;

    public ValidationProcessor(EventLog events, ValidationResults results, ResultPublisher publisher) {
        this.events = events;
        this.results = results;
        this.publisher = publisher;
        this.clock = Clock.systemUTC();
    }

    public void accept(EventEnvelope envelope) {
        String submissionId = envelope.submissionId();
        boolean stored = events.append(envelope);
        List<EventEnvelope> stream = events.streamOf(submissionId);
        long newest = stream.get(stream.size() - 1).sequence();
        Optional<Long> missing = firstMissing(stream);
        if (missing.isPresent()) {
            // a later issue re-reads the stream from submission-service; until then the hole holds publication
            log.info("submission {}: event {} is missing (newest {}); result held until it arrives",
                    submissionId, missing.get(), newest);
            return;
        }
        Optional<Long> held = results.basedOnSequence(submissionId);
        if (held.isPresent() && held.get() >= newest) {
            // a redelivered record: its result is out already. (If storing it succeeded but publishing failed,
            // the held result is older and we get past here, which is how that failure heals.)
            log.debug("submission {}: event {} already validated (stored now: {})", submissionId,
                    envelope.sequence(), stored);
            return;
        }
        ReplayedSubmission replayed = replay.replay(submissionId, stream);
        if (!replayed.unreadableSequences().isEmpty()) {
            log.warn("submission {}: events {} could not be read and were left out of the replay",
                    submissionId, replayed.unreadableSequences());
        }
        SubmissionValidated result = validation.validate(replayed, Instant.now(clock).toString());
        // publish first, then remember: a crash in between republishes the same result, never loses it
        publisher.publish(result);
        results.save(result);
        log.info("submission {}: validated as of event {} ({} errors, {} warnings)", submissionId, newest,
                result.counts().errors(), result.counts().warnings());
    }

    private static Optional<Long> firstMissing(List<EventEnvelope> stream) {
        for (int i = 0; i < stream.size(); i++) {
            if (stream.get(i).sequence() != i) {
                return Optional.of((long) i);
            }
        }
        return Optional.empty();
    }
}
