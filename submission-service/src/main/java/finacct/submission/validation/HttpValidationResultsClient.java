package finacct.submission.validation;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Optional;
import java.util.UUID;

/**
 * Asks validation-service ({@code GET /api/v1/validation/{dept}/{year}}) with this service's own access token
 * (client credentials at the issuer as {@code finacct-submission-service}, role {@code service}), not the
 * reviewer's: the answer must not depend on who relays it.
 */
@Component
public class HttpValidationResultsClient implements ValidationResultsClient {

    static final String REGISTRATION = "finacct";

    private final URI baseUrl;
    private final OAuth2AuthorizedClientManager tokens;
    private final Duration timeout;
    private final ObjectMapper json;
    private final HttpClient http;

    public HttpValidationResultsClient(@Value("${finacct.validation.base-url}") URI baseUrl,
                                       OAuth2AuthorizedClientManager tokens,
                                       @Value("${finacct.validation.timeout:10s}") Duration timeout,
                                       ObjectMapper json) {
        this.baseUrl = baseUrl;
        this.tokens = tokens;
        this.timeout = timeout;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public Optional<LatestValidation> latest(String departmentCode, int fiscalYear) {
        URI uri = uri(departmentCode, fiscalYear);
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
            throw new ValidationUnavailableException("GET " + uri + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ValidationUnavailableException("interrupted while reading " + uri, e);
        }
        if (response.statusCode() == 404) {
            return Optional.empty(); // no result yet for this submission
        }
        if (response.statusCode() != 200) {
            throw new ValidationUnavailableException("GET " + uri + " answered " + response.statusCode() + ": "
                    + abbreviate(response.body()));
        }
        try {
            return Optional.of(json.readValue(response.body(), LatestValidation.class));
        } catch (IOException e) {
            throw new ValidationUnavailableException("GET " + uri + " did not answer a result: "
                    + abbreviate(response.body()), e);
        }
    }

    /** Cached by the manager until shortly before it expires, then fetched again. */
    private String accessToken() {
        OAuth2AuthorizedClient client;
        try {
            client = tokens.authorize(OAuth2AuthorizeRequest
                    .withClientRegistrationId(REGISTRATION).principal("submission-service").build());
        } catch (OAuth2AuthorizationException e) {
            throw new ValidationUnavailableException("the issuer refused this service a token: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // the issuer unreachable, or its answer unreadable: no token, so no question to validation-service
            throw new ValidationUnavailableException("no token from the issuer: " + e, e);
        }
        if (client == null) {
            throw new ValidationUnavailableException("no access token for registration " + REGISTRATION);
        }
        return client.getAccessToken().getTokenValue();
    }

    URI uri(String departmentCode, int fiscalYear) {
        String base = baseUrl.toString().endsWith("/") ? baseUrl.toString() : baseUrl + "/";
        return URI.create(base + "api/v1/validation/"
                + URLEncoder.encode(departmentCode, StandardCharsets.UTF_8).replace("+", "%20") + "/" + fiscalYear);
    }

    private static String abbreviate(String body) {
        if (body == null) {
            return "";
        }
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }
}
