package finacct.publication.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import finacct.kernel.events.EventEnvelope;
import finacct.kernel.events.Topics;
import finacct.kernel.results.SubmissionValidated;
import finacct.publication.ReadModelUpdater;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes both topics with one consumer (one group membership, one rebalance). The container acknowledges per
 * record after this method returns ({@code ack-mode: record}), so an offset is committed only once stored.
 */
@Component
public class PublicationListener {

    private static final Logger log = LoggerFactory.getLogger(PublicationListener.class);

    private final ReadModelUpdater updater;
    private final ObjectMapper json;

    public PublicationListener(ReadModelUpdater updater, ObjectMapper json) {
        this.updater = updater;
        this.json = json;
    }

    @KafkaListener(id = "publication", topics = {Topics.SUBMISSION_EVENTS, Topics.VALIDATION_RESULTS},
            groupId = "${spring.kafka.consumer.group-id:publication-service}")
    public void onRecord(ConsumerRecord<String, String> record) {
        if (Topics.VALIDATION_RESULTS.equals(record.topic())) {
            SubmissionValidated result = read(record, SubmissionValidated.class);
            if (result != null && result.submissionId() != null) {
                updater.acceptValidation(result);
                return;
            }
        } else {
            EventEnvelope envelope = read(record, EventEnvelope.class);
            if (envelope != null && envelope.submissionId() != null && envelope.sequence() >= 0) {
                updater.acceptEvent(envelope);
                return;
            }
        }
        // retrying cannot make it readable; blocking the partition on it would stop every other submission
        log.error("skipping unreadable record {}-{}@{} (key {})", record.topic(), record.partition(),
                record.offset(), record.key());
    }

    private <T> T read(ConsumerRecord<String, String> record, Class<T> type) {
        try {
            return record.value() == null ? null : json.readValue(record.value(), type);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
