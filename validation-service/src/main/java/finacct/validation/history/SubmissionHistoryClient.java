package finacct.validation.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import finacct.kernel.events.EventEnvelope;
import finacct.kernel.events.EventTypes;
import finacct.kernel.events.SubmissionIds;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads a submission's whole event stream from submission-service
 * ({@code GET /api/v1/departments/{dept}/submissions/{year}/history}), with this service's own access token (client
 * credentials at the issuer, role {@code service}): submission-service verifies it like any other.
 */
@Component
public class SubmissionHistoryClient {

    static final String REGISTRATION = "finacct";

    private final URI baseUrl;
    private final OAuth2AuthorizedClientManager tokens;
    private final Duration timeout;
    private final ObjectMapper json;
    private final HttpClient http;

    public SubmissionHistoryClient(@Value("${finacct.submission-service.url}") URI baseUrl,
                                   OAuth2AuthorizedClientManager tokens,
                                   @Value("${finacct.submission-service.timeout:10s}") Duration timeout,
                                   ObjectMapper json) {
        this.baseUrl = baseUrl;
        this.tokens = tokens;
        this.timeout = timeout;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /**
     * The submission's events as submission-service holds them, in sequence order. The history carries no event
     * ids; the payload is the event record as the current build writes it, i.e. the current schema version.
     */
    public List<EventEnvelope> history(String submissionId) throws HistoryUnavailableException {
        URI uri = historyUri(submissionId);
        HttpRequest request = HttpRequest.newBuilder(uri).GET()
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + accessToken())
                .header("X-Correlation-Id", UUID.randomUUID().toString())
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new HistoryUnavailableException("GET " + uri + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HistoryUnavailableException("interrupted while reading " + uri, e);
        }
        if (response.statusCode() != 200) {
            throw new HistoryUnavailableException("GET " + uri + " answered " + response.statusCode() + ": "
                    + abbreviate(response.body()));
        }
        return envelopes(submissionId, uri, response.body());
    }

    /** Cached by the manager until shortly before it expires, then fetched again. */
    private String accessToken() throws HistoryUnavailableException {
        try {
            OAuth2AuthorizedClient client = tokens.authorize(OAuth2AuthorizeRequest
                    .withClientRegistrationId(REGISTRATION).principal("validation-service").build());
            if (client == null) {
                throw new HistoryUnavailableException("no access token for registration " + REGISTRATION);
            }
            return client.getAccessToken().getTokenValue();
        } catch (OAuth2AuthorizationException e) {
            throw new HistoryUnavailableException("the issuer refused this service a token: " + e.getMessage(), e);
        }
    }

    private List<EventEnvelope> envelopes(String submissionId, URI uri, String body)
            throws HistoryUnavailableException {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            throw new HistoryUnavailableException("GET " + uri + " did not answer JSON: " + abbreviate(body), e);
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

    URI historyUri(String submissionId) {
        String base = baseUrl.toString().endsWith("/") ? baseUrl.toString() : baseUrl + "/";
        return URI.create(base + "api/v1/departments/" + segment(SubmissionIds.departmentOf(submissionId))
                + "/submissions/" + SubmissionIds.fiscalYearOf(submissionId) + "/history");
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String body) {
        if (body == null) {
            return "";
        }
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }
}
