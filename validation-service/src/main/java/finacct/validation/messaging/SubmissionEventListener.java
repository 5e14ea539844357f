package finacct.validation.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import finacct.kernel.events.EventEnvelope;
import finacct.kernel.events.Topics;
import finacct.validation.ValidationProcessor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes the submission events. The container acknowledges per record after this method returns
 * ({@code ack-mode: record}), so an offset is committed only once the event is stored.
 */
@Component
public class SubmissionEventListener {

    private static final Logger log = LoggerFactory.getLogger(SubmissionEventListener.class);

    private final ValidationProcessor processor;
    private final ObjectMapper json;

    public SubmissionEventListener(ValidationProcessor processor, ObjectMapper json) {
        this.processor = processor;
        this.json = json;
    }

    @KafkaListener(id = "validation-submission-events", topics = Topics.SUBMISSION_EVENTS,
            groupId = "${spring.kafka.consumer.group-id:validation-service}")
    public void onEvent(ConsumerRecord<String, String> record) {
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
            return;
        }
        processor.accept(envelope);
    }
}
