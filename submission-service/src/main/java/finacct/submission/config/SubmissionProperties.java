package finacct.submission.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param mongoDatabase      the service's own database (event store, tokens, outbox progress)
 * @param forwarderBatchSize events per tracking-processor batch (one token write per batch)
 * @param kafkaSendTimeout   how long the forwarder waits for Kafka's ack before failing the batch (and retrying)
 * @param topicReplicas      replication factor of the topic this service creates
 */
@ConfigurationProperties("finacct.submission")
public record SubmissionProperties(@DefaultValue("finacct-submission") String mongoDatabase,
                                   @DefaultValue("100") int forwarderBatchSize,
                                   @DefaultValue("60s") Duration kafkaSendTimeout,
                                   @DefaultValue("1") short topicReplicas) {
}
