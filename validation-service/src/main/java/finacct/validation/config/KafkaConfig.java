package finacct.validation.config;

import finacct.kernel.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

@Configuration(proxyBeanMethods = false)
public class KafkaConfig {

    /** This service produces the results topic, so it creates it. */
    @Bean
    NewTopic validationResultsTopic() {
        return TopicBuilder.name(Topics.VALIDATION_RESULTS).partitions(3).replicas(1).build();
    }

    /**
     * A poll whose events cannot be stored (MongoDB away) is retried as a whole, backing off, until it goes
     * through: skipping it would lose events (those stored already come again as duplicates, which change
     * nothing). Unreadable records never reach here; the listener logs and skips them. Validation and publishing
     * are retried by the ValidationScheduler, not here.
     */
    @Bean
    CommonErrorHandler kafkaErrorHandler() {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(30_000);
        return new DefaultErrorHandler(backOff);
    }
}
