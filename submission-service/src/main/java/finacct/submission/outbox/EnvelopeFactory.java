package finacct.submission.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import finacct.kernel.events.EventEnvelope;
import finacct.kernel.events.EventTypes;
import finacct.submission.config.MetaDataKeys;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.UnknownSerializedType;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Turns a stored event into the envelope consumers read from the topic. */
@Component
public class EnvelopeFactory {

    private final ObjectMapper json;

    public EnvelopeFactory(ObjectMapper json) {
        this.json = json;
    }

    public EventEnvelope envelope(DomainEventMessage<?> event) {
        Object actor = event.getMetaData().get(MetaDataKeys.ACTOR);
        return new EventEnvelope(event.getIdentifier(), typeOf(event), EventTypes.SCHEMA_VERSION,
                event.getAggregateIdentifier(), event.getSequenceNumber(), event.getTimestamp().toString(),
                actor == null ? "anonymous" : actor.toString(), payloadOf(event));
    }

    public String toJson(EventEnvelope envelope) {
        try {
            return json.writeValueAsString(envelope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An event type this build does not know (written by a newer version) is still forwarded, as stored,
     * rather than silently dropped: consumers decide what to do with it.
     */
    private static String typeOf(DomainEventMessage<?> event) {
        if (event.getPayload() instanceof UnknownSerializedType unknown) {
            String name = unknown.serializedType().getName();
            return name.substring(name.lastIndexOf('.') + 1);
        }
        return EventTypes.nameOf(event.getPayloadType());
    }

    private JsonNode payloadOf(DomainEventMessage<?> event) {
        if (event.getPayload() instanceof UnknownSerializedType unknown) {
            try {
                return json.readTree(unknown.readData(String.class));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return json.valueToTree(event.getPayload());
    }
}
