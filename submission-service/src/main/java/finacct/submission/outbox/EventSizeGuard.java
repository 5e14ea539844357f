package finacct.submission.outbox;

import finacct.kernel.events.EventEnvelope;
import finacct.submission.api.EventTooLargeException;
import finacct.submission.config.SubmissionProperties;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Every event is measured as the envelope the forwarder will put on the topic, when the aggregate applies it,
 * i.e. before anything is stored: one larger than {@code finacct.submission.max-event-size} (below the topic's
 * record limit) fails the command with {@link EventTooLargeException} and the unit of work stores none of its
 * events. An event the topic refuses would otherwise be stored and could never reach the other services.
 */
@Component
public class EventSizeGuard implements MessageDispatchInterceptor<EventMessage<?>> {

    private final EnvelopeFactory envelopes;
    private final long limit;

    public EventSizeGuard(EnvelopeFactory envelopes, SubmissionProperties properties, EventStore eventStore) {
        this.envelopes = envelopes;
        this.limit = properties.maxEventSize().toBytes();
        eventStore.registerDispatchInterceptor(this);
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, message) -> {
            if (message instanceof DomainEventMessage<?> event) {
                EventEnvelope envelope = envelopes.envelope(event);
                long bytes = envelopes.toJson(envelope).getBytes(StandardCharsets.UTF_8).length;
                if (bytes > limit) {
                    throw new EventTooLargeException(envelope.type(), bytes, limit);
                }
            }
            return message;
        };
    }
}
