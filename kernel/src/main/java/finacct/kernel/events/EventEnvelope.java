package finacct.kernel.events;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What travels on {@link Topics#SUBMISSION_EVENTS}: one stored event with its identity, its place in the
 * submission's stream (sequence, contiguous from 0), who caused it and when (ISO-8601).
 */
public record EventEnvelope(String eventId, String type, int schemaVersion, String submissionId, long sequence,
                            String timestamp, String actor, JsonNode payload) {
}
