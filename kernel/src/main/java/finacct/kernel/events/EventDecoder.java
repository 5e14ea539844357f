package finacct.kernel.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Optional;

/** Reads an envelope's payload into its event record by the envelope's type name. */
public final class EventDecoder {

    private final ObjectMapper json;

    public EventDecoder() {
        this(new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false));
    }

    public EventDecoder(ObjectMapper json) {
        this.json = json;
    }

    /** Empty when the type is unknown or the payload does not fit it: such an event cannot change the replay. */
    public Optional<SubmissionEvent> decode(EventEnvelope envelope) {
        if (envelope.payload() == null || !envelope.payload().isObject()) {
            return Optional.empty();
        }
        return EventTypes.byName(envelope.type()).flatMap(type -> {
            try {
                return Optional.of(json.treeToValue(envelope.payload(), type));
            } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
                return Optional.empty();
            }
        });
    }
}
