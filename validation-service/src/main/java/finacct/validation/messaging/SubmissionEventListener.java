package finacct.validation.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import finacct.kernel.events.EventEnvelope;
import finacct.kernel.events.Topics;
import finacct.validation.pipeline.ValidationScheduler;
import finacct.validation.store.EventLog;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Consumes the submission events a poll at a time. Every event is stored (once: the store is keyed by submission
 * id + sequence) before the offsets are committed ({@code ack-mode: batch}); validation runs elsewhere
 * ({@link ValidationScheduler}) and is asked for once per submission per poll, after that submission's events of
 * the poll are stored — so the batches of one submission that arrive together are validated together.
 */
@Component
public class SubmissionEventListener {

    private static final Logger log = LoggerFactory.getLogger(SubmissionEventListener.class);

    private final EventLog events;
    private final ValidationScheduler scheduler;
    private final ObjectMapper json;

    public SubmissionEventListener(EventLog events, ValidationScheduler scheduler, ObjectMapper json) {
        this.events = events;
        this.scheduler = scheduler;
        this.json = json;
    }

    @KafkaListener(id = "validation-submission-events", topics = Topics.SUBMISSION_EVENTS, batch = "true",
            groupId = "${spring.kafka.consumer.group-id:validation-service}")
    public void onEvents(List<ConsumerRecord<String, String>> records) {
        Map<String, List<EventEnvelope>> bySubmission = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            EventEnvelope envelope = read(record);
            if (envelope != null) {
                bySubmission.computeIfAbsent(envelope.submissionId(), id -> new ArrayList<>()).add(envelope);
            }
        }
        // a failure while storing throws: the container retries the whole poll, and stored events are duplicates
        bySubmission.forEach((submissionId, envelopes) -> {
            envelopes.forEach(e -> events.append(e, EventLog.Origin.TOPIC));
            scheduler.request(submissionId, false);
        });
    }

    private EventEnvelope read(ConsumerRecord<String, String> record) {
        EventEnvelope envelope;
        try {
            envelope = record.value() == null ? null : json.readValue(record.value(), EventEnvelope.class);
        } catch (JsonProcessingException e) {
            envelope = null;
        }
        if (envelope == null || envelope.submissionId() == null || envelope.sequence() < 0) {
            // retrying cannot make it readable; blocking the partition on it would stop every other submission
            log.error("skipping unreadable record {}-{}@{} (key {})", record.topic(), record.partition(),
                    record.offset(), record.key());
            return null;
        }
        return envelope;
    }
}
