package finacct.publication.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import finacct.kernel.events.Topics;
import finacct.kernel.registry.RegistryEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;

import java.util.Map;

/**
 * Reads the compacted registry topic into {@link DepartmentDirectory}, in a consumer group of its own. When this
 * service's copy is empty (a new database, or dropped with the read models) it reads the topic from the start again,
 * whatever offset the group had committed.
 */
public class RegistryListener implements ConsumerSeekAware {

    private static final Logger log = LoggerFactory.getLogger(RegistryListener.class);

    private final DepartmentDirectory directory;
    private final ObjectMapper json;

    public RegistryListener(DepartmentDirectory directory, ObjectMapper json) {
        this.directory = directory;
        this.json = json;
    }

    @KafkaListener(id = "publication-registry", topics = "${finacct.registry.topic:" + Topics.REGISTRY + "}",
            groupId = "${spring.kafka.consumer.group-id:publication-service}-registry")
    public void onRecord(ConsumerRecord<String, String> record) {
        RegistryEntry entry = read(record);
        if (entry == null || entry.code() == null || !entry.code().equals(record.key()) || entry.name() == null) {
            log.error("skipping unreadable registry record {}@{} (key {})", record.partition(), record.offset(),
                    record.key());
            return;
        }
        if (directory.accept(entry)) {
            log.info("registry: {} {} (revision {}{})", entry.code(), entry.name(), entry.revision(),
                    entry.retired() ? ", retired" : "");
        }
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        if (!directory.hasEntries()) {
            callback.seekToBeginning(assignments.keySet());
        }
    }

    private RegistryEntry read(ConsumerRecord<String, String> record) {
        try {
            return record.value() == null ? null : json.readValue(record.value(), RegistryEntry.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
