package finacct.submission.config;

import finacct.submission.outbox.KafkaForwarder;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventProcessorSpanFactory;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;

/**
 * The outbox processor: one tracking processor over the event store, starting at the tail (every event ever
 * stored) and resuming from its token after a restart.
 * <ul>
 * <li>It stores its token only after the batch was handled, i.e. after Kafka acknowledged it. Axon would choose
 * that by itself only while its transaction manager is the no-op one (the token store takes no part in a
 * transaction here), so it is said explicitly rather than left to whatever transaction manager appears later.</li>
 * <li>A failed Kafka send must not be logged and skipped (Axon's default for event handlers): it propagates, the
 * batch rolls back, the token stays, and the processor retries with back-off.</li>
 * </ul>
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class OutboxProcessingConfig {

    @Bean
    public ConfigurerModule kafkaForwarderProcessing(SubmissionProperties properties) {
        TrackingEventProcessorConfiguration tracking = TrackingEventProcessorConfiguration
                .forSingleThreadedProcessing()
                .andBatchSize(properties.forwarderBatchSize())
                .andInitialTrackingToken(StreamableMessageSource::createTailToken);
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerEventProcessor(KafkaForwarder.PROCESSOR,
                        (name, config, invoker) -> forwarder(name, config, invoker, tracking))
                .registerListenerInvocationErrorHandler(KafkaForwarder.PROCESSOR,
                        c -> PropagatingErrorHandler.instance()));
    }

    private static EventProcessor forwarder(String name, Configuration config, EventHandlerInvoker invoker,
                                            TrackingEventProcessorConfiguration tracking) {
        EventProcessingConfiguration processing = config.eventProcessingConfiguration();
        return TrackingEventProcessor.builder()
                .name(name)
                .eventHandlerInvoker(invoker)
                .rollbackConfiguration(processing.rollbackConfiguration(name))
                .errorHandler(processing.errorHandler(name))
                .messageMonitor(processing.messageMonitor(TrackingEventProcessor.class, name))
                .messageSource(config.eventStore())
                .tokenStore(processing.tokenStore(name))
                .transactionManager(processing.transactionManager(name))
                .trackingEventProcessorConfiguration(tracking)
                .spanFactory(config.getComponent(EventProcessorSpanFactory.class))
                .storingTokensAfterProcessing()
                .build();
    }
}
