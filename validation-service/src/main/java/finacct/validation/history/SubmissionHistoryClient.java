package finacct.validation.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import finacct.kernel.events.EventEnvelope;
import finacct.kernel.events.EventTypes;
import finacct.kernel.events.SubmissionIds;
import finacct.service.calls.ServiceCall;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a submission's whole event stream from submission-service
 * ({@code GET /api/v1/departments/{dept}/submissions/{year}/history}), with this service's own access token (client
 * credentials at the issuer, role {@code service}): submission-service verifies it like any other.
 */
@Component
public class SubmissionHistoryClient {

    private final ServiceCall call;
    private final ObjectMapper json;

    public SubmissionHistoryClient(@Value("${finacct.submission-service.url}") URI baseUrl,
                                   OAuth2AuthorizedClientManager tokens,
                                   @Value("${finacct.submission-service.timeout:10s}") Duration timeout,
                                   ObjectMapper json) {
        this.call = new ServiceCall(baseUrl, tokens, "validation-service", timeout);
        this.json = json;
    }

    /**
     * The submission's events as submission-service holds them, in sequence order. The history carries no event
     * ids; the payload is the event record as the current build writes it, i.e. the current schema version.
     */
    public List<EventEnvelope> history(String submissionId) throws HistoryUnavailableException {
        ServiceCall.Answer answer;
        try {
            answer = call.get(historyPath(submissionId));
        } catch (ServiceCall.Unavailable e) {
            throw new HistoryUnavailableException(e.getMessage(), e);
        }
        if (answer.status() != 200) {
            throw new HistoryUnavailableException("GET " + answer.uri() + " answered " + answer.status() + ": "
                    + ServiceCall.abbreviate(answer.body()));
        }
        return envelopes(submissionId, answer.uri(), answer.body());
    }

    private List<EventEnvelope> envelopes(String submissionId, URI uri, String body)
            throws HistoryUnavailableException {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            throw new HistoryUnavailableException("GET " + uri + " did not answer JSON: " + ServiceCall.abbreviate(body), e);
        }
        JsonNode events = root.path("events");
        if (!events.isArray() || !submissionId.equals(root.path("submissionId").asText(submissionId))) {
            throw new HistoryUnavailableException("GET " + uri + " answered no history of " + submissionId);
        }
        List<EventEnvelope> envelopes = new ArrayList<>();
        for (JsonNode e : events) {
            if (!e.path("sequence").canConvertToLong() || !e.hasNonNull("type")) {
                throw new HistoryUnavailableException("GET " + uri + " answered an event without sequence or type");
            }
            envelopes.add(new EventEnvelope(null, e.get("type").asText(), EventTypes.SCHEMA_VERSION, submissionId,
                    e.get("sequence").asLong(), e.path("timestamp").asText(null), e.path("actor").asText(null),
                    e.get("payload")));
        }
        return envelopes;
    }

    static String historyPath(String submissionId) {
        return "api/v1/departments/" + ServiceCall.segment(SubmissionIds.departmentOf(submissionId))
                + "/submissions/" + SubmissionIds.fiscalYearOf(submissionId) + "/history";
    }
}
