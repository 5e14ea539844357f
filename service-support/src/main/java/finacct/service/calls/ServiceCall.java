package finacct.service.calls;

import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * A GET from one platform service to another with this service's own token (client credentials at the issuer,
 * registration {@value #REGISTRATION}, role {@code service}), never a user's: the answer must not depend on who
 * relays it. Whatever keeps the answer from coming — no token, the other service unreachable — is
 * {@link Unavailable}; what the answer says is the caller's to judge.
 */
public final class ServiceCall {

    public static final String REGISTRATION = "finacct";

    private final URI baseUrl;
    private final OAuth2AuthorizedClientManager tokens;
    private final String principal;
    private final Duration timeout;
    private final HttpClient http;

    public ServiceCall(URI baseUrl, OAuth2AuthorizedClientManager tokens, String principal, Duration timeout) {
        this.baseUrl = baseUrl;
        this.tokens = tokens;
        this.principal = principal;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public record Answer(URI uri, int status, String body) {
    }

    /** The other service could not be asked (its answer is not a reason for this). */
    public static final class Unavailable extends Exception {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** @param path below the base URL, its segments already encoded (see {@link #segment}) */
    public Answer get(String path) throws Unavailable {
        String base = baseUrl.toString().endsWith("/") ? baseUrl.toString() : baseUrl + "/";
        URI uri = URI.create(base + path);
        HttpRequest request = HttpRequest.newBuilder(uri).GET()
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + accessToken())
                .header("X-Correlation-Id", UUID.randomUUID().toString())
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(uri, response.statusCode(), response.body());
        } catch (IOException e) {
            throw new Unavailable("GET " + uri + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while reading " + uri, e);
        }
    }

    /** Cached by the manager until shortly before it expires, then fetched again. */
    private String accessToken() throws Unavailable {
        OAuth2AuthorizedClient client;
        try {
            client = tokens.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(REGISTRATION)
                    .principal(principal).build());
        } catch (RuntimeException e) {
            // refused, or the issuer unreachable or its answer unreadable: no token, so no question to ask
            throw new Unavailable("no token from the issuer: " + e.getMessage(), e);
        }
        if (client == null) {
            throw new Unavailable("no access token for registration " + REGISTRATION, null);
        }
        return client.getAccessToken().getTokenValue();
    }

    /** One path segment, encoded. */
    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A body shortened for a log line or an exception message. */
    public static String abbreviate(String body) {
        if (body == null) {
            return "";
        }
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }
}
