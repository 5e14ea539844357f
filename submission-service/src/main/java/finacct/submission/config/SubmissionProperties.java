package finacct.submission.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * @param mongoDatabase      the service's own database (event store, tokens, outbox progress)
 * @param forwarderBatchSize events per tracking-processor batch (one token write per batch)
 * @param kafkaSendTimeout   how long the forwarder waits for Kafka's ack before failing the batch (and retrying)
 * @param topicReplicas      replication factor of the topic this service creates
 * @param maxEventSize       the largest event (as the envelope on the topic) a request may store; below the topic's
 *                           record limit (8 MB, KafkaTopicConfig) so that every stored event can be forwarded
 * @param importTimeLimit    how long one document may take to be read before the import is given up (422)
 * @param importWorkers      how many documents are read at once (more requests wait 15 s, then get 429 and retry)
 */
@ConfigurationProperties("finacct.submission")
public record SubmissionProperties(@DefaultValue("finacct-submission") String mongoDatabase,
                                   @DefaultValue("100") int forwarderBatchSize,
                                   @DefaultValue("60s") Duration kafkaSendTimeout,
                                   @DefaultValue("1") short topicReplicas,
                                   @DefaultValue("7MB") DataSize maxEventSize,
                                   @DefaultValue("60s") Duration importTimeLimit,
                                   @DefaultValue("1") int importWorkers) {
}
