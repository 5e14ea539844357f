package finacct.submission.config;

import finacct.kernel.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

@Configuration(proxyBeanMethods = false)
public class KafkaTopicConfig {

    /**
     * A batch of 5,000 cells with Chinese subject names is close to 1 MB of JSON, Kafka's default record limit;
     * a record the topic refuses would stall the forwarder for good, so the topic (and the producer) allow 8 MB.
     */
    static final String MAX_RECORD_BYTES = "8388608";

    @Bean
    public NewTopic submissionEventsTopic(SubmissionProperties properties) {
        return TopicBuilder.name(Topics.SUBMISSION_EVENTS)
                .partitions(3)
                .replicas(properties.topicReplicas())
                .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, MAX_RECORD_BYTES)
                .build();
    }
}
