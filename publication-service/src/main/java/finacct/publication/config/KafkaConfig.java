package finacct.publication.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/** This service only consumes: the producers' services create the topics. */
@Configuration(proxyBeanMethods = false)
public class KafkaConfig {

    /**
     * A record that cannot be stored (MongoDB away) is retried, backing off, until it goes through: skipping it
     * would lose the event. Unreadable records never reach here; the listener logs and skips them.
     */
    @Bean
    CommonErrorHandler kafkaErrorHandler() {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(30_000);
        return new DefaultErrorHandler(backOff);
    }
}
